import type { GraphEdge, GraphNode } from '../../../contract/graph.ts';

/** What undo and redo restore: everything about the canvas except the selection and the camera. */
export interface CanvasContent {
  readonly nodes: ReadonlyMap<string, GraphNode>;
  readonly edges: ReadonlyMap<string, GraphEdge>;
  readonly hiddenKinds: ReadonlySet<string>;
  readonly hiddenTypes: ReadonlySet<string>;
  readonly pinned: ReadonlySet<string>;
  /** Leave out what extraction proposed and no analyst has accepted yet. */
  readonly hideProposed: boolean;
  /** Elements of the last path search, drawn emphasised while the rest is dimmed. */
  readonly highlight: { readonly nodes: ReadonlySet<string>; readonly edges: ReadonlySet<string> };
}

export interface Selection {
  readonly nodes: readonly string[];
  readonly edges: readonly string[];
}

export interface HistoryEntry {
  readonly label: string;
  readonly content: CanvasContent;
}

export interface GraphState {
  readonly content: CanvasContent;
  readonly selection: Selection;
  readonly past: readonly HistoryEntry[];
  readonly future: readonly HistoryEntry[];
  /** Bumped when a view should centre the camera on `focus.id`. */
  readonly focus: { readonly id: string | null; readonly seq: number };
}

export const emptyContent: CanvasContent = {
  nodes: new Map(),
  edges: new Map(),
  hiddenKinds: new Set(),
  hiddenTypes: new Set(),
  pinned: new Set(),
  hideProposed: false,
  highlight: { nodes: new Set(), edges: new Set() },
};

export const emptySelection: Selection = { nodes: [], edges: [] };
