import type { Graph, GraphEdge, GraphNode } from '../../../contract/graph.ts';
import type { GraphStore } from './store.ts';
import { emptyContent, type CanvasContent, type GraphState, type Selection, type StepKind, type StepLabel } from './types.ts';

/** Enough to undo a long session; older steps fall off. */
const historyLimit = 200;

const noHighlight: CanvasContent['highlight'] = { nodes: new Set(), edges: new Set() };

export const step = (kind: StepKind, subject?: string): StepLabel => (subject === undefined ? { kind } : { kind, subject });

function commit(store: GraphStore, label: StepLabel, content: CanvasContent, arrange = false): void {
  const state = store.get();
  const past = [...state.past, { label, content: state.content }].slice(-historyLimit);
  store.set({ ...state, content, past, future: [], selection: pruneSelection(state.selection, content), arrangeSeq: state.arrangeSeq + (arrange ? 1 : 0) });
}

function pruneSelection(selection: Selection, content: CanvasContent): Selection {
  const nodes = selection.nodes.filter((id) => content.nodes.has(id));
  const edges = selection.edges.filter((id) => content.edges.has(id));
  return nodes.length === selection.nodes.length && edges.length === selection.edges.length ? selection : { nodes, edges };
}

/** Edges whose ends are both present; the API only sends such, but console results may not. */
function connectedEdges(nodes: ReadonlyMap<string, GraphNode>, edges: Iterable<GraphEdge>): Map<string, GraphEdge> {
  const kept = new Map<string, GraphEdge>();
  for (const edge of edges) if (nodes.has(edge.source) && nodes.has(edge.target)) kept.set(edge.id, edge);
  return kept;
}

function merged(content: CanvasContent, graph: Graph): { nodes: Map<string, GraphNode>; edges: Map<string, GraphEdge> } {
  const nodes = new Map(content.nodes);
  for (const node of graph.nodes) nodes.set(node.id, node);
  const edges = new Map(content.edges);
  for (const [id, edge] of connectedEdges(nodes, graph.edges)) edges.set(id, edge);
  return { nodes, edges };
}

/**
 * Adds a graph to the canvas (or replaces the canvas with it) as one undoable step. A replaced canvas is
 * a new picture: it is laid out afresh and fitted, old positions and zoom mean nothing for it.
 */
export function addGraph(store: GraphStore, graph: Graph, label: StepLabel, mode: 'add' | 'replace' = 'add'): void {
  const content = store.get().content;
  if (mode === 'replace') {
    const nodes = new Map(graph.nodes.map((node) => [node.id, node]));
    commit(
      store,
      label,
      {
        ...content,
        nodes,
        edges: connectedEdges(nodes, graph.edges),
        pinned: new Set([...content.pinned].filter((id) => nodes.has(id))),
        highlight: noHighlight,
      },
      true,
    );
    return;
  }
  commit(store, label, { ...content, ...merged(content, graph), highlight: noHighlight });
}

/**
 * Opens a view: the first content of the page, not an undoable step (there is nothing before it). A
 * shared view brings its pins and filters along.
 */
export function openGraph(store: GraphStore, graph: Graph, view: { pinned?: readonly string[]; hiddenKinds?: readonly string[]; hiddenTypes?: readonly string[] } = {}): void {
  const nodes = new Map(graph.nodes.map((node) => [node.id, node]));
  const state = store.get();
  store.set({
    ...state,
    content: {
      ...emptyContent,
      nodes,
      edges: connectedEdges(nodes, graph.edges),
      pinned: new Set((view.pinned ?? []).filter((id) => nodes.has(id))),
      hiddenKinds: new Set(view.hiddenKinds ?? []),
      hiddenTypes: new Set(view.hiddenTypes ?? []),
    },
    selection: { nodes: [], edges: [] },
  });
}

/** Asks the canvas to bring these nodes into view. */
export function frameNodes(store: GraphStore, ids: readonly string[]): void {
  const state = store.get();
  store.set({ ...state, frame: { ids: [...ids], seq: state.frame.seq + 1 } });
}

/** Adds a path result and emphasises exactly its elements. */
export function showPaths(store: GraphStore, graph: Graph, label: StepLabel): void {
  const content = store.get().content;
  commit(store, label, {
    ...content,
    ...merged(content, graph),
    highlight: { nodes: new Set(graph.nodes.map((n) => n.id)), edges: new Set(graph.edges.map((e) => e.id)) },
  });
}

export function clearHighlight(store: GraphStore): void {
  const content = store.get().content;
  if (content.highlight.nodes.size === 0 && content.highlight.edges.size === 0) return;
  commit(store, step('clearHighlight'), { ...content, highlight: noHighlight });
}

function without(content: CanvasContent, removed: ReadonlySet<string>): CanvasContent {
  const nodes = new Map([...content.nodes].filter(([id]) => !removed.has(id)));
  return {
    ...content,
    nodes,
    edges: connectedEdges(nodes, content.edges.values()),
    pinned: new Set([...content.pinned].filter((id) => !removed.has(id))),
    highlight: noHighlight,
  };
}

/** Takes nodes off the canvas; they come back by expanding, searching or undoing. */
export function hideNodes(store: GraphStore, ids: readonly string[]): void {
  const content = store.get().content;
  const removed = new Set(ids.filter((id) => content.nodes.has(id)));
  if (removed.size === 0) return;
  commit(store, step('hide'), without(content, removed));
}

/** The neighbours that hang only on this node (and are not pinned): what expanding it typically added. */
export function collapsibleNeighbours(content: CanvasContent, id: string): Set<string> {
  const links = new Map<string, Set<string>>();
  for (const edge of content.edges.values()) {
    if (edge.source === edge.target) continue;
    const a = links.get(edge.source) ?? new Set<string>();
    a.add(edge.target);
    links.set(edge.source, a);
    const b = links.get(edge.target) ?? new Set<string>();
    b.add(edge.source);
    links.set(edge.target, b);
  }
  const result = new Set<string>();
  for (const neighbour of links.get(id) ?? []) {
    const others = [...(links.get(neighbour) ?? [])].filter((other) => other !== id);
    if (others.length === 0 && !content.pinned.has(neighbour)) result.add(neighbour);
  }
  return result;
}

export function collapseNode(store: GraphStore, id: string): number {
  const content = store.get().content;
  const removed = collapsibleNeighbours(content, id);
  if (removed.size > 0) commit(store, step('collapse'), without(content, removed));
  return removed.size;
}

export function setPinned(store: GraphStore, ids: readonly string[], pinned: boolean): void {
  const content = store.get().content;
  const next = new Set(content.pinned);
  for (const id of ids) {
    if (!content.nodes.has(id)) continue;
    if (pinned) next.add(id);
    else next.delete(id);
  }
  if (next.size === content.pinned.size && [...next].every((id) => content.pinned.has(id))) return;
  commit(store, step(pinned ? 'pin' : 'unpin'), { ...content, pinned: next });
}

function toggled(set: ReadonlySet<string>, key: string, visible: boolean): Set<string> {
  const next = new Set(set);
  if (visible) next.delete(key);
  else next.add(key);
  return next;
}

export function setKindVisible(store: GraphStore, kind: string, visible: boolean): void {
  const content = store.get().content;
  if (content.hiddenKinds.has(kind) !== visible) return;
  commit(store, step(visible ? 'showKind' : 'hideKind', kind), { ...content, hiddenKinds: toggled(content.hiddenKinds, kind, visible) });
}

export function setTypeVisible(store: GraphStore, type: string, visible: boolean): void {
  const content = store.get().content;
  if (content.hiddenTypes.has(type) !== visible) return;
  commit(store, step(visible ? 'showType' : 'hideType', type), { ...content, hiddenTypes: toggled(content.hiddenTypes, type, visible) });
}

export function setProposedHidden(store: GraphStore, hidden: boolean): void {
  const content = store.get().content;
  if (content.hideProposed === hidden) return;
  commit(store, step(hidden ? 'hideProposed' : 'showProposed'), { ...content, hideProposed: hidden });
}

/** Shows or hides every kind and relationship type named, as one step. */
export function setAllVisible(store: GraphStore, section: 'kinds' | 'types', names: readonly string[], visible: boolean): void {
  const content = store.get().content;
  const current = section === 'kinds' ? content.hiddenKinds : content.hiddenTypes;
  const next = new Set(current);
  for (const name of names) {
    if (visible) next.delete(name);
    else next.add(name);
  }
  if (next.size === current.size && [...next].every((name) => current.has(name))) return;
  commit(store, step(visible ? 'showAll' : 'hideAll'), section === 'kinds' ? { ...content, hiddenKinds: next } : { ...content, hiddenTypes: next });
}

/** Replaces the canvas with the starting view and forgets nothing: reset itself can be undone. */
export function resetTo(store: GraphStore, graph: Graph): void {
  const nodes = new Map(graph.nodes.map((node) => [node.id, node]));
  commit(store, step('reset'), { ...emptyContent, nodes, edges: connectedEdges(nodes, graph.edges) }, true);
}

export function select(store: GraphStore, selection: Selection): void {
  const state = store.get();
  const same =
    state.selection.nodes.length === selection.nodes.length &&
    state.selection.edges.length === selection.edges.length &&
    selection.nodes.every((id, i) => state.selection.nodes[i] === id) &&
    selection.edges.every((id, i) => state.selection.edges[i] === id);
  if (same) return;
  store.set({ ...state, selection: pruneSelection(selection, state.content) });
}

/** Selects a node and asks the canvas to centre on it. */
export function focusNode(store: GraphStore, id: string): void {
  const state = store.get();
  const selection = state.content.nodes.has(id) ? { nodes: [id], edges: [] } : state.selection;
  store.set({ ...state, selection, focus: { id, seq: state.focus.seq + 1 } });
}

export function undo(store: GraphStore): boolean {
  const state: GraphState = store.get();
  const last = state.past.at(-1);
  if (!last) return false;
  store.set({
    ...state,
    content: last.content,
    past: state.past.slice(0, -1),
    future: [{ label: last.label, content: state.content }, ...state.future],
    selection: pruneSelection(state.selection, last.content),
  });
  return true;
}

export function redo(store: GraphStore): boolean {
  const state: GraphState = store.get();
  const next = state.future[0];
  if (!next) return false;
  store.set({
    ...state,
    content: next.content,
    past: [...state.past, { label: next.label, content: state.content }],
    future: state.future.slice(1),
    selection: pruneSelection(state.selection, next.content),
  });
  return true;
}
