/**
 * The force-directed layout itself, on a headless Cytoscape: no DOM, so it runs in the layout worker
 * (and, if a worker cannot start, on the page). Node sizes arrive as boxes that already include the
 * labels, measured by the page, because a headless Cytoscape cannot measure text.
 */
import cytoscape from 'cytoscape';
import fcose, { type FcoseLayoutOptions } from 'cytoscape-fcose';
import type { LayoutBox, LayoutJob, LayoutOutcome, LayoutPositions } from './layout-job.ts';
import { settleInFreeSpace } from './free-space.ts';
import { separate, type Box } from './overlap.ts';

cytoscape.use(fcose);

/** Above this many nodes the force-directed phase costs seconds: the spectral draft only. */
export const DRAFT_ABOVE_NODES = 300;

/** Room left between label boxes once the layout is done. */
const LABEL_GAP = 6;

/** The forces every run shares, so an expansion settles into the same spacing as the first layout. */
const forces = {
  idealEdgeLength: () => 45,
  nodeRepulsion: () => 3000,
  nodeSeparation: 60,
  gravity: 0.3,
} as const;

function fcoseOptions(job: LayoutJob, fixed: LayoutBox[]): FcoseLayoutOptions {
  const constraint = fixed.length > 0 ? { fixedNodeConstraint: fixed.map((box) => ({ nodeId: box.id, position: { x: box.x, y: box.y } })) } : {};
  if (job.kind === 'around') {
    // Only the new nodes move, from where the page placed them, so a short cooling run is enough.
    return { name: 'fcose', animate: false, fit: false, quality: 'default', randomize: false, ...forces, numIter: 300, initialEnergyOnIncremental: 0.3, tile: false, ...constraint };
  }
  return {
    name: 'fcose',
    animate: false,
    fit: false,
    // 'proof' polishes what the label push-apart pass fixes anyway; past a few hundred nodes only the
    // spectral draft stays within a second.
    quality: job.nodes.length > DRAFT_ABOVE_NODES ? 'draft' : 'default',
    randomize: job.randomize,
    ...forces,
    numIter: 1000,
    tile: true,
    tilingPaddingVertical: 30,
    tilingPaddingHorizontal: 30,
    ...constraint,
  };
}

const edges = (box: LayoutBox): Box => ({ id: box.id, x1: box.x - box.w / 2, y1: box.y - box.h / 2, x2: box.x + box.w / 2, y2: box.y + box.h / 2, fixed: box.fixed });

/**
 * Force-directed layouts come out wide; stretching the short axis to the viewport's proportions lets the
 * first fit zoom in further, so labels are readable at the starting zoom.
 */
function stretch(boxes: LayoutBox[], aspect: number): void {
  const free = boxes.filter((box) => !box.fixed);
  if (free.length < 3) return;
  const x1 = Math.min(...free.map((b) => b.x));
  const x2 = Math.max(...free.map((b) => b.x));
  const y1 = Math.min(...free.map((b) => b.y));
  const y2 = Math.max(...free.map((b) => b.y));
  const w = x2 - x1;
  const h = y2 - y1;
  if (w === 0 || h === 0) return;
  const sx = w / h < aspect ? (h * aspect) / w : 1;
  const sy = w / h > aspect ? w / aspect / h : 1;
  const cx = (x1 + x2) / 2;
  const cy = (y1 + y2) / 2;
  const squeeze = 0.7;
  for (const box of free) {
    box.x = cx + (box.x - cx) * sx * squeeze;
    box.y = cy + (box.y - cy) * sy * squeeze;
  }
}

/**
 * The nodes of an expansion that need forces: a new node hanging from one anchor only is placed well
 * by its ring already, and forces over hundreds of such leaves cost a second for nothing (fcose runs
 * at least five iterations per node). New nodes tied to several nodes take part, with their anchors.
 */
function forceParticipants(job: LayoutJob): Set<string> {
  if (job.kind === 'whole') return new Set(job.nodes.map((box) => box.id));
  const fixed = new Set(job.nodes.filter((box) => box.fixed).map((box) => box.id));
  const ends = new Map<string, string[]>();
  for (const edge of job.edges) {
    ends.set(edge.source, [...(ends.get(edge.source) ?? []), edge.target]);
    ends.set(edge.target, [...(ends.get(edge.target) ?? []), edge.source]);
  }
  const linked = job.nodes.filter((box) => {
    if (box.fixed) return false;
    const others = ends.get(box.id) ?? [];
    return !(others.length === 1 && fixed.has(others[0] ?? ''));
  });
  const out = new Set(linked.map((box) => box.id));
  for (const box of linked) for (const other of ends.get(box.id) ?? []) if (fixed.has(other)) out.add(other);
  return out;
}

/** Runs fcose over `boxes` (those named in `take`) on a headless Cytoscape and moves the free ones. */
function force(job: LayoutJob, boxes: LayoutBox[], take: Set<string>): number {
  const taking = boxes.filter((box) => take.has(box.id));
  if (taking.length < 2 || taking.every((box) => box.fixed)) return 0;
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    // Headless Cytoscape puts every node at the origin unless told to keep the given positions.
    layout: { name: 'preset' },
    style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)', shape: 'rectangle' } }],
    elements: [
      ...taking.map((box) => ({ group: 'nodes' as const, data: { id: box.id, w: Math.max(1, box.w), h: Math.max(1, box.h) }, position: { x: box.x, y: box.y } })),
      ...job.edges.filter((edge) => take.has(edge.source) && take.has(edge.target)).map((edge, i) => ({ group: 'edges' as const, data: { id: `e${i}`, source: edge.source, target: edge.target } })),
    ],
  });
  cy.layout(fcoseOptions(job, taking.filter((box) => box.fixed))).run();
  let moved = 0;
  for (const box of taking) {
    if (box.fixed) continue;
    const at = cy.getElementById(box.id).position();
    box.x = at.x;
    box.y = at.y;
    moved += 1;
  }
  cy.destroy();
  return moved;
}

/**
 * New labels find room among the ones already drawn, which never move: nearest to an anchor first, so
 * the spots next to the anchors go to the nodes that hang from them.
 */
function makeRoom(job: LayoutJob, boxes: LayoutBox[]): Map<string, { dx: number; dy: number }> {
  const fixed = new Map(boxes.filter((box) => box.fixed).map((box) => [box.id, box]));
  const free = new Map(boxes.filter((box) => !box.fixed).map((box) => [box.id, box]));
  const reach = new Map<string, number>();
  for (const edge of job.edges) {
    for (const [from, to] of [[edge.source, edge.target], [edge.target, edge.source]] as const) {
      const anchor = fixed.get(to);
      const box = free.get(from);
      if (anchor && box) reach.set(from, Math.min(reach.get(from) ?? Infinity, Math.hypot(box.x - anchor.x, box.y - anchor.y)));
    }
  }
  const movable = [...free.values()].sort((a, b) => (reach.get(a.id) ?? 0) - (reach.get(b.id) ?? 0) || (a.id < b.id ? -1 : 1));
  return settleInFreeSpace(movable.map(edges), [...fixed.values(), ...job.obstacles].map(edges), LABEL_GAP);
}

/** A small fast PRNG (mulberry32): the same seed gives the same numbers everywhere. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed of a job: its nodes and edges, so the same data gives the same first layout on every load. */
function seedOf(job: LayoutJob): number {
  let hash = 2166136261;
  const mix = (text: string): void => {
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  };
  for (const box of job.nodes) mix(box.id);
  for (const edge of job.edges) mix(`${edge.source}>${edge.target}`);
  return hash >>> 0;
}

/**
 * Runs `work` with Math.random replaced by a seeded generator: fcose draws its spectral samples and
 * random start from Math.random, so the same data would otherwise be arranged differently on every load.
 */
function seeded<T>(seed: number, work: () => T): T {
  const native = Math.random;
  Math.random = seededRandom(seed);
  try {
    return work();
  } finally {
    Math.random = native;
  }
}

/** Lays out the job's nodes, pushes overlapping labels apart, and returns where the movable ones go. */
export function computeLayout(job: LayoutJob): LayoutOutcome {
  return seeded(seedOf(job), () => computeSeeded(job));
}

/**
 * A first layout starts from wherever the page happened to look (the view's centre), and fcose's result
 * is not the same for a shifted start: the boxes are moved to centre on the origin, so the same data
 * gives the same first layout whatever the page's view was. (The page fits the view afterwards.)
 */
function centred(job: LayoutJob): LayoutBox[] {
  const boxes = job.nodes.map((box) => ({ ...box }));
  if (job.kind !== 'whole' || !job.randomize || boxes.length === 0 || boxes.some((box) => box.fixed)) return boxes;
  const cx = Math.round(boxes.reduce((sum, box) => sum + box.x, 0) / boxes.length);
  const cy = Math.round(boxes.reduce((sum, box) => sum + box.y, 0) / boxes.length);
  // Rounded too: sizes measured at another place differ in their last bits, and fcose amplifies those.
  const round = (value: number): number => Math.round(value * 100) / 100;
  for (const box of boxes) {
    box.x = round(box.x - cx);
    box.y = round(box.y - cy);
    box.w = round(box.w);
    box.h = round(box.h);
  }
  return boxes;
}

function computeSeeded(job: LayoutJob): LayoutOutcome {
  const started = performance.now();
  const boxes = centred(job);
  const forced = force(job, boxes, forceParticipants(job));
  if (job.aspect !== null) stretch(boxes, job.aspect);

  const shifts = job.kind === 'whole' ? separate(boxes.map(edges), LABEL_GAP) : makeRoom(job, boxes);

  const positions: LayoutPositions = {};
  for (const box of boxes) {
    if (box.fixed) continue;
    const shift = shifts.get(box.id) ?? { dx: 0, dy: 0 };
    positions[box.id] = { x: box.x + shift.dx, y: box.y + shift.dy };
  }
  return { positions, forced, computeMs: performance.now() - started };
}
