/**
 * `npm run bench:client`: in headless Chromium, the time from navigation to the article graph drawn by
 * the real client, then standalone scenes of 1k, 5k and 20k elements drawn by Cytoscape's canvas renderer
 * (with and without labels while moving) and its WebGL renderer side by side: first draw, fcose layout,
 * frame times while panning and zooming, an incremental layout of 200 new nodes; and the client's
 * JavaScript size. Figures go to bench/RESULTS.md.
 */
import { createReadStream, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { seedIfEmpty } from '../corpus/seed-database.ts';
import { startServer } from './server-process.ts';
import { clientDist } from '../server/app.ts';
import { ensureClientBuilt } from '../server/client-build.ts';
import { workerChunk } from '../client/vite-worker-chunk.ts';
import type { ExpansionFigures, FrameFigures, SceneOptions, SliceFigures } from './client/scene.ts';
import { startBenchNeo4j } from './neo4j-instance.ts';
import { flags, fmt, loadAverage, machineLine, table, writeSection } from './results.ts';

const args = flags(process.argv.slice(2));
const SIZES = (args.get('sizes') ?? '1000,5000,20000').split(',').map(Number);
const PAN_ZOOM_MS = Number(args.get('pan-ms') ?? 3000);
const APP_RUNS = 3;
const SLICE_RUNS = 7;

interface BenchApi {
  draw(options: SceneOptions): Promise<{ firstDrawMs: number; webglActive: boolean }>;
  panZoom(durationMs: number): Promise<FrameFigures>;
  layout(quality: 'draft' | 'default' | 'proof'): Promise<number>;
  expand(count: number): Promise<ExpansionFigures>;
  slice(): Promise<SliceFigures>;
}
declare global {
  interface Window {
    __bench: BenchApi;
  }
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.woff2': 'font/woff2', '.woff': 'font/woff' };

function serveDirectory(root: string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, path === '/' ? 'index.html' : path);
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server })));
}

/** page.evaluate has no timeout of its own; a scene that never paints must not hang the run. */
function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer after ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
}

async function openScenePage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url);
  await page.waitForFunction(() => window.__bench !== undefined);
  return page;
}

interface Variant {
  name: string;
  webgl: boolean;
  hideLabelsWhileMoving: boolean;
  labels?: boolean;
}
const VARIANTS: Variant[] = [
  { name: 'canvas', webgl: false, hideLabelsWhileMoving: false },
  { name: 'canvas, labels hidden while moving', webgl: false, hideLabelsWhileMoving: true },
  { name: 'WebGL', webgl: true, hideLabelsWhileMoving: false },
  // Labels are what the WebGL renderer uploads as textures: without them, what is left is drawing itself.
  { name: 'WebGL, no labels', webgl: true, hideLabelsWhileMoving: false, labels: false },
];

interface SceneRow {
  elements: number;
  variant: string;
  webglActive: boolean;
  firstDrawMs: number;
  frames: FrameFigures;
}

async function scenes(browser: Browser, url: string, log: (line: string) => void): Promise<{ rows: SceneRow[]; layouts: (string | number)[][]; slices: (string | number)[][] }> {
  const rows: SceneRow[] = [];
  const layouts: (string | number)[][] = [];
  const slices: (string | number)[][] = [];
  for (const elements of SIZES) {
    for (const variant of VARIANTS) {
      // A fresh page per scene, so one renderer's caches and garbage do not weigh on the next.
      const page = await openScenePage(browser, url);
      try {
        const drawn = await withTimeout(page.evaluate((o) => window.__bench.draw(o), { elements, webgl: variant.webgl, hideLabelsWhileMoving: variant.hideLabelsWhileMoving, labels: variant.labels ?? true, seed: 7 }), 300_000, 'first draw');
        const frames = await withTimeout(page.evaluate((ms) => window.__bench.panZoom(ms), PAN_ZOOM_MS), 300_000, 'pan and zoom');
        rows.push({ elements, variant: variant.name, webglActive: drawn.webglActive, firstDrawMs: drawn.firstDrawMs, frames });
        log(`${elements} elements, ${variant.name}: first draw ${fmt(drawn.firstDrawMs)} ms, ${frames.fps.toFixed(1)} fps (p95 frame ${fmt(frames.p95Ms)} ms)`);
        if (variant.name === 'canvas') {
          const draft = await page.evaluate(() => window.__bench.layout('draft'));
          const standard = elements <= 5000 ? await page.evaluate(() => window.__bench.layout('default')) : Number.NaN;
          layouts.push([elements, Math.round(elements * 0.4), fmt(draft), Number.isNaN(standard) ? 'not run' : fmt(standard)]);
          log(`${elements} elements: fcose draft ${fmt(draft)} ms, default ${fmt(standard)} ms`);
          const runs: SliceFigures[] = [];
          for (let run = 0; run < SLICE_RUNS; run++) runs.push(await withTimeout(page.evaluate(() => window.__bench.slice()), 120_000, 'slice'));
          const median = (pick: (f: SliceFigures) => number): number => runs.map(pick).sort((a, b) => a - b)[Math.floor(runs.length / 2)] ?? Number.NaN;
          const first = runs[0];
          if (first) {
            slices.push([elements, first.nodes, first.edges, first.kept, fmt(median((f) => f.ruleMs)), fmt(median((f) => f.paintedMs)), fmt(Math.max(...runs.map((f) => f.paintedMs))), fmt(median((f) => f.clearedMs))]);
            log(`${elements} elements: slice kept ${first.kept} of ${first.nodes} nodes, rule ${fmt(median((f) => f.ruleMs))} ms, painted ${fmt(median((f) => f.paintedMs))} ms`);
          }
        }
      } finally {
        await page.close();
      }
    }
  }
  return { rows, layouts, slices };
}

async function expansions(browser: Browser, url: string, log: (line: string) => void): Promise<(string | number)[][]> {
  const out: (string | number)[][] = [];
  for (const [elements, count] of [[250, 50], [1000, 200]] as const) {
    const page = await openScenePage(browser, url);
    try {
      await page.evaluate((o) => window.__bench.draw(o), { elements, webgl: false, hideLabelsWhileMoving: false, seed: 11 });
      await page.evaluate(() => window.__bench.layout('default'));
      const r = await withTimeout(page.evaluate((n) => window.__bench.expand(n), count), 120_000, 'expansion');
      if (!r.inWorker) throw new Error('the expansion layout did not run in the worker');
      out.push([`${Math.round(elements * 0.4)} nodes on the canvas`, count, r.forced, fmt(r.placedMs), fmt(r.layoutMs), fmt(r.workerMs), fmt(r.settledMs), fmt(r.longestTaskMs), r.tasksOver100, r.overlaps]);
      log(`expansion of ${count} on ${Math.round(elements * 0.4)} nodes: placed ${fmt(r.placedMs)} ms, layout ${fmt(r.layoutMs)} ms (worker ${fmt(r.workerMs)} ms), longest task ${fmt(r.longestTaskMs)} ms`);
    } finally {
      await page.close();
    }
  }
  return out;
}

/** Navigation to "article graph drawn": nodes on the canvas, the first layout stopped, one frame painted. */
async function articleDrawn(browser: Browser, log: (line: string) => void): Promise<(string | number)[][]> {
  const neo4j = await startBenchNeo4j();
  const out: (string | number)[][] = [];
  try {
    await seedIfEmpty(neo4j.db);
    const { url, child } = await startServer(neo4j.neo4j.uri);
    log(`article graph served at ${url}`);
    try {
      for (let run = 1; run <= APP_RUNS; run++) {
        // A new context per run: no HTTP cache, as on a first visit.
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const page = await context.newPage();
        await page.addInitScript(() => {
          const w = window as unknown as { __longTasks: number[] };
          w.__longTasks = [];
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) w.__longTasks.push(e.duration);
          }).observe({ type: 'longtask', buffered: true });
        });
        await page.goto(url);
        await page.waitForFunction(() => {
          const sila = (window as unknown as { __sila?: { cy: { nodes(): { length: number } } } }).__sila;
          return sila !== undefined && sila.cy.nodes().length > 0;
        }, undefined, { timeout: 60_000 });
        const figures = await withTimeout(page.evaluate(async () => {
          const w = window as unknown as {
            __sila: { settled(): Promise<void>; layoutStats(): { inWorker: number; lastComputeMs: number }; cy: { nodes(): { length: number }; edges(): { length: number } } };
            __longTasks: number[];
          };
          await w.__sila.settled();
          await new Promise((resolve) => requestAnimationFrame(resolve));
          const drawnAt = performance.now();
          const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
          const graph = performance.getEntriesByType('resource').find((entry) => new URL(entry.name).pathname === '/api/graph') as PerformanceResourceTiming | undefined;
          // No named functions in here: tsx would wrap them in a helper the page does not have.
          const marks = ['sila:layout-posted', 'sila:layout-answered'].map((name) => performance.getEntriesByName(name).at(-1)?.startTime ?? Number.NaN);
          const stats = w.__sila.layoutStats();
          return {
            drawnAt,
            domContentLoaded: nav?.domContentLoadedEventEnd ?? Number.NaN,
            graphAt: graph?.responseEnd ?? Number.NaN,
            posted: marks[0] ?? Number.NaN,
            answered: marks[1] ?? Number.NaN,
            workerMs: stats.inWorker > 0 ? stats.lastComputeMs : Number.NaN,
            nodes: w.__sila.cy.nodes().length,
            edges: w.__sila.cy.edges().length,
            longest: Math.max(0, ...w.__longTasks),
          };
        }), 120_000, 'article graph settled');
        out.push([run, fmt(figures.drawnAt), fmt(figures.domContentLoaded), fmt(figures.graphAt), fmt(figures.posted), fmt(figures.answered), fmt(figures.workerMs), figures.nodes, figures.edges, fmt(figures.longest)]);
        log(`article graph drawn after ${fmt(figures.drawnAt)} ms (${figures.nodes} nodes, ${figures.edges} edges; longest task ${fmt(figures.longest)} ms)`);
        await context.close();
      }
    } finally {
      child.kill('SIGTERM');
    }
  } finally {
    await neo4j.stop();
  }
  return out;
}

function bundleSizes(): { rows: (string | number)[][]; totalJsGzip: number } {
  const assets = join(clientDist, 'assets');
  const rows: (string | number)[][] = [];
  let totalJsGzip = 0;
  for (const name of readdirSync(assets).sort()) {
    if (!/\.(js|css)$/.test(name)) continue;
    const raw = readFileSync(join(assets, name));
    const gz = gzipSync(raw, { level: 9 }).length;
    if (name.endsWith('.js')) totalJsGzip += gz;
    rows.push([name, (raw.length / 1024).toFixed(1), (gz / 1024).toFixed(1)]);
  }
  return { rows, totalJsGzip };
}

/** What the big libraries weigh on their own (minified, gzipped), to say what dominates the bundle. */
function librarySizes(): (string | number)[][] {
  const root = join(import.meta.dirname, '..', 'node_modules');
  const files: [string, string[]][] = [
    ['cytoscape', ['cytoscape/dist/cytoscape.min.js']],
    ['cytoscape-fcose + cose-base + layout-base', ['cytoscape-fcose/cytoscape-fcose.js', 'cose-base/cose-base.js', 'layout-base/layout-base.js']],
    ['@codemirror/view + state + language + autocomplete + commands (unminified ESM sources, so an upper bound)', ['@codemirror/view/dist/index.js', '@codemirror/state/dist/index.js', '@codemirror/language/dist/index.js', '@codemirror/autocomplete/dist/index.js', '@codemirror/commands/dist/index.js']],
    ['zod v4 schemas (unminified sources)', ['zod/v4/classic/schemas.js', 'zod/v4/core/schemas.js']],
  ];
  return files.map(([name, paths]) => {
    let total = 0;
    for (const p of paths) {
      try {
        total += gzipSync(readFileSync(join(root, p)), { level: 9 }).length;
      } catch {
        return [name, 'not found'];
      }
    }
    return [name, (total / 1024).toFixed(1)];
  });
}

const machine = machineLine(['Chromium (Debian, headless, --disable-gpu: WebGL through SwiftShader)']);
const loadBefore = loadAverage();
const outDir = mkdtempSync(join(tmpdir(), 'sila-bench-page-'));
await build({ root: join(import.meta.dirname, 'client'), logLevel: 'warn', plugins: [workerChunk()], build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 5000 } });
const { url, server } = await serveDirectory(outDir);
await ensureClientBuilt(console.log);
console.log('bench page built, client built');
const browser = await launch();
console.log(`launched ${browser.version()}`);
let report: string;
try {
  const version = browser.version();
  const drawn = await articleDrawn(browser, console.log);
  const { rows, layouts, slices } = await scenes(browser, url, console.log);
  const expanded = await expansions(browser, url, console.log);
  const bundle = bundleSizes();

  const sceneTable = table(
    ['elements', 'renderer', 'WebGL active', 'first draw (ms)', 'pan/zoom fps', 'mean frame (ms)', 'p95 frame (ms)', 'max frame (ms)', 'fps vs canvas'],
    rows.map((r) => {
      const canvas = rows.find((c) => c.elements === r.elements && c.variant === 'canvas');
      return [r.elements, r.variant, r.webglActive ? 'yes' : 'no', fmt(r.firstDrawMs), r.frames.fps.toFixed(1), fmt(r.frames.meanMs), fmt(r.frames.p95Ms), fmt(r.frames.maxMs), canvas ? `${(r.frames.fps / canvas.frames.fps).toFixed(2)}×` : ''];
    }),
  );
  const faster = SIZES.map((elements) => {
    const here = rows.filter((r) => r.elements === elements);
    const best = here.reduce((a, b) => (b.frames.fps > a.frames.fps ? b : a));
    return `${elements}: ${best.variant}`;
  }).join('; ');

  report = `## Client rendering (\`npm run bench:client\`)

${machine} · ${version} · load average ${loadAverage().toFixed(2)} at the end (${loadBefore.toFixed(2)} at start)

### Article graph in the real client

Time from navigation start to the article graph drawn (nodes on the canvas, first layout stopped, next frame
painted), fresh browser context each run, server and Neo4j on this machine. The other columns say where the
time goes: the starting view's answer, the first layout sent to the layout worker and back (all in ms after
navigation), and the worker's own computing time.

${table(['run', 'drawn (ms after navigation)', 'DOMContentLoaded', 'starting view received', 'layout sent', 'layout back', 'layout in the worker (ms)', 'nodes', 'edges', 'longest main-thread task (ms)'], drawn)}

### Standalone scenes: canvas vs WebGL

Synthetic graphs (two fifths nodes, three fifths edges, Arabic-letter labels), preset positions, 1280×800,
${PAN_ZOOM_MS / 1000} s of continuous pan and zoom, one viewport step per animation frame; frame time is the interval between animation frames
(Cytoscape draws inside its own frame callback, so a slow draw delays the next frame). Headless Chromium renders WebGL in software (SwiftShader): compare renderers, do not quote fps.

${sceneTable}

Fastest per size in this run: ${faster}.

### fcose layout of the whole scene (canvas page, animate off, randomize on)

${table(['elements', 'nodes', 'draft (ms)', 'default quality (ms)'], layouts)}

### Time slicer on the canvas (canvas page; the client's rule and its canvas code)

Each node of the scene gets a day in 2015–2025; the range keeps 2023: the nodes dated in it and those joined to
them stay, the others are hidden with the bypass the client's slicer uses. Median of ${SLICE_RUNS} (max for "painted").
Target (issue 14): ≤ 100 ms on a 5,000-element canvas.

${table(['elements', 'nodes', 'edges', 'kept', 'rule (ms)', 'rule + hide, painted (ms)', 'max painted (ms)', 'range cleared, painted (ms)'], slices)}

### Incremental layout of an expansion (the client's code: rings, then fcose in the layout worker)

New neighbours of the biggest hub, a quarter of them tied to one more node. The client places them on rings
around the hub (drawn at once), then its layout worker runs fcose over the new nodes tied to more than one
node (with their anchors fixed) and pushes every new label clear of the others; the answer is animated in
(300 ms). "layout" is from adding the nodes to the worker's positions back on the page; long tasks are the
page's main thread over the whole expansion, animation included.

${table(['scene', 'new nodes', 'of them force-directed', 'placed and drawn (ms)', 'layout (ms)', 'in the worker (ms)', 'settled, animation included (ms)', 'longest main-thread task (ms)', 'tasks > 100 ms', 'overlapping labels after'], expanded)}

### Client JavaScript (dist/client, as \`npm run build\` makes it)

${table(['file', 'size (kB)', 'gzip -9 (kB)'], bundle.rows)}

Total JavaScript gzipped: **${(bundle.totalJsGzip / 1024).toFixed(1)} kB**. What the large libraries weigh on their own (gzipped):

${table(['library', 'gzip (kB)'], librarySizes())}`;
} finally {
  await browser.close();
  server.close();
  rmSync(outDir, { recursive: true, force: true });
}
writeSection('client', report);
console.log('written to bench/RESULTS.md');
