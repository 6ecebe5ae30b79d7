/**
 * Force-directed layouts of the canvas, computed by the layout worker: the page measures each node's
 * box (shape and label), sends the boxes, and applies the positions that come back in one step (or one
 * short animation). New nodes of an expansion first stand on rings around their anchor, so they show
 * at once and the worker starts from a sensible picture.
 */
import type cytoscape from 'cytoscape';
import type { LayoutBox, LayoutJob, LayoutOutcome } from './layout-job.ts';
import { labelBox, labelRoom } from './label-room.ts';
import type { LayoutRunner } from './layout-runner.ts';
import { ringPositions, type Point } from './ring-placement.ts';

export interface RunningLayout {
  /** Resolves once positions are applied (and any animation has ended), or the layout was stopped. */
  readonly done: Promise<{ applied: boolean; forced: number }>;
  /** Cancels the computation or ends the animation where it is; nothing keeps moving. */
  stop(): void;
}

export interface ApplyOptions {
  animate: boolean;
  /** Fit the view to the new positions (animated along with them). */
  fit: boolean;
}

const ANIMATION_MS = 300;
/** Room around each new node's slot on its ring. */
const SLOT_GAP = 10;
/** Text wraps at 220 px, so wider boxes are rare outliers that should not space out a whole ring. */
const MAX_SLOT_WIDTH = 240;

interface Measured {
  box: LayoutBox;
  /** Box centre minus node position: labels hang below the node, so the two differ. */
  offset: Point;
}

/**
 * Right after a label changes (a switch of label language) the cached box is still the old label's until
 * Cytoscape next draws, so a whole layout measures afresh. Cytoscape's typings omit `useCache`, which its
 * boundingBox honours.
 */
const freshBoxWithLabel = { includeLabels: true, useCache: false } as cytoscape.BoundingBoxOptions;
const boxWithLabel: cytoscape.BoundingBoxOptions = { includeLabels: true };

/**
 * The node's box with its label, widened and deepened to the room its label takes in the other language
 * too (label-room.ts): the label hangs centred below the node, so extra width goes to both sides and
 * extra height below.
 */
/**
 * Up to this many nodes, a small node's folded label still gets its room: in a small view every label
 * shows once the view zooms to it, and there is room to spare. In a larger one only the prominent labels
 * are planned for, or the first view would be zoomed out past reading (label-room.ts).
 */
const ROOM_FOR_EVERY_LABEL_UP_TO = 40;

function measure(node: cytoscape.NodeSingular, fixed: boolean, fresh = false): Measured {
  const drawn = node.boundingBox(fresh ? freshBoxWithLabel : boxWithLabel);
  const folded = node.data('tier') === 'minor' && node.cy().nodes().length <= ROOM_FOR_EVERY_LABEL_UP_TO;
  const full = folded ? labelBox(node) : null;
  const bb = full ? { x1: Math.min(drawn.x1, full.x1), y1: drawn.y1, x2: Math.max(drawn.x2, full.x2), y2: Math.max(drawn.y2, full.y2) } : drawn;
  const bbw = bb.x2 - bb.x1;
  const body = node.boundingBox({ includeLabels: false });
  const at = node.position();
  const shownLabel = Math.max(0, bb.y2 - body.y2);
  const room = labelRoom(node, { w: bbw, h: shownLabel });
  const w = Math.max(bbw, room.w);
  const x1 = Math.min(bb.x1, at.x - w / 2);
  const x2 = Math.max(bb.x2, at.x + w / 2);
  const y2 = bb.y2 + Math.max(0, room.h - shownLabel);
  const x = (x1 + x2) / 2;
  const y = (bb.y1 + y2) / 2;
  return { box: { id: node.id(), x, y, w: x2 - x1, h: y2 - bb.y1, fixed: fixed || node.locked() }, offset: { x: x - at.x, y: y - at.y } };
}

/** The node a new node hangs from: its best-connected neighbour already on the canvas. */
function anchorOf(node: cytoscape.NodeSingular, added: cytoscape.NodeCollection, degree: (n: cytoscape.NodeSingular) => number): cytoscape.NodeSingular | null {
  let best: cytoscape.NodeSingular | null = null;
  let bestDegree = -1;
  node.neighborhood().nodes().forEach((other) => {
    if (added.contains(other)) return;
    const d = degree(other);
    if (!best || d > bestDegree || (d === bestDegree && other.id() < best.id())) {
      best = other;
      bestDegree = d;
    }
  });
  return best;
}

/** Puts nodes just added on rings around their anchors (the view's centre for nodes with none). */
export function placeOnRings(cy: cytoscape.Core, added: cytoscape.NodeCollection): void {
  const groups = new Map<string, { anchor: Point; nodes: cytoscape.NodeSingular[] }>();
  const extent = cy.extent();
  const centre = { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
  // A hub is every new node's candidate anchor, and Cytoscape counts a degree edge by edge.
  const degrees = new Map<string, number>();
  const degree = (n: cytoscape.NodeSingular): number => {
    const known = degrees.get(n.id());
    if (known !== undefined) return known;
    const d = n.degree(false);
    degrees.set(n.id(), d);
    return d;
  };
  added.sort((a, b) => (a.id() < b.id() ? -1 : a.id() > b.id() ? 1 : 0)).forEach((node) => {
    const anchor = anchorOf(node, added, degree);
    const key = anchor?.id() ?? '';
    const group = groups.get(key) ?? { anchor: anchor ? measure(anchor, true).box : centre, nodes: [] };
    group.nodes.push(node);
    groups.set(key, group);
  });
  cy.batch(() => {
    for (const { anchor, nodes } of groups.values()) {
      const measured = nodes.map((node) => measure(node, false));
      const slot = {
        w: Math.min(MAX_SLOT_WIDTH, Math.max(...measured.map((m) => m.box.w))) + SLOT_GAP,
        h: Math.max(...measured.map((m) => m.box.h)) + SLOT_GAP,
      };
      ringPositions(anchor, nodes.length, slot).forEach((point, i) => {
        const node = nodes[i];
        const offset = measured[i]?.offset ?? { x: 0, y: 0 };
        if (node && !node.locked()) node.position({ x: point.x - offset.x, y: point.y - offset.y });
      });
    }
  });
}

function applyOutcome(cy: cytoscape.Core, offsets: Map<string, Point>, outcome: LayoutOutcome, options: ApplyOptions): { layout: cytoscape.Layouts; finished: Promise<void> } {
  const targets = new Map<string, Point>();
  for (const [id, centre] of Object.entries(outcome.positions)) {
    const offset = offsets.get(id) ?? { x: 0, y: 0 };
    targets.set(id, { x: centre.x - offset.x, y: centre.y - offset.y });
  }
  const moving = cy.nodes().filter((node) => targets.has(node.id()));
  const layout = moving.layout({
    name: 'preset',
    positions: (node: cytoscape.NodeSingular) => targets.get(node.id()) ?? node.position(),
    animate: options.animate,
    animationDuration: ANIMATION_MS,
    fit: options.fit,
    padding: 30,
  } as cytoscape.LayoutOptions);
  const finished = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
  layout.run();
  return { layout, finished };
}

function start(cy: cytoscape.Core, runner: LayoutRunner, job: LayoutJob, offsets: Map<string, Point>, options: ApplyOptions): RunningLayout {
  const run = runner.run(job);
  let stopped = false;
  let applying: cytoscape.Layouts | null = null;
  const done = (async () => {
    const outcome = await run.outcome;
    if (!outcome || stopped || cy.destroyed()) return { applied: false, forced: 0 };
    const apply = applyOutcome(cy, offsets, outcome, options);
    applying = apply.layout;
    await apply.finished;
    // Stopping ends the animation with a 'layoutstop' too: stopped is not applied.
    return { applied: !stopped, forced: outcome.forced };
  })();
  return {
    done,
    stop() {
      stopped = true;
      run.cancel();
      applying?.stop();
    },
  };
}

/**
 * Settles `movable` (new nodes, already on their rings) around the nodes they attach to, which stay
 * where they are; every other node only keeps its label clear of them.
 */
export function layoutAround(cy: cytoscape.Core, runner: LayoutRunner, movable: cytoscape.NodeCollection, options: ApplyOptions): RunningLayout {
  const anchors = movable.neighborhood().nodes().difference(movable);
  const offsets = new Map<string, Point>();
  const nodes: LayoutBox[] = [];
  movable.forEach((node) => {
    // Fresh: a superseded expansion has just given these nodes their labels back.
    const m = measure(node, false, true);
    offsets.set(node.id(), m.offset);
    nodes.push(m.box);
  });
  anchors.forEach((node) => {
    nodes.push(measure(node, true).box);
  });
  const obstacles = cy.nodes().difference(movable).difference(anchors).nodes().map((node) => measure(node, true).box);
  const edges = movable.connectedEdges().map((edge) => ({ source: edge.source().id(), target: edge.target().id() }));
  return start(cy, runner, { kind: 'around', nodes, edges, obstacles, randomize: false, aspect: null }, offsets, options);
}

/** Lays the whole canvas out again; pinned nodes stay. `aspect` stretches the drawing to the viewport. */
export function layoutWhole(cy: cytoscape.Core, runner: LayoutRunner, options: ApplyOptions & { randomize: boolean; fill: boolean }): RunningLayout {
  const offsets = new Map<string, Point>();
  const nodes = cy.nodes().map((node) => {
    const m = measure(node, false, true);
    offsets.set(node.id(), m.offset);
    return m.box;
  });
  const edges = cy.edges().map((edge) => ({ source: edge.source().id(), target: edge.target().id() }));
  const aspect = options.fill ? cy.width() / Math.max(1, cy.height()) : null;
  return start(cy, runner, { kind: 'whole', nodes, edges, obstacles: [], randomize: options.randomize, aspect }, offsets, options);
}
