/**
 * The standalone page of `npm run bench:client`: builds synthetic scenes of a given number of elements
 * and times Cytoscape's canvas and WebGL renderers on them. Everything is driven from bench/client.ts
 * through `window.__bench`; nothing here decides what is fast.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { createLayoutRunner } from '../../client/views/canvas/layout-runner.ts';
import { layoutAround, placeOnRings } from '../../client/views/canvas/worker-layout.ts';
import { sliceKeeps } from '../../client/core/time/slice.ts';
import { applySlice } from '../../client/views/timeline/slice-on-canvas.ts';

cytoscape.use(fcose);

/** Started with the page, as the client starts its own: the worker loads and warms up meanwhile. */
const runner = createLayoutRunner();

export interface FrameFigures {
  frames: number;
  fps: number;
  meanMs: number;
  p95Ms: number;
  maxMs: number;
}

export interface ExpansionFigures {
  /** New nodes on their rings, one frame painted. */
  placedMs: number;
  /** The worker's positions back on the page (the layout itself). */
  layoutMs: number;
  /** Positions applied and their 300 ms animation ended. */
  settledMs: number;
  /** Computing time inside the worker. */
  workerMs: number;
  /** New nodes the force-directed run moved (the rest hang from one anchor and keep their ring place). */
  forced: number;
  longestTaskMs: number;
  tasksOver100: number;
  /** Pairs of label boxes that overlap once settled, with at least one new node in the pair. */
  overlaps: number;
  inWorker: boolean;
}

export interface SliceFigures {
  nodes: number;
  edges: number;
  /** Nodes the range keeps (dated in it, or joined to one that is). */
  kept: number;
  /** The rule (client/core/time/slice.ts) over the canvas's nodes and edges. */
  ruleMs: number;
  /** Rule and hiding the others on the canvas, as the client's slicer does, until the next frame is painted. */
  paintedMs: number;
  /** Clearing the range: every node back, next frame painted. */
  clearedMs: number;
}

export interface SceneOptions {
  elements: number;
  webgl: boolean;
  /** Draw node labels (text is what the WebGL renderer has to upload as textures). */
  labels?: boolean;
  hideLabelsWhileMoving: boolean;
  seed: number;
}

const container = document.getElementById('cy') as HTMLElement;
let cy: cytoscape.Core | null = null;

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
const COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#e377c2', '#17becf'];

/** Two fifths nodes, three fifths edges (the article graph's proportion), edges skewed towards hubs. */
function elementsOf(total: number, seed: number, idPrefix = 'n'): cytoscape.ElementDefinition[] {
  const next = random(seed);
  const nodeCount = Math.max(2, Math.round(total * 0.4));
  const edgeCount = total - nodeCount;
  const side = Math.sqrt(nodeCount) * 70;
  const out: cytoscape.ElementDefinition[] = [];
  for (let i = 0; i < nodeCount; i++) {
    let label = '';
    for (let k = 0; k < 4 + Math.floor(next() * 6); k++) label += LETTERS[Math.floor(next() * LETTERS.length)] ?? '';
    out.push({
      group: 'nodes',
      data: { id: `${idPrefix}${i}`, label, color: COLORS[i % COLORS.length] },
      position: { x: next() * side, y: next() * side },
    });
  }
  for (let i = 0; i < edgeCount; i++) {
    const source = i < nodeCount - 1 ? i + 1 : Math.floor(next() * nodeCount);
    const target = Math.floor(nodeCount * next() ** 3);
    out.push({ group: 'edges', data: { id: `${idPrefix}e${i}`, source: `${idPrefix}${source}`, target: `${idPrefix}${target === source ? (target + 1) % nodeCount : target}` } });
  }
  return out;
}

const style: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'background-color': 'data(color)',
      width: 22,
      height: 22,
      'font-size': 13,
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
    },
  },
  { selector: 'edge', style: { width: 1.5, 'line-color': '#9aa5b1', 'curve-style': 'straight', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#9aa5b1' } },
  { selector: '.moving', style: { label: '' } },
];

const nextFrame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));

/** Creates the scene and resolves once its first frame has been painted; returns the time it took. */
async function draw(options: SceneOptions): Promise<{ firstDrawMs: number; webglActive: boolean }> {
  cy?.destroy();
  const elements = elementsOf(options.elements, options.seed);
  const started = performance.now();
  cy = cytoscape({
    container,
    style: options.labels === false ? [...style, { selector: 'node', style: { label: '' } }] : style,
    elements,
    layout: { name: 'preset' },
    renderer: { name: 'canvas', webgl: options.webgl },
  } satisfies WithRenderer as cytoscape.CytoscapeOptions);
  cy.fit(undefined, 20);
  // The WebGL mode emits no 'render' event: Cytoscape draws inside its own animation frame, so the frame
  // after the next one starts once the first picture is painted.
  await nextFrame();
  await nextFrame();
  const firstDrawMs = performance.now() - started;
  if (options.hideLabelsWhileMoving) hideLabelsWhileMoving();
  return { firstDrawMs, webglActive: webglInUse() };
}

/** Cytoscape's typings predate the WebGL mode: the option and the renderer handle are declared here. */
type WithRenderer = cytoscape.CytoscapeOptions & { renderer: { name: 'canvas'; webgl: boolean } };

function webglInUse(): boolean {
  const core = cy as unknown as { renderer(): { webgl?: boolean } } | null;
  return core?.renderer().webgl === true;
}

/** What the client should do on big scenes: drop labels while the viewport moves, restore them after. */
function hideLabelsWhileMoving(): void {
  const instance = cy;
  if (!instance) return;
  let timer: number | undefined;
  let moving = false;
  instance.on('viewport', () => {
    if (!moving) {
      moving = true;
      instance.batch(() => instance.nodes().addClass('moving'));
    }
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      moving = false;
      instance.batch(() => instance.nodes().removeClass('moving'));
    }, 150);
  });
}

/** Pans and zooms continuously for `durationMs`, one step per animation frame, and times the frames drawn. */
async function panZoom(durationMs: number): Promise<FrameFigures> {
  const instance = cy;
  if (!instance) throw new Error('no scene');
  // Frame stamps are animation-frame callbacks: Cytoscape renders in its own frame callback, so a slow
  // render delays the next frame for every renderer alike.
  const stamps: number[] = [];
  const start = performance.now();
  const baseZoom = instance.zoom();
  let step = 0;
  while (performance.now() - start < durationMs) {
    step += 1;
    instance.viewport({
      zoom: baseZoom * (1.6 + 0.5 * Math.sin(step / 15)),
      pan: { x: instance.pan().x + 6 * Math.cos(step / 40), y: instance.pan().y + 4 * Math.sin(step / 40) },
    });
    stamps.push(await nextFrame());
  }
  const intervals = stamps.slice(1).map((t, i) => t - (stamps[i] ?? t)).sort((a, b) => a - b);
  const elapsed = (stamps.at(-1) ?? start) - (stamps[0] ?? start);
  return {
    frames: stamps.length,
    fps: stamps.length > 1 ? ((stamps.length - 1) * 1000) / elapsed : 0,
    meanMs: intervals.length > 0 ? elapsed / intervals.length : Number.NaN,
    p95Ms: intervals[Math.min(intervals.length - 1, Math.ceil(intervals.length * 0.95) - 1)] ?? Number.NaN,
    maxMs: intervals.at(-1) ?? Number.NaN,
  };
}

/** Runs fcose over the whole scene, as the client does on a first draw; returns its wall time. */
async function layout(quality: 'draft' | 'default' | 'proof'): Promise<number> {
  const instance = cy;
  if (!instance) throw new Error('no scene');
  const started = performance.now();
  await new Promise<void>((resolve) => {
    const run = instance.layout({ name: 'fcose', quality, randomize: true, animate: false, fit: true } as cytoscape.LayoutOptions);
    run.one('layoutstop', () => resolve());
    run.run();
  });
  return performance.now() - started;
}

/**
 * An expansion as the client does it: `count` new neighbours of the biggest hub, a quarter of them tied to
 * one more node (another new one or one already drawn) as real neighbourhoods are; the client's own code
 * places them on rings, sends the layout to its worker and animates the answer in. Long tasks are those
 * of the page's main thread during the whole expansion (Long Tasks API).
 */
async function expand(count: number): Promise<ExpansionFigures> {
  const instance = cy;
  if (!instance) throw new Error('no scene');
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  const existing = instance.nodes();
  const hub = existing.max((n) => n.degree(false)).ele;
  const next = random(count);
  const added: cytoscape.ElementDefinition[] = [];
  for (let i = 0; i < count; i++) {
    added.push({ group: 'nodes', data: { id: `x${i}`, label: `جديد ${i}`, color: '#444' } });
    added.push({ group: 'edges', data: { id: `xe${i}`, source: hub.id(), target: `x${i}` } });
    if (i % 4 === 3) {
      const other = next() < 0.5 && i > 0 ? `x${Math.floor(next() * i)}` : existing[Math.floor(next() * existing.length)]?.id() ?? hub.id();
      added.push({ group: 'edges', data: { id: `xt${i}`, source: `x${i}`, target: other } });
    }
  }
  await nextFrame();
  const before = runner.stats();
  performance.clearMarks('sila:layout-answered');
  const started = performance.now();
  const fresh = instance.add(added).nodes();
  placeOnRings(instance, fresh);
  await nextFrame();
  const placedMs = performance.now() - started;
  const run = layoutAround(instance, runner, fresh, { animate: true, fit: false });
  const { forced } = await run.done;
  const settledMs = performance.now() - started;
  const answered = performance.getEntriesByName('sila:layout-answered').at(-1)?.startTime ?? Number.NaN;
  await nextFrame();
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  const after = runner.stats();
  const boxes = instance.nodes().map((n) => ({ fresh: fresh.contains(n), box: n.boundingBox({ includeLabels: true }) }));
  let overlaps = 0;
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      if (a && b && (a.fresh || b.fresh) && a.box.x1 < b.box.x2 && b.box.x1 < a.box.x2 && a.box.y1 < b.box.y2 && b.box.y1 < a.box.y2) overlaps += 1;
    }
  }
  return {
    placedMs,
    layoutMs: answered - started,
    settledMs,
    workerMs: after.lastComputeMs,
    forced,
    longestTaskMs: Math.max(0, ...tasks),
    tasksOver100: tasks.filter((t) => t > 100).length,
    overlaps,
    inWorker: after.inWorker > before.inWorker,
  };
}

/** A day for the scene's node i, spread over 2015–2025 (the scenes carry no dates of their own). */
const dayOf = (i: number): string => `${2015 + (i % 11)}-${String(1 + ((i * 7) % 12)).padStart(2, '0')}-${String(1 + ((i * 13) % 28)).padStart(2, '0')}`;

/** The time slicer on the drawn scene, with the client's own rule and canvas code: the year 2023 is kept. */
async function slice(): Promise<SliceFigures> {
  const instance = cy;
  if (!instance) throw new Error('no scene drawn');
  const nodes = instance.nodes().map((n, i) => ({ id: n.id(), properties: { date: dayOf(i) } }));
  const edges = instance.edges().map((e) => ({ source: e.source().id(), target: e.target().id() }));
  const started = performance.now();
  const kept = sliceKeeps({ nodes, edges, known: new Map() }, { start: '2023-01-01', end: '2023-12-31' });
  const ruled = performance.now();
  const shown = applySlice(instance, kept);
  await nextFrame();
  await nextFrame();
  const painted = performance.now();
  applySlice(instance, null);
  await nextFrame();
  await nextFrame();
  return { nodes: nodes.length, edges: edges.length, kept: shown, ruleMs: ruled - started, paintedMs: painted - started, clearedMs: performance.now() - painted };
}

Object.assign(window, { __bench: { draw, panZoom, layout, expand, slice, ready: true } });
