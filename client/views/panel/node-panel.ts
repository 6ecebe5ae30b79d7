import type { NodeDetail } from '../../../contract/api.ts';
import { hideNodes, setPinned } from '../../core/graph/actions.ts';
import { arabicName, englishName, kindOf } from '../../core/graph/kinds.ts';
import type { ClientContext } from '../../core/context.ts';
import { collapse, expandNode, placeNode } from '../../core/explore/operations.ts';
import { setPathEnd } from '../../core/paths/actions.ts';
import { h, textSpan } from '../../dom.ts';
import { kindName, propertyLabel, t, typeName } from '../../i18n.ts';
import { kindStyle } from '../canvas/kind-style.ts';
import { shapeIcon } from '../legend/shape-icon.ts';
import { directionArrow, nameElement } from '../names.ts';
import { formatValue } from './format.ts';
import { citation } from './citation.ts';
import { pageControl } from './page-control.ts';
import { sentenceElement } from './sentence.ts';
import { entityCorrections } from './corrections.ts';
import { notesSection } from './notes.ts';

const shownElsewhere = new Set(['id', 'name_ar', 'name_en']);

/** Relationship counts per type from the API's per-direction degrees. */
export function degreesByType(detail: NodeDetail): Map<string, { out: number; in: number }> {
  const byType = new Map<string, { out: number; in: number }>();
  for (const degree of detail.degrees) {
    const entry = byType.get(degree.type) ?? { out: 0, in: 0 };
    entry[degree.direction] += degree.count;
    byType.set(degree.type, entry);
  }
  return byType;
}

/** How many relationships leave and reach the node, over all types. */
function directionTotals(detail: NodeDetail): { out: number; in: number } {
  const totals = { out: 0, in: 0 };
  for (const degree of detail.degrees) totals[degree.direction] += degree.count;
  return totals;
}

function actions(ctx: ClientContext, detail: NodeDetail): HTMLElement {
  const id = detail.node.id;
  const pinned = ctx.graph.get().content.pinned.has(id);
  const totals = directionTotals(detail);
  const button = (label: string, action: string, onclick: () => void, disabled = false): HTMLButtonElement =>
    h('button', { type: 'button', 'data-action': action, onclick, disabled }, label);
  return h(
    'div',
    { class: 'panel-actions' },
    button(t('panel.expandAll'), 'expand', () => void expandNode(ctx, id)),
    button(t('panel.expandOut', { count: totals.out }), 'expand-out', () => void expandNode(ctx, id, { direction: 'out' }), totals.out === 0),
    button(t('panel.expandIn', { count: totals.in }), 'expand-in', () => void expandNode(ctx, id, { direction: 'in' }), totals.in === 0),
    button(t('panel.collapse'), 'collapse', () => collapse(ctx, id)),
    button(t('panel.hide'), 'hide', () => hideNodes(ctx.graph, [id])),
    button(pinned ? t('panel.unpin') : t('panel.pin'), pinned ? 'unpin' : 'pin', () => setPinned(ctx.graph, [id], !pinned)),
    button(t('panel.pathFrom'), 'path-from', () => setPathEnd(ctx.paths, 'from', id)),
    button(t('panel.pathTo'), 'path-to', () => setPathEnd(ctx.paths, 'to', id)),
  );
}

function relationships(ctx: ClientContext, detail: NodeDetail): HTMLElement {
  const id = detail.node.id;
  const { content } = ctx.graph.get();
  const { labels } = ctx.settings.get();
  const list = h('ul', { class: 'relationship-groups' });
  for (const [type, counts] of [...degreesByType(detail)].sort(([a], [b]) => typeName(a).localeCompare(typeName(b), document.documentElement.lang))) {
    const onCanvas = [...content.edges.values()].filter((edge) => edge.type === type && (edge.source === id || edge.target === id));
    const neighbours = h('ul', { class: 'neighbour-list' });
    for (const edge of onCanvas) {
      const other = content.nodes.get(edge.source === id ? edge.target : edge.source);
      if (!other) continue;
      neighbours.append(
        h(
          'li',
          {},
          h('span', { class: 'direction', title: t(edge.source === id ? 'dir.out' : 'dir.in') }, directionArrow(edge.source === id)),
          h('button', { type: 'button', class: 'link', onclick: () => void placeNode(ctx, other.id) }, nameElement(other, other.id, labels)),
        ),
      );
    }
    const directions = [counts.out ? `${t('dir.out')} ${counts.out}` : '', counts.in ? `${t('dir.in')} ${counts.in}` : ''].filter(Boolean).join(' · ');
    const byDirection = (direction: 'out' | 'in', n: number): HTMLButtonElement | null =>
      counts.out > 0 && counts.in > 0
        ? h(
            'button',
            { type: 'button', class: 'expand-type small', 'data-expand-type': type, 'data-direction': direction, onclick: () => void expandNode(ctx, id, { types: [type], direction }) },
            t(direction === 'out' ? 'panel.expandTypeOut' : 'panel.expandTypeIn', { type: typeName(type), count: n }),
          )
        : null;
    list.append(
      h(
        'li',
        { 'data-type': type },
        h(
          'div',
          { class: 'relationship-head' },
          h('span', { class: 'type-name', title: type }, typeName(type)),
          h('span', { class: 'type-count' }, directions),
          h(
            'button',
            { type: 'button', class: 'expand-type', 'data-expand-type': type, onclick: () => void expandNode(ctx, id, { types: [type] }) },
            t('panel.expandType', { type: typeName(type), count: counts.out + counts.in }),
          ),
          byDirection('out', counts.out),
          byDirection('in', counts.in),
        ),
        neighbours,
      ),
    );
  }
  return list;
}

/** What the panel can ask for beyond the detail it was drawn from. */
export interface NodePanelActions {
  /** Loads the next page of mentions (the panel is drawn again with it). */
  moreMentions?: () => Promise<void>;
}

function mentions(detail: NodeDetail): HTMLElement {
  // The API sends mentions newest article first, in text order within an article; that order is kept,
  // and a sentence whose mentions straddle two pages stays one item.
  const bySentence = new Map<string, { text: string; index: number; article: NodeDetail['mentions'][number]['article']; marks: { start: number; end: number }[] }>();
  for (const mention of detail.mentions) {
    const entry = bySentence.get(mention.sentenceId) ?? { text: mention.text, index: mention.index, article: mention.article, marks: [] };
    entry.marks.push({ start: mention.start, end: mention.end });
    bySentence.set(mention.sentenceId, entry);
  }
  if (bySentence.size === 0) return h('p', { class: 'muted' }, t('panel.noMentions'));
  const list = h('ol', { class: 'sentences' });
  for (const [id, sentence] of bySentence) {
    list.append(
      h(
        'li',
        {},
        h('span', { class: 'sentence-index' }, t('panel.sentence', { index: sentence.index })),
        citation(sentence.article),
        sentenceElement(sentence.text, sentence.marks, { 'data-sentence': id }),
      ),
    );
  }
  return list;
}

/** Everything known about one node: names, kind, actions, properties, relationships and evidence. */
export function nodePanel(ctx: ClientContext, detail: NodeDetail, panelActions: NodePanelActions = {}): HTMLElement {
  const node = detail.node;
  const kind = kindOf(node);
  const style = kindStyle(kind);
  const ar = arabicName(node);
  const en = englishName(node);
  const properties = h('dl', { class: 'properties' });
  for (const [key, value] of Object.entries(node.properties)) {
    if (shownElsewhere.has(key)) continue;
    properties.append(h('dt', { title: key, 'data-key': key }, propertyLabel(key)), h('dd', { dir: 'auto' }, formatValue(value)));
  }
  return h(
    'article',
    { class: 'node-panel', 'data-node': node.id },
    h('header', { class: 'panel-head' }, shapeIcon(style.shape, style.color), h('div', { class: 'names' }, ar ? textSpan(ar, 'div', 'name-ar') : null, en ? h('div', { class: 'name-en', dir: 'ltr', lang: 'en' }, en) : null)),
    detail.redirectedFrom ? h('p', { class: 'redirected-from', 'data-from': detail.redirectedFrom }, t('panel.redirected', { id: detail.redirectedFrom })) : null,
    h('div', { class: 'kind' }, `${t('panel.kind')}: `, h('span', { class: 'kind-badge', style: `background:${style.color}` }, kindName(kind))),
    actions(ctx, detail),
    entityCorrections(ctx, detail),
    h('h3', {}, t('panel.relationships')),
    relationships(ctx, detail),
    h('h3', {}, t('panel.mentions')),
    mentions(detail),
    pageControl({
      total: detail.mentionTotal,
      shown: detail.mentions.length,
      totalKey: 'panel.mentionTotal',
      moreKey: 'panel.moreMentions',
      action: 'more-mentions',
      more: detail.mentionsNext !== null ? (panelActions.moreMentions ?? null) : null,
    }),
    notesSection(ctx, detail.notes, { entity: node.id }),
    h('details', { class: 'props' }, h('summary', {}, t('panel.properties')), properties),
  );
}
