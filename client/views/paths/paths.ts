import { clearHighlight } from '../../core/graph/actions.ts';
import { nodeLabel } from '../../core/graph/kinds.ts';
import type { ClientContext } from '../../core/context.ts';
import { findPaths } from '../../core/explore/operations.ts';
import { setPathEnd } from '../../core/paths/actions.ts';
import { h } from '../../dom.ts';
import { t } from '../../i18n.ts';

/** Two ends (from the selection, the panel or the context menu) and the two kinds of path search. */
export function mountPaths(host: HTMLElement, ctx: ClientContext): () => void {
  const result = h('p', { class: 'paths-result', role: 'status' });
  const fromName = h('span', { class: 'path-end', id: 'path-from', dir: 'auto' });
  const toName = h('span', { class: 'path-end', id: 'path-to', dir: 'auto' });
  const title = h('h3', {});
  const fromLabel = h('span', { class: 'path-label' });
  const toLabel = h('span', { class: 'path-label' });
  const useFrom = h('button', { type: 'button', class: 'small', 'data-action': 'path-from-selection', onclick: () => useSelection('from') });
  const useTo = h('button', { type: 'button', class: 'small', 'data-action': 'path-to-selection', onclick: () => useSelection('to') });
  const shortest = h('button', { type: 'button', 'data-action': 'path-shortest', onclick: () => void search('shortest') });
  const all = h('button', { type: 'button', 'data-action': 'path-all', onclick: () => void search('all') });
  const clearButton = h('button', { type: 'button', class: 'small', 'data-action': 'path-clear', onclick: () => clearHighlight(ctx.graph) });
  host.append(
    title,
    h('div', { class: 'path-row' }, fromLabel, fromName, useFrom),
    h('div', { class: 'path-row' }, toLabel, toName, useTo),
    h('div', { class: 'path-buttons' }, shortest, all, clearButton),
    result,
  );

  function useSelection(end: 'from' | 'to'): void {
    const [id] = ctx.graph.get().selection.nodes;
    if (id) setPathEnd(ctx.paths, end, id);
  }

  function name(id: string | null): string {
    if (!id) return t('paths.none');
    const node = ctx.graph.get().content.nodes.get(id);
    return node ? nodeLabel(node, ctx.settings.get().labels).replace('\n', ' / ') : id;
  }

  async function search(mode: 'shortest' | 'all'): Promise<void> {
    const { from, to } = ctx.paths.get();
    if (!from || !to) return;
    result.textContent = '';
    const found = await findPaths(ctx, from, to, mode);
    if (!found) return;
    const message = found.more ? 'paths.foundFirst' : 'paths.found';
    result.textContent = found.count === 0 ? t('paths.notFound', { max: 6 }) : t(message, { count: found.count, hops: found.hops });
  }

  function render(): void {
    const { from, to } = ctx.paths.get();
    title.textContent = t('paths.title');
    fromLabel.textContent = t('paths.from');
    toLabel.textContent = t('paths.to');
    fromName.textContent = name(from);
    toName.textContent = name(to);
    useFrom.textContent = t('paths.useSelection');
    useTo.textContent = t('paths.useSelection');
    shortest.textContent = t('paths.shortest');
    all.textContent = t('paths.all');
    clearButton.textContent = t('paths.clear');
    shortest.disabled = !from || !to || from === to;
    all.disabled = shortest.disabled;
    const { highlight } = ctx.graph.get().content;
    clearButton.hidden = highlight.nodes.size === 0 && highlight.edges.size === 0;
  }
  render();
  const unsubscribers = [ctx.paths.subscribe(render), ctx.graph.subscribe(render), ctx.settings.subscribe(render)];
  return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
}
