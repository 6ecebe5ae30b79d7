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

let startingView: Graph | null = null;

async function starting(): Promise<Graph> {
  startingView ??= await api.graph();
  return startingView;
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

export async function expandNode(ctx: ClientContext, id: string, types?: string[]): Promise<void> {
  const result = await attempt(ctx, 'task.expand', () => api.neighbors(id, { types, limit: 200 }));
  if (!result) return;
  if (!news(ctx, result)) {
    inform(ctx, 'expand.none');
    return;
  }
  addGraph(ctx.graph, result, types ? `expand ${types.join(',')}` : 'expand');
  if (result.total > result.edges.length) inform(ctx, 'expand.truncated', { shown: result.edges.length, total: result.total });
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

export async function findPaths(ctx: ClientContext, from: string, to: string, mode: 'shortest' | 'all'): Promise<{ count: number; hops: number } | undefined> {
  const result = await attempt(ctx, 'task.paths', () => api.paths(from, to, mode));
  if (!result) return undefined;
  if (result.paths.length === 0) return { count: 0, hops: 0 };
  showPaths(ctx.graph, result.graph, mode === 'all' ? 'all shortest paths' : 'shortest path');
  return { count: result.paths.length, hops: result.paths[0]?.edges.length ?? 0 };
}
