/**
 * What the canvas asks of a force-directed layout that runs away from the page (a Web Worker), and what
 * comes back. Plain JSON both ways: a worker shares no objects with the page.
 */

/** A node as the layout sees it: the box of its shape and label together, by its centre. */
export interface LayoutBox {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
  /** Stays where it is (a pinned node, or a node the reader already knows during an expansion). */
  fixed: boolean;
}

export interface LayoutJob {
  /** `whole`: every node is laid out again; `around`: new nodes settle around fixed anchors. */
  kind: 'whole' | 'around';
  /** The nodes that take part in the force-directed run. */
  nodes: LayoutBox[];
  edges: { source: string; target: string }[];
  /** Other nodes on the canvas: never moved, but new labels must not land on them. */
  obstacles: LayoutBox[];
  /** Start from random positions (a first layout) instead of the current ones. */
  randomize: boolean;
  /** Viewport width ÷ height: stretch the drawing to these proportions before labels are pushed apart. */
  aspect: number | null;
}

/** New box centres by node id, for the nodes that moved. */
export type LayoutPositions = Record<string, { x: number; y: number }>;

export interface LayoutOutcome {
  positions: LayoutPositions;
  /** How many nodes the force-directed run moved (the rest kept their placement, then gave way to labels). */
  forced: number;
  /** Time the computation took where it ran (worker or page), without the messages to and fro. */
  computeMs: number;
}

export interface LayoutRequest {
  seq: number;
  job: LayoutJob;
}

export type LayoutReply = { seq: number; outcome: LayoutOutcome } | { seq: number; error: string };
