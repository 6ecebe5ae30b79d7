import type { EdgeDetail, ProvenanceInfo } from '../../../contract/api.ts';
import type { ClientContext } from '../../core/context.ts';
import { placeNode } from '../../core/explore/operations.ts';
import { h } from '../../dom.ts';
import { propertyLabel, t, typeName } from '../../i18n.ts';
import { nameElement } from '../names.ts';
import { formatValue } from './format.ts';
import { citation, supportText } from './citation.ts';
import { pageControl } from './page-control.ts';
import { sentenceElement } from './sentence.ts';
import { reviewFact } from '../../core/corrections/actions.ts';
import { when } from '../workbench/entity-picker.ts';
import { notesSection } from './notes.ts';

/** Who reviewed a support and when, for a rejected (or accepted) sentence of evidence. */
function reviewedText(support: ProvenanceInfo): string | null {
  if (!support.reviewedBy) return null;
  return t(support.status === 'rejected' ? 'fact.rejectedBy' : 'fact.reviewedBy', { by: support.reviewedBy, at: support.reviewedAt ? when(support.reviewedAt) : '' });
}

/** Retract a fact (its evidence stays, marked rejected), or accept one that was proposed or retracted. */
function factReview(ctx: ClientContext, id: string, status: string): HTMLElement {
  const retract = h('button', { type: 'button', 'data-action': 'retract-fact', onclick: () => void reviewFact(ctx, id, 'rejected') }, t('fact.retract'));
  const accept = h('button', { type: 'button', 'data-action': 'accept-fact', onclick: () => void reviewFact(ctx, id, 'accepted') }, t('fact.accept'));
  return h('div', { class: 'editor-only panel-actions fact-review' }, status === 'rejected' ? null : retract, status === 'accepted' ? null : accept);
}

/** Properties shown in their own place, not in the property list. */
const shownElsewhere = new Set(['evidence', 'evidence_note', 'support_count']);

/**
 * The curated note, with the sentence ids it cites (`s-5-1`) written as the numbers the panels and the
 * reader show («الجملة 5»): one numbering everywhere. The note itself is English, like the model's.
 */
export function noteElement(note: string, numbers: ReadonlyMap<string, number>): HTMLElement {
  const paragraph = h('p', { class: 'evidence-note', lang: 'en', dir: 'ltr' });
  let at = 0;
  for (const match of note.matchAll(/\bs-\d+-\d+\b/g)) {
    const index = numbers.get(match[0]);
    if (index === undefined) continue;
    paragraph.append(note.slice(at, match.index), h('span', { class: 'sentence-ref', 'data-sentence': match[0], lang: document.documentElement.lang }, t('panel.sentence', { index })));
    at = match.index + match[0].length;
  }
  paragraph.append(note.slice(at));
  return paragraph;
}

/** A relationship: its two ends, its properties, and the sentences that state it with both ends marked. */
/** What the panel can ask for beyond the detail it was drawn from. */
export interface EdgePanelActions {
  /** Loads the next page of evidence (the panel is drawn again with it). */
  moreEvidence?: () => Promise<void>;
}

export function edgePanel(ctx: ClientContext, detail: EdgeDetail, actions: EdgePanelActions = {}): HTMLElement {
  const { edge } = detail;
  const { content } = ctx.graph.get();
  const { labels } = ctx.settings.get();
  const end = (id: string, role: 'source' | 'target'): HTMLElement =>
    h('button', { type: 'button', class: `link end-${role}`, onclick: () => void placeNode(ctx, id) }, nameElement(content.nodes.get(id), id, labels));
  const properties = h('dl', { class: 'properties' });
  for (const [key, value] of Object.entries(edge.properties)) {
    if (shownElsewhere.has(key)) continue;
    properties.append(h('dt', { title: key, 'data-key': key }, propertyLabel(key)), h('dd', { dir: 'auto' }, formatValue(value)));
  }
  const numbers = new Map([...detail.noteSentences, ...detail.evidence].map((s) => [s.sentenceId, s.index]));
  const note = typeof edge.properties.evidence_note === 'string' ? edge.properties.evidence_note : null;
  const evidence =
    detail.evidence.length === 0
      ? h('p', { class: 'muted' }, t('panel.noEvidence'))
      : h(
          'ol',
          { class: 'sentences' },
          // The API sends the evidence newest article first, in text order within an article.
          ...detail.evidence.map((sentence) =>
              h(
                'li',
                { class: `support-${sentence.support.status}` },
                h('span', { class: 'sentence-index' }, t('panel.sentence', { index: sentence.index })),
                citation(sentence.article),
                h('span', { class: 'support-note' }, supportText(sentence.support)),
                reviewedText(sentence.support) ? h('span', { class: 'reviewed-by' }, reviewedText(sentence.support)) : null,
                sentenceElement(
                  sentence.text,
                  sentence.mentions.map((m) => ({ start: m.start, end: m.end, className: m.entityId === edge.source ? 'end-source' : 'end-target' })),
                  { 'data-sentence': sentence.sentenceId },
                ),
              ),
            ),
        );
  const status = typeof edge.properties.status === 'string' ? edge.properties.status : 'accepted';
  return h(
    'article',
    { class: 'edge-panel', 'data-edge': edge.id, 'data-status': status },
    h('header', { class: 'panel-head edge-head' }, h('div', { class: 'type-name', 'data-type': edge.type, title: edge.type }, typeName(edge.type))),
    h('div', { class: 'edge-ends' }, h('span', {}, `${t('panel.from')}: `), end(edge.source, 'source'), h('span', {}, ` ${t('panel.to')}: `), end(edge.target, 'target')),
    status === 'rejected' ? h('p', { class: 'fact-rejected' }, t('fact.rejected')) : null,
    factReview(ctx, edge.id, status),
    h('h3', {}, t('panel.evidence')),
    note ? h('div', { class: 'note' }, h('h4', {}, t('panel.note')), noteElement(note, numbers)) : null,
    evidence,
    pageControl({
      total: detail.evidenceTotal,
      shown: detail.evidence.length,
      totalKey: 'panel.evidenceTotal',
      moreKey: 'panel.moreEvidence',
      action: 'more-evidence',
      more: detail.evidenceNext !== null ? (actions.moreEvidence ?? null) : null,
    }),
    notesSection(ctx, detail.notes, { edge: edge.id }),
    properties.childElementCount > 0 ? h('details', { class: 'props' }, h('summary', {}, t('panel.properties')), properties) : null,
  );
}
