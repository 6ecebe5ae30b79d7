import type { EdgeDetail } from '../../../contract/api.ts';
import { nodeLabel } from '../../core/graph/kinds.ts';
import type { ClientContext } from '../../core/context.ts';
import { placeNode } from '../../core/explore/operations.ts';
import { h } from '../../dom.ts';
import { t } from '../../i18n.ts';
import { formatValue } from './format.ts';
import { citation, supportText } from './citation.ts';
import { sentenceElement } from './sentence.ts';

/** A relationship: its two ends, its properties, and the sentences that state it with both ends marked. */
export function edgePanel(ctx: ClientContext, detail: EdgeDetail): HTMLElement {
  const { edge } = detail;
  const { content } = ctx.graph.get();
  const { labels } = ctx.settings.get();
  const end = (id: string, role: 'source' | 'target'): HTMLElement => {
    const node = content.nodes.get(id);
    return h(
      'button',
      { type: 'button', class: `link end-${role}`, dir: 'auto', onclick: () => void placeNode(ctx, id) },
      node ? nodeLabel(node, labels).replace('\n', ' / ') : id,
    );
  };
  const properties = h('dl', { class: 'properties' });
  for (const [key, value] of Object.entries(edge.properties)) {
    if (key === 'evidence' || key === 'support_count') continue;
    properties.append(h('dt', { dir: 'ltr' }, key), h('dd', { dir: 'auto' }, formatValue(value)));
  }
  const evidence =
    detail.evidence.length === 0
      ? h('p', { class: 'muted' }, t('panel.noEvidence'))
      : h(
          'ol',
          { class: 'sentences' },
          // The API sends the evidence oldest article first, in text order within an article.
          ...detail.evidence.map((sentence) =>
              h(
                'li',
                { class: `support-${sentence.support.status}` },
                h('span', { class: 'sentence-index' }, t('panel.sentence', { index: sentence.index + 1 })),
                citation(sentence.article),
                h('span', { class: 'support-note' }, supportText(sentence.support)),
                sentenceElement(
                  sentence.text,
                  sentence.mentions.map((m) => ({ start: m.start, end: m.end, className: m.entityId === edge.source ? 'end-source' : 'end-target' })),
                  { 'data-sentence': sentence.sentenceId },
                ),
              ),
            ),
        );
  return h(
    'article',
    { class: 'edge-panel', 'data-edge': edge.id },
    h('header', { class: 'panel-head edge-head' }, h('div', { class: 'type-name', dir: 'ltr' }, edge.type)),
    h('div', { class: 'edge-ends' }, h('span', {}, `${t('panel.from')}: `), end(edge.source, 'source'), h('span', {}, ` ${t('panel.to')}: `), end(edge.target, 'target')),
    h('h3', {}, t('panel.evidence')),
    evidence,
    properties.childElementCount > 0 ? h('details', { class: 'props' }, h('summary', {}, t('panel.properties')), properties) : null,
  );
}
