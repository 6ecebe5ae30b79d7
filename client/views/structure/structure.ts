/**
 * The structure controls: size nodes by a measure computed on the server over the whole graph, colour them
 * by Louvain community, a legend of the size scale and of the communities on the canvas; and the
 * co-occurrence layer (entities named in one sentence or article), whose links cite their sentences.
 */
import { structureMeasures } from '../../../contract/views.ts';
import type { ClientContext } from '../../core/context.ts';
import { setCooccurrence } from '../../core/cooccurrence/actions.ts';
import type { CooccurrenceScope, CooccurrenceStore } from '../../core/cooccurrence/store.ts';
import { focusNode } from '../../core/graph/actions.ts';
import { nodeLabel } from '../../core/graph/kinds.ts';
import { colourByCommunity, sizeBy } from '../../core/structure/actions.ts';
import type { StructureStore } from '../../core/structure/store.ts';
import { h, textSpan } from '../../dom.ts';
import { formatNumber, t, tCount, type MessageKey } from '../../i18n.ts';
import { COMMUNITY_COLOURS, communityColour, OTHER_COMMUNITY } from './palette.ts';
import { SIZE_RANGE } from './sizes.ts';
import './structure.css';

export interface StructureView {
  element: HTMLElement;
  show(): Promise<void>;
}

const NONE = 'none';

function formatScore(value: number): string {
  return Number.isInteger(value) ? formatNumber(value) : value < 0.01 ? value.toExponential(2) : formatNumber(value, 3);
}

export function createStructureView(ctx: ClientContext, structure: StructureStore, cooccurrence: CooccurrenceStore): StructureView {
  const measureLabel = h('label', { for: 'structure-measure' });
  const measureSelect = h('select', { id: 'structure-measure', 'data-field': 'structure-measure' });
  const communityBox = h('input', { type: 'checkbox', id: 'structure-communities', 'data-field': 'structure-communities' });
  const communityLabel = h('label', { for: 'structure-communities' });
  const method = h('p', { class: 'structure-method muted' });
  const scaleLegend = h('div', { class: 'structure-scale', 'data-legend': 'scale' });
  const communityLegend = h('div', { class: 'structure-communities', 'data-legend': 'communities' });

  const coocBox = h('input', { type: 'checkbox', id: 'cooc-toggle', 'data-field': 'cooc-toggle' });
  const coocLabel = h('label', { for: 'cooc-toggle' });
  const scopeLabel = h('label', { for: 'cooc-scope' });
  const scopeSelect = h('select', { id: 'cooc-scope', 'data-field': 'cooc-scope' });
  const minLabel = h('label', { for: 'cooc-min' });
  const minInput = h('input', { type: 'number', id: 'cooc-min', min: 1, max: 1000, value: 1, 'data-field': 'cooc-min' });
  const coocStatus = h('p', { class: 'cooc-status', 'aria-live': 'polite' });
  const coocCited = h('div', { class: 'cooc-cited' });
  const coocTitle = h('h3', {});
  const sizeTitle = h('h3', {});

  const element = h(
    'div',
    { class: 'structure-view' },
    h(
      'section',
      { class: 'structure-col' },
      sizeTitle,
      h('div', { class: 'structure-row' }, measureLabel, measureSelect),
      h('div', { class: 'structure-row' }, communityBox, communityLabel),
      method,
      scaleLegend,
    ),
    h('section', { class: 'structure-col' }, communityLegend),
    h(
      'section',
      { class: 'structure-col' },
      coocTitle,
      h('div', { class: 'structure-row' }, coocBox, coocLabel),
      h('div', { class: 'structure-row' }, scopeLabel, scopeSelect, minLabel, minInput),
      coocStatus,
      coocCited,
    ),
  );

  measureSelect.addEventListener('change', () => {
    const value = measureSelect.value;
    const measure = structureMeasures.find((m) => m === value) ?? null;
    void sizeBy(ctx, structure, value === NONE ? null : measure);
  });
  communityBox.addEventListener('change', () => void colourByCommunity(ctx, structure, communityBox.checked));
  coocBox.addEventListener('change', () => void setCooccurrence(ctx, cooccurrence, { on: coocBox.checked }));
  scopeSelect.addEventListener('change', () => {
    const scope: CooccurrenceScope = scopeSelect.value === 'article' ? 'article' : 'sentence';
    void setCooccurrence(ctx, cooccurrence, { scope });
  });
  minInput.addEventListener('change', () => {
    const value = Math.max(1, Math.min(1000, Math.round(Number(minInput.value) || 1)));
    minInput.value = String(value);
    void setCooccurrence(ctx, cooccurrence, { minWeight: value });
  });

  function renderStructure(): void {
    const { measure, colourCommunities, data } = structure.get();
    sizeTitle.textContent = t('structure.title');
    measureLabel.textContent = t('structure.size');
    measureSelect.replaceChildren(
      h('option', { value: NONE }, t('structure.none')),
      ...structureMeasures.map((m) => h('option', { value: m }, t((`structure.measure.${m}` as const) satisfies MessageKey))),
    );
    measureSelect.value = measure ?? NONE;
    communityLabel.textContent = t('structure.communities');
    communityBox.checked = colourCommunities;
    method.textContent = data
      ? [t('structure.wholeGraph', { nodes: formatNumber(data.nodes), edges: formatNumber(data.edges) }), data.method.sources !== undefined && data.measure === measure ? t('structure.sampled', { sources: data.method.sources }) : '']
          .filter(Boolean)
          .join(' ')
      : '';

    scaleLegend.replaceChildren();
    if (measure && data?.measure === measure) {
      const values = Object.values(data.scores);
      const min = values.length > 0 ? Math.min(...values) : 0;
      const max = values.length > 0 ? Math.max(...values) : 0;
      scaleLegend.append(
        h('h4', {}, `${t('structure.scale')}: ${t((`structure.measure.${measure}` as const) satisfies MessageKey)}`),
        h(
          'div',
          { class: 'scale-row' },
          h('span', { class: 'scale-dot', style: `width:${SIZE_RANGE[0]}px;height:${SIZE_RANGE[0]}px` }),
          h('span', {}, t('structure.smallest', { value: formatScore(min) })),
          h('span', { class: 'scale-dot', style: `width:${SIZE_RANGE[1] / 2}px;height:${SIZE_RANGE[1] / 2}px` }),
          h('span', {}, t('structure.largest', { value: formatScore(max) })),
        ),
      );
    }
    renderCommunities();
  }

  function renderCommunities(): void {
    const { colourCommunities, data, measure } = structure.get();
    communityLegend.replaceChildren();
    if (!colourCommunities || !data) return;
    const content = ctx.graph.get().content;
    const members = new Map<number, string[]>();
    for (const id of content.nodes.keys()) {
      const community = data.communities[id];
      if (community === undefined) continue;
      const key = community < COMMUNITY_COLOURS.length ? community : -1;
      members.set(key, [...(members.get(key) ?? []), id]);
    }
    const score = (id: string): number => (measure && data.measure === measure ? (data.scores[id] ?? 0) : 0);
    const list = h('ul', { class: 'community-list' });
    for (const [community, ids] of [...members].sort((a, b) => (a[0] < 0 ? 1 : b[0] < 0 ? -1 : a[0] - b[0]))) {
      const lead = [...ids].sort((a, b) => score(b) - score(a) || a.localeCompare(b))[0];
      const leadNode = lead ? content.nodes.get(lead) : undefined;
      const name = community < 0 ? t('structure.otherCommunities') : t('structure.community', { number: formatNumber(community + 1) });
      list.append(
        h(
          'li',
          { 'data-community': community },
          h('span', { class: 'swatch', style: `background:${community < 0 ? OTHER_COMMUNITY : communityColour(community)}` }),
          h('span', { class: 'community-name' }, name),
          h('span', { class: 'muted' }, ` · ${tCount('structure.members', ids.length)}`),
          leadNode ? h('button', { type: 'button', class: 'link community-lead', onclick: () => focusNode(ctx.graph, leadNode.id) }, textSpan(nodeLabel(leadNode, ctx.settings.get().labels === 'en' ? 'en' : 'ar'))) : null,
        ),
      );
    }
    communityLegend.append(h('h4', {}, t('structure.legend')), list);
  }

  function renderCooccurrence(): void {
    const { on, scope, links, picked } = cooccurrence.get();
    coocTitle.textContent = t('cooc.title');
    coocLabel.textContent = t('cooc.toggle');
    coocBox.checked = on;
    scopeLabel.textContent = t('cooc.scope');
    scopeSelect.replaceChildren(h('option', { value: 'sentence' }, t('cooc.sentence')), h('option', { value: 'article' }, t('cooc.article')));
    scopeSelect.value = scope;
    minLabel.textContent = t('cooc.min');
    coocStatus.textContent = on ? `${tCount('cooc.links', links.length)}. ${t('cooc.pick')}` : '';
    coocCited.replaceChildren();
    const link = picked ? links.find((l) => l.source === picked.source && l.target === picked.target) : undefined;
    if (!on || !link) return;
    const nodes = ctx.graph.get().content.nodes;
    const name = (id: string): string => {
      const node = nodes.get(id);
      return node ? nodeLabel(node, ctx.settings.get().labels === 'en' ? 'en' : 'ar') : id;
    };
    coocCited.append(
      h('h4', { 'data-link': `${link.source}|${link.target}` }, `${name(link.source)} — ${name(link.target)}`),
      h('p', { class: 'muted' }, tCount('cooc.weight', link.weight)),
      link.sentences.length === 0
        ? h('p', { class: 'muted' }, t('cooc.noSentence'))
        : h('ol', { class: 'cooc-sentences' }, ...link.sentences.map((s) => h('li', { 'data-sentence': s.sentenceId }, textSpan(s.text, 'p', 'sentence')))),
    );
  }

  structure.subscribe(renderStructure);
  cooccurrence.subscribe(renderCooccurrence);
  ctx.graph.subscribe((state, previous) => {
    if (state.content.nodes !== previous.content.nodes) renderCommunities();
  });
  ctx.settings.subscribe((state, previous) => {
    if (state.ui !== previous.ui || state.labels !== previous.labels) {
      renderStructure();
      renderCooccurrence();
    }
  });
  renderStructure();
  renderCooccurrence();

  return {
    element,
    show: () => Promise.resolve(),
  };
}
