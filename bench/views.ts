/**
 * `npm run bench:views [-- --nodes 100000 --runs 3]`: the timeline, the map and the structure measures at scale.
 * 1. In memory: the synthetic corpus's entity graph handed to the server's own measures
 *    (structure-measures.ts) and the slicer's rule (client/core/time/slice.ts) on a 5,000-node canvas.
 * 2. In Neo4j (the same corpus, bulk-imported): the timeline's and the map's queries profiled (which 1,000
 *    are chosen and how many rows Neo4j touches for them), and the latency of a leaf's detail while the first
 *    betweenness request is computed, on the main thread (the old way) and in the worker.
 * 3. In headless Chromium, on the real client and server: opening the timeline and the map to their 1,000
 *    items drawn, a brush slicing the canvas, wheel zooms of both and a drag of the map.
 */
import neo4j from 'neo4j-driver';
import { generateCorpus } from './generate.ts';
import { startWithBulkImport } from './load-synthetic.ts';
import { BENCH_PASSWORD, BENCH_USER } from './neo4j-instance.ts';
import { probesOf } from './probes.ts';
import { flags, fmt, loadAverage, machineLine, table, writeSection } from './results.ts';
import { startServer } from './server-process.ts';
import { measureViewsInBrowser, type Distribution, type PanelRun } from './views-browser.ts';
import { structureLatency } from './views-latency.ts';
import { betweennessScores, buildStructureGraph, communities, degreeScores, pagerankScores } from '../server/services/structure-measures.ts';
import { ensureClientBuilt } from '../server/client-build.ts';
import { cypher } from '../store/cypher-files.ts';
import { sliceKeeps } from '../client/core/time/slice.ts';

const args = flags(process.argv.slice(2));
const NODES = Number(args.get('nodes') ?? 100_000);
const CANVAS = Number(args.get('canvas') ?? 5000);
const RUNS = Number(args.get('runs') ?? 3);
const LIMIT = 1000;
const SHOTS = { timeline: '/tmp/sila-bench-timeline.png', map: '/tmp/sila-bench-map.png', page: '/tmp/sila-bench-brushed.png' };

async function timed<T>(work: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work();
  return { value, ms: performance.now() - start };
}

interface PlanNode {
  operatorType: string;
  dbHits: number;
  rows: number;
  children: PlanNode[];
}
const operators = (plan: PlanNode): string[] => [plan.operatorType.replace(/@neo4j$/, ''), ...plan.children.flatMap(operators)];
const dbHits = (plan: PlanNode): number => plan.dbHits + plan.children.reduce((sum, child) => sum + dbHits(child), 0);
/** The rows of the first operator that reads nodes: how many Neo4j looked at to choose the items. */
const scanned = (plan: PlanNode): number => {
  const leaf = plan.children.length === 0 ? plan : null;
  if (leaf) return leaf.rows;
  return Math.max(...plan.children.map(scanned));
};

async function profileQueries(uri: string): Promise<(string | number)[][]> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(BENCH_USER, BENCH_PASSWORD));
  const rows: (string | number)[][] = [];
  try {
    for (const [name, params] of [['views/timeline-entities', { limit: LIMIT }], ['views/places', { limit: LIMIT, ties: 12 }]] as const) {
      const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
      try {
        const profile = await session.run(`PROFILE ${cypher(name)}`, params);
        const plan = profile.summary.profile as unknown as PlanNode | false;
        const times: number[] = [];
        for (let i = 0; i < 5; i++) times.push((await timed(() => session.executeRead((tx) => tx.run(cypher(name), params)))).ms);
        times.sort((a, b) => a - b);
        rows.push([name, profile.records.length, plan ? scanned(plan) : '?', plan ? dbHits(plan) : '?', plan ? [...new Set(operators(plan))].join(', ') : '?', fmt(times[2] ?? Number.NaN)]);
      } finally {
        await session.close();
      }
    }
  } finally {
    await driver.close();
  }
  return rows;
}

const dist = (d: Distribution): string => `${fmt(d.p50)} / ${fmt(d.p95)} / ${fmt(d.max)}`;
const panelRows = (runs: PanelRun[]): (string | number)[][] =>
  runs.map((r) => [r.run === 1 ? '1 (server cold)' : `${r.run} (server cache)`, fmt(r.apiMs), fmt(r.afterApiMs), fmt(r.totalMs), r.count, r.svgElements, r.labels]);

async function main(): Promise<void> {
  const machine = machineLine([`${NODES} nodes generated`]);
  const loadBefore = loadAverage();
  const corpus = generateCorpus({ nodes: NODES, seed: 1 });
  const { graph } = corpus;
  const entities = graph.nodes.filter((n) => n.labels.includes('Entity'));
  const ids = entities.map((n) => n.id);
  const entityIds = new Set(ids);
  const pairs = graph.edges.filter((e) => entityIds.has(e.source) && entityIds.has(e.target)).map((e) => [e.source, e.target] as const);

  const built = await timed(() => buildStructureGraph(ids, pairs));
  const g = built.value;
  const degree = await timed(() => degreeScores(g));
  const betweenness = await timed(() => betweennessScores(g));
  const pagerank = await timed(() => pagerankScores(g));
  const louvain = await timed(() => communities(g));

  // A canvas of the CANVAS best-connected entities and the facts among them, sliced to one year.
  const top = Object.entries(degree.value).sort((a, b) => b[1] - a[1]).slice(0, CANVAS).map(([id]) => id);
  const onCanvas = new Set(top);
  const canvasNodes = entities.filter((n) => onCanvas.has(n.id));
  const canvasEdges = pairs.filter(([s, t]) => onCanvas.has(s) && onCanvas.has(t)).map(([source, target]) => ({ source, target }));
  const runs: number[] = [];
  let kept = 0;
  for (let i = 0; i < 20; i++) {
    const run = await timed(() => sliceKeeps({ nodes: canvasNodes, edges: canvasEdges, known: new Map() }, { start: '2019-01-01', end: '2019-12-31' }));
    runs.push(run.ms);
    kept = run.value.size;
  }
  runs.sort((a, b) => a - b);
  console.log(`in memory: build ${fmt(built.ms)} ms, betweenness ${fmt(betweenness.ms)} ms`);

  const { leaf } = probesOf(graph);
  const { neo4j: bench } = await startWithBulkImport(corpus, console.log);
  let plans: (string | number)[][];
  let latency: Awaited<ReturnType<typeof structureLatency>>[];
  let drawn: Awaited<ReturnType<typeof measureViewsInBrowser>>;
  try {
    const uri = bench.neo4j.uri;
    plans = await profileQueries(uri);
    latency = [await structureLatency(uri, leaf, 'main thread', console.log), await structureLatency(uri, leaf, 'worker', console.log)];
    await ensureClientBuilt(console.log);
    const { url, child } = await startServer(uri);
    try {
      drawn = await measureViewsInBrowser(url, { runs: RUNS, shots: SHOTS }, console.log);
    } finally {
      child.kill('SIGTERM');
    }
  } finally {
    await bench.stop();
  }

  const serverRows: (string | number)[][] = [
    ['build the graphology graph', fmt(built.ms)],
    ['degree', fmt(degree.ms)],
    [`betweenness (${betweenness.value.exact ? 'exact' : `sampled, ${betweenness.value.sources ?? 0} sources`})`, fmt(betweenness.ms)],
    ['PageRank', fmt(pagerank.ms)],
    [`Louvain (${louvain.value.sizes.length} communities)`, fmt(louvain.ms)],
    [`slicer rule on ${canvasNodes.length} nodes, ${canvasEdges.length} edges (median of 20; ${kept} kept)`, fmt(runs[Math.floor(runs.length / 2)] ?? 0)],
  ];
  const body = [
    '## Timeline, map and structure (bench:views)',
    '',
    `${machine} · ${drawn.version} · load average ${loadAverage().toFixed(2)} at the end (${loadBefore.toFixed(2)} at start)`,
    '',
    `### Structure and time slicer, in memory (${g.order} entities, ${g.size} distinct links, ${pairs.length} facts)`,
    '',
    table(['step', 'ms'], serverRows),
    '',
    'The server computes each measure once per graph version and keeps it; these are the first-request costs, now paid in',
    'the structure worker thread (server/services/structure-runner.ts).',
    '',
    '### Which 1,000: the views\' queries on the same corpus in Neo4j (PROFILE, then the median of 5 runs)',
    '',
    table(['query', 'rows returned', 'nodes read to choose them', 'db hits', 'operators', 'median (ms)'], plans),
    '',
    'Both choose the most connected: the timeline the dated entities (events, Date nodes, entities with a date or a',
    'Date node) with the most facts with other entities, the map the places with coordinates with the most facts;',
    'ties by id. The degree is not stored, so Neo4j reads every candidate of the label and keeps the best 1,000',
    'in a bounded top-k (Top), not a full sort.',
    '',
    `### A leaf's detail while the first betweenness request is computed (\`GET /api/nodes/${leaf}\`, one call after another)`,
    '',
    table(
      ['structure computed on', 'first /api/structure?measure=betweenness (ms)', 'idle p50 / p95 (ms)', 'during p50 / p95 / max (ms)', 'calls answered during'],
      latency.map((r) => [r.mode, fmt(r.structureMs), `${fmt(r.idle.p50)} / ${fmt(r.idle.p95)}`, `${fmt(r.during.p50)} / ${fmt(r.during.p95)} / ${fmt(r.during.max)}`, r.during.calls]),
    ),
    '',
    '"main thread" is the server before the worker (bench/serve.ts with SILA_BENCH_STRUCTURE=main: the same jobs on',
    'the event loop, yielding every 16 sources); "worker" is the server as it ships.',
    '',
    '### Drawing in Chromium (real client and server, 1440×900, fresh context per run)',
    '',
    'Time from the click on the panel\'s button to the frame after its items are in the SVG; "API" is when the',
    'answer had arrived (resource timing), the rest is parsing, checking and drawing.',
    '',
    'Timeline (`GET /api/timeline`, limit 1,000):',
    '',
    table(['run', 'API answered (ms)', 'then drawn in (ms)', 'click → drawn (ms)', 'items', 'SVG elements', 'labels drawn'], panelRows(drawn.timeline)),
    '',
    'Map (`GET /api/places`, limit 1,000, with the basemap):',
    '',
    table(['run', 'API answered (ms)', 'then drawn in (ms)', 'click → drawn (ms)', 'points', 'SVG elements', 'labels drawn'], panelRows(drawn.map)),
    '',
    'Interactions (p50 / p95 / max, ms):',
    '',
    table(
      ['interaction', 'figures'],
      [
        [`brush ${drawn.brush.range} on the timeline: mouse-up to the next frame, canvas sliced (${drawn.brush.canvasBefore} → ${drawn.brush.canvasAfter} nodes drawn)`, fmt(drawn.brush.updateMs)],
        [`wheel zoom of the time axis, ${drawn.timelineItems} items: handler / to the second frame after`, `${dist(drawn.timelineZoom.sync)} · ${dist(drawn.timelineZoom.framed)}`],
        [`wheel zoom of the map, ${drawn.places} points: handler / to the second frame after`, `${dist(drawn.mapZoom.sync)} · ${dist(drawn.mapZoom.framed)}`],
        ['drag of the map (30 steps): frame intervals', dist(drawn.mapPan)],
      ],
    ),
  ].join('\n');
  writeSection('views', body);
  console.log(body);
  console.log(`screenshots: ${Object.values(SHOTS).join(', ')}`);
}

await main();
