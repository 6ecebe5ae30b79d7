import type { Graph } from '../../../contract/graph.ts';
import { api } from '../../api/endpoints.ts';
import { t, type MessageKey } from '../../i18n.ts';
import { addGraph, collapseNode, focusNode, resetTo, setFilters, showPaths } from '../graph/actions.ts';
import type { ClientContext } from '../context.ts';
import { notify, track } from '../progress/actions.ts';
import { explain, isAbort } from './errors.ts';

/** Runs tracked work; a failure becomes a notice in words instead of an exception in the console. */
export async function attempt<T>(ctx: ClientContext, what: MessageKey, work: () => Promise<T>): Promise<T | undefined> {
  try {
    return await track(ctx.progress, what, work);
  } catch (error) {
    if (!isAbort(error)) notify(ctx.progress, { tone: 'error', ...explain(error) });
    return undefined;
  }
}

export function inform(ctx: ClientContext, key: MessageKey, vars: Record<string, string | number> = {}): void {
  notify(ctx.progress, { tone: 'info', title: t(key, vars), detail: '', hint: '' });
}

let startingView: Promise<Graph> | null = null;

/** The starting view is asked for once per page; a failed request is asked again next time. */
function starting(): Promise<Graph> {
  startingView ??= api.graph().catch((error: unknown) => {
    startingView = null;
    throw error;
  });
  return startingView;
}

/** Starts loading the starting view before anything needs it; `openView` picks the answer up. */
export function prefetchStartingView(): void {
  starting().catch(() => undefined);
}

/** Opens the starting view, or the nodes a shared link names. Not an undoable step: there is nothing before it. */
export async function openView(ctx: ClientContext, nodeIds: string[] | null, hidden: { kinds: string[]; types: string[] }): Promise<void> {
  const graph = await attempt(ctx, 'task.load', () => (nodeIds ? api.subgraph(nodeIds) : starting()));
  if (!graph) return;
  const state = ctx.graph.get();
  addGraph(ctx.graph, graph, 'open', 'replace');
  ctx.graph.set({ ...ctx.graph.get(), past: state.past, future: state.future });
  setFilters(ctx.graph, hidden.kinds, hidden.types);
}

export async function resetView(ctx: ClientContext): Promise<void> {
  const graph = await attempt(ctx, 'task.load', starting);
  if (graph) resetTo(ctx.graph, graph);
}

function news(ctx: ClientContext, graph: Graph): boolean {
  const content = ctx.graph.get().content;
  return graph.nodes.some((node) => !content.nodes.has(node.id)) || graph.edges.some((edge) => !content.edges.has(edge.id));
}

/**
 * How many relationships one expansion brings: a hub's hundreds of neighbours at once would bury the
 * canvas and hold the page for the layout; the reader asks for more, a step at a time.
 */
export const EXPAND_STEP = 100;
/** The most the neighbours endpoint returns in one answer. */
const EXPAND_MAX = 1000;

export async function expandNode(ctx: ClientContext, id: string, types?: string[], limit = EXPAND_STEP): Promise<void> {
  const result = await attempt(ctx, 'task.expand', () => api.neighbors(id, { types, limit }));
  if (!result) return;
  if (!news(ctx, result)) {
    inform(ctx, 'expand.none');
    return;
  }
  addGraph(ctx.graph, result, types ? `expand ${types.join(',')}` : 'expand');
  if (result.total > result.edges.length) {
    const shown = result.edges.length;
    // The endpoint answers in a stable order, so a larger limit returns the same first page and the next.
    const next = Math.min(EXPAND_MAX, limit + EXPAND_STEP);
    const more = Math.min(result.total, next) - shown;
    notify(ctx.progress, {
      tone: 'info',
      title: t('expand.truncated', { shown, total: result.total }),
      detail: '',
      hint: '',
      ...(more > 0 ? { action: { name: 'show-more', label: t('expand.more', { count: more }), run: () => void expandNode(ctx, id, types, next) } } : {}),
    });
  }
}

export function collapse(ctx: ClientContext, id: string): void {
  if (collapseNode(ctx.graph, id) === 0) inform(ctx, 'collapse.none');
}

/** Puts a node on the canvas with its relationships to what is already there, selects it and centres it. */
export async function placeNode(ctx: ClientContext, id: string): Promise<void> {
  if (!ctx.graph.get().content.nodes.has(id)) {
    const graph = await attempt(ctx, 'task.expand', async () => {
      const [detail, neighbours] = await Promise.all([api.node(id), api.neighbors(id, { limit: 1000 })]);
      const onCanvas = ctx.graph.get().content.nodes;
      const edges = neighbours.edges.filter((edge) => onCanvas.has(edge.source === id ? edge.target : edge.source));
      const nodes = [detail.node, ...neighbours.nodes.filter((node) => node.id !== id && onCanvas.has(node.id))];
      return { nodes, edges };
    });
    if (!graph) return;
    addGraph(ctx.graph, graph, 'place');
  }
  focusNode(ctx.graph, id);
}

export async function findPaths(ctx: ClientContext, from: string, to: string, mode: 'shortest' | 'all'): Promise<{ count: number; hops: number; more: boolean } | undefined> {
  const result = await attempt(ctx, 'task.paths', () => api.paths(from, to, mode));
  if (!result) return undefined;
  if (result.paths.length === 0) return { count: 0, hops: 0, more: false };
  showPaths(ctx.graph, result.graph, mode === 'all' ? 'all shortest paths' : 'shortest path');
  return { count: result.paths.length, hops: result.paths[0]?.edges.length ?? 0, more: result.truncated };
}
