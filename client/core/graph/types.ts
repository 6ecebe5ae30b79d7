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

/** What a step did, for the undo and redo buttons to say in the interface language (`step.<kind>`). */
export type StepKind =
  | 'open'
  | 'expand'
  | 'expandType'
  | 'expandSelected'
  | 'hide'
  | 'collapse'
  | 'pin'
  | 'unpin'
  | 'showKind'
  | 'hideKind'
  | 'showType'
  | 'hideType'
  | 'showAll'
  | 'hideAll'
  | 'showProposed'
  | 'hideProposed'
  | 'reset'
  | 'place'
  | 'query'
  | 'queryReplace'
  | 'path'
  | 'allPaths'
  | 'clearHighlight';

export interface StepLabel {
  readonly kind: StepKind;
  /** The entity kind or relationship type the step is about, when it is about one. */
  readonly subject?: string;
}

export interface HistoryEntry {
  readonly label: StepLabel;
  readonly content: CanvasContent;
}

export interface GraphState {
  readonly content: CanvasContent;
  readonly selection: Selection;
  readonly past: readonly HistoryEntry[];
  readonly future: readonly HistoryEntry[];
  /** Bumped when a view should centre the camera on `focus.id`. */
  readonly focus: { readonly id: string | null; readonly seq: number };
  /** Bumped when the canvas was replaced as a whole (reset, a query's graph): lay it out afresh and fit it. */
  readonly arrangeSeq: number;
  /** Bumped when the view should frame `frame.ids` (a path found, say). */
  readonly frame: { readonly ids: readonly string[]; readonly seq: number };
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
