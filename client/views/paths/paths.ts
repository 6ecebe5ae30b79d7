import type { GraphEdge, GraphNode } from '../../../contract/graph.ts';
import { clearHighlight } from '../../core/graph/actions.ts';
import type { ClientContext } from '../../core/context.ts';
import { findPaths, placeNode, showEdge } from '../../core/explore/operations.ts';
import { setDirected, setPathEnd } from '../../core/paths/actions.ts';
import type { FoundPaths } from '../../core/paths/store.ts';
import { h } from '../../dom.ts';
import { count, t, typeName } from '../../i18n.ts';
import { nameElement } from '../names.ts';

/** The most chains written out; the rest are counted. */
const CHAINS_SHOWN = 10;

/** Which way the arrow of a hop points as the line reads, given the way the path walks it. */
function hopArrow(forward: boolean): { before: string; after: string } {
  const rtl = document.documentElement.dir === 'rtl';
  // Reading order is the path's order; the arrow head sits at the relationship's target.
  const towardsReading = forward;
  if (rtl) return towardsReading ? { before: '', after: '←' } : { before: '→', after: '' };
  return towardsReading ? { before: '', after: '→' } : { before: '←', after: '' };
}

/**
 * One path as text: «A —يرأس← B —جزء من← C», each name a link to its node and each hop a link to the
 * sentences that state it (selecting the relationship opens its evidence in the panel).
 */
function chainElement(ctx: ClientContext, found: FoundPaths, index: number): HTMLElement {
  const path = found.result.paths[index];
  const nodes = new Map<string, GraphNode>(found.result.graph.nodes.map((node) => [node.id, node]));
  const edges = new Map<string, GraphEdge>(found.result.graph.edges.map((edge) => [edge.id, edge]));
  const { labels } = ctx.settings.get();
  const chain = h('p', { class: 'path-chain', 'data-path': index });
  chain.append(h('span', { class: 'path-number' }, `${t('paths.chain', { index: index + 1 })}: `));
  path?.nodes.forEach((id, i) => {
    chain.append(h('button', { type: 'button', class: 'link path-node', 'data-node': id, onclick: () => void placeNode(ctx, id) }, nameElement(nodes.get(id), id, labels)));
    const edgeId = path.edges[i];
    const edge = edgeId ? edges.get(edgeId) : undefined;
    if (!edge || !edgeId) return;
    const arrow = hopArrow(edge.source === id);
    const from = nodes.get(edge.source);
    const to = nodes.get(edge.target);
    chain.append(
      ' ',
      h(
        'button',
        {
          type: 'button',
          class: 'link path-hop',
          'data-edge': edgeId,
          title: t('paths.hop', { type: typeName(edge.type), from: from ? nameElement(from, from.id, labels).textContent ?? '' : edge.source, to: to ? nameElement(to, to.id, labels).textContent ?? '' : edge.target }),
          onclick: () => showEdge(ctx, edgeId),
        },
        `${arrow.before}—${typeName(edge.type)}—${arrow.after}`,
      ),
      ' ',
    );
  });
  return chain;
}

/** Two ends (from the selection, the panel or the context menu), the direction, the two kinds of path search. */
export function mountPaths(host: HTMLElement, ctx: ClientContext): () => void {
  const result = h('p', { class: 'paths-result', role: 'status' });
  const chains = h('div', { class: 'path-chains' });
  const fromName = h('span', { class: 'path-end', id: 'path-from' });
  const toName = h('span', { class: 'path-end', id: 'path-to' });
  const title = h('h3', {});
  const fromLabel = h('span', { class: 'path-label' });
  const toLabel = h('span', { class: 'path-label' });
  const useFrom = h('button', { type: 'button', class: 'small', 'data-action': 'path-from-selection', onclick: () => useSelection('from') });
  const useTo = h('button', { type: 'button', class: 'small', 'data-action': 'path-to-selection', onclick: () => useSelection('to') });
  const directed = h('input', { type: 'checkbox', id: 'path-directed', 'data-action': 'path-directed', onchange: () => setDirected(ctx.paths, directed.checked) });
  const directedLabel = h('label', { for: 'path-directed', class: 'path-directed' });
  const shortest = h('button', { type: 'button', 'data-action': 'path-shortest', onclick: () => void findPaths(ctx, 'shortest') });
  const all = h('button', { type: 'button', 'data-action': 'path-all', onclick: () => void findPaths(ctx, 'all') });
  const clearButton = h('button', { type: 'button', class: 'small', 'data-action': 'path-clear', onclick: () => clearHighlight(ctx.graph) });
  host.append(
    title,
    h('div', { class: 'path-row' }, fromLabel, fromName, useFrom),
    h('div', { class: 'path-row' }, toLabel, toName, useTo),
    h('div', { class: 'path-row' }, directed, directedLabel),
    h('div', { class: 'path-buttons' }, shortest, all, clearButton),
    result,
    chains,
  );

  function useSelection(end: 'from' | 'to'): void {
    const [id] = ctx.graph.get().selection.nodes;
    if (id) setPathEnd(ctx.paths, end, id);
  }

  function end(element: HTMLElement, id: string | null): void {
    element.replaceChildren(id ? nameElement(ctx.graph.get().content.nodes.get(id), id, ctx.settings.get().labels) : t('paths.none'));
  }

  function renderFound(): void {
    const { found } = ctx.paths.get();
    chains.replaceChildren();
    if (!found) {
      result.textContent = '';
      return;
    }
    const { paths, truncated } = found.result;
    if (paths.length === 0) {
      result.textContent = t('paths.notFound', { hops: count('hops', 6) });
      return;
    }
    const hops = count('hops', paths[0]?.edges.length ?? 0);
    result.textContent = t(truncated ? 'paths.foundFirst' : 'paths.found', { paths: count('paths', paths.length), hops });
    for (let i = 0; i < Math.min(CHAINS_SHOWN, paths.length); i++) chains.append(chainElement(ctx, found, i));
    if (paths.length > CHAINS_SHOWN) chains.append(h('p', { class: 'muted' }, count('morePaths', paths.length - CHAINS_SHOWN)));
  }

  function render(): void {
    const { from, to } = ctx.paths.get();
    title.textContent = t('paths.title');
    fromLabel.textContent = t('paths.from');
    toLabel.textContent = t('paths.to');
    end(fromName, from);
    end(toName, to);
    useFrom.textContent = t('paths.useSelection');
    useTo.textContent = t('paths.useSelection');
    directedLabel.textContent = t('paths.directed');
    directed.checked = ctx.paths.get().directed;
    shortest.textContent = t('paths.shortest');
    all.textContent = t('paths.all');
    clearButton.textContent = t('paths.clear');
    shortest.disabled = !from || !to || from === to;
    all.disabled = shortest.disabled;
    const { highlight } = ctx.graph.get().content;
    clearButton.hidden = highlight.nodes.size === 0 && highlight.edges.size === 0;
  }
  render();
  renderFound();
  const unsubscribers = [
    ctx.paths.subscribe((state, previous) => {
      render();
      if (state.found !== previous.found) renderFound();
    }),
    ctx.graph.subscribe((state, previous) => {
      if (state.content !== previous.content) render();
    }),
    ctx.settings.subscribe(() => {
      render();
      renderFound();
    }),
  ];
  return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
}
