import type { Direction } from '../../../contract/api.ts';
import type { Graph } from '../../../contract/graph.ts';
import { api } from '../../api/endpoints.ts';
import { count, language, t, type MessageKey } from '../../i18n.ts';
import { addGraph, collapseNode, focusNode, frameNodes, openGraph, resetTo, select, showPaths, step } from '../graph/actions.ts';
import type { ClientContext } from '../context.ts';
import { setFoundPaths } from '../paths/actions.ts';
import { notify, track } from '../progress/actions.ts';
import type { SharedView } from '../url/share.ts';
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

/** An informational notice; `name` lets tests and styles tell notices apart. */
export function inform(ctx: ClientContext, key: MessageKey, vars: Record<string, string | number> = {}, name?: string): void {
  notify(ctx.progress, { tone: 'info', title: t(key, vars), detail: '', hint: '', ...(name ? { name } : {}) });
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

/** How many missing ids a notice lists by name; the count says how many there are in all. */
const MISSING_NAMED = 12;

/** The graph a shared view names: what still exists of it, and the ids that no longer do. */
async function sharedGraph(ctx: ClientContext, view: SharedView & { nodes: string[] }): Promise<Graph | undefined> {
  if (view.nodes.length === 0) return { nodes: [], edges: [] };
  const found = await attempt(ctx, 'task.load', () => api.subgraph(view.nodes));
  if (!found) return undefined;
  if (found.missing.length > 0) {
    const named = found.missing.slice(0, MISSING_NAMED).join(language() === 'ar' ? '، ' : ', ');
    notify(ctx.progress, {
      tone: 'info',
      title: t('view.partial'),
      detail: count('missingIds', found.missing.length, { list: found.missing.length > MISSING_NAMED ? `${named}…` : named }),
      hint: '',
      sticky: true,
      name: 'missing-ids',
    });
  }
  const shown = view.edges ? new Set(view.edges) : null;
  return { nodes: found.nodes, edges: shown ? found.edges.filter((edge) => shown.has(edge.id)) : found.edges };
}

/** Opens the starting view, or exactly the picture a shared link (or a reload) names. */
export async function openView(ctx: ClientContext, view: SharedView): Promise<void> {
  const graph = view.nodes === null ? await attempt(ctx, 'task.load', starting) : await sharedGraph(ctx, { ...view, nodes: view.nodes });
  if (!graph) return;
  openGraph(ctx.graph, graph, { pinned: view.pinned, hiddenKinds: view.hiddenKinds, hiddenTypes: view.hiddenTypes });
  if (view.selected.length > 0) {
    select(ctx.graph, { nodes: view.selected, edges: [] });
    const [only] = view.selected;
    // A restored camera already looks where the link looked; only a plain link centres its one node.
    if (view.selected.length === 1 && only && !view.camera) focusNode(ctx.graph, only);
  }
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

export interface ExpandOptions {
  types?: string[];
  direction?: Direction;
  limit?: number;
}

export async function expandNode(ctx: ClientContext, id: string, options: ExpandOptions = {}): Promise<void> {
  const limit = options.limit ?? EXPAND_STEP;
  const { types, direction } = options;
  const result = await attempt(ctx, 'task.expand', () => api.neighbors(id, { types, limit, direction }));
  if (!result) return;
  if (!news(ctx, result)) {
    inform(ctx, 'expand.none');
    return;
  }
  addGraph(ctx.graph, result, types?.length === 1 ? step('expandType', types[0]) : step('expand'));
  if (result.total > result.edges.length) {
    const shown = result.edges.length;
    // The endpoint answers in a stable order, so a larger limit returns the same first page and the next.
    const next = Math.min(EXPAND_MAX, limit + EXPAND_STEP);
    const more = Math.min(result.total, next) - shown;
    notify(ctx.progress, {
      tone: 'info',
      title: t('expand.truncated', { shown, total: count('relationships', result.total) }),
      detail: '',
      hint: '',
      ...(more > 0 ? { action: { name: 'show-more', label: t('expand.more', { count: more }), run: () => void expandNode(ctx, id, { ...options, limit: next }) } } : {}),
    });
  }
}

/** Expands several nodes at once, as one step. */
export async function expandNodes(ctx: ClientContext, ids: readonly string[], options: ExpandOptions = {}): Promise<void> {
  const [only] = ids;
  if (ids.length === 1 && only) return expandNode(ctx, only, options);
  if (ids.length === 0) return;
  const results = await attempt(ctx, 'task.expand', () => Promise.all(ids.map((id) => api.neighbors(id, { types: options.types, direction: options.direction, limit: options.limit ?? EXPAND_STEP }))));
  if (!results) return;
  const graph: Graph = { nodes: results.flatMap((r) => r.nodes), edges: results.flatMap((r) => r.edges) };
  if (!news(ctx, graph)) {
    inform(ctx, 'expand.none');
    return;
  }
  addGraph(ctx.graph, graph, step('expandSelected'));
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
    addGraph(ctx.graph, graph, step('place'));
  }
  focusNode(ctx.graph, id);
}

/** Finds paths between the two chosen ends, highlights them and brings them into view. */
export async function findPaths(ctx: ClientContext, mode: 'shortest' | 'all'): Promise<void> {
  const { from, to, directed } = ctx.paths.get();
  if (!from || !to) return;
  setFoundPaths(ctx.paths, null);
  const result = await attempt(ctx, 'task.paths', () => api.paths(from, to, mode, directed));
  if (!result) return;
  setFoundPaths(ctx.paths, { from, to, mode, directed, result });
  if (result.paths.length === 0) return;
  showPaths(ctx.graph, result.graph, step(mode === 'all' ? 'allPaths' : 'path'));
  frameNodes(ctx.graph, result.graph.nodes.map((node) => node.id));
}

/** Selects one relationship (a hop of a path, say), which opens its evidence in the panel. */
export function showEdge(ctx: ClientContext, id: string): void {
  if (ctx.graph.get().content.edges.has(id)) select(ctx.graph, { nodes: [], edges: [id] });
}
