/**
 * `npm run bench:views`: the structure computation and the time slicer's rule at scale. The synthetic
 * corpus (bench/generate.ts, 100k nodes by default) is built in memory and its entity graph handed to the
 * same code the server runs (server/services/structure-measures.ts): degree, sampled betweenness, PageRank,
 * Louvain. The slicer's rule (client/core/time/slice.ts) runs over a 5,000-node canvas of that corpus. What it
 * cannot show here (drawing in Chromium, reading the graph out of Neo4j) is said in the section.
 */
import { generateCorpus } from './generate.ts';
import { flags, fmt, machineLine, table, writeSection } from './results.ts';
import { betweennessScores, buildStructureGraph, communities, degreeScores, pagerankScores } from '../server/services/structure-measures.ts';
import { sliceKeeps } from '../client/core/time/slice.ts';

const args = flags(process.argv.slice(2));
const NODES = Number(args.get('nodes') ?? 100_000);
const CANVAS = Number(args.get('canvas') ?? 5000);

async function timed<T>(work: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work();
  return { value, ms: performance.now() - start };
}

async function main(): Promise<void> {
  const { graph } = generateCorpus({ nodes: NODES, seed: 1 });
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

  const rows: (string | number)[][] = [
    ['build the graphology graph', fmt(built.ms)],
    ['degree', fmt(degree.ms)],
    [`betweenness (${betweenness.value.exact ? 'exact' : `sampled, ${betweenness.value.sources ?? 0} sources`})`, fmt(betweenness.ms)],
    ['PageRank', fmt(pagerank.ms)],
    [`Louvain (${louvain.value.sizes.length} communities)`, fmt(louvain.ms)],
    [`slicer rule on ${canvasNodes.length} nodes, ${canvasEdges.length} edges (median of 20; ${kept} kept)`, fmt(runs[Math.floor(runs.length / 2)] ?? 0)],
  ];
  const body = [
    '## Structure and time slicer (bench:views)',
    '',
    machineLine([`${NODES} nodes generated: ${g.order} entities, ${g.size} distinct links (${pairs.length} facts)`]),
    '',
    table(['step', 'ms'], rows),
    '',
    'The server computes each measure once per graph version and keeps it; these are the first-request costs. Reading',
    'the entity graph out of Neo4j (views/structure-nodes, views/structure-edges) and drawing the timeline, the map and',
    'the slice in Chromium are not measured by this script.',
  ].join('\n');
  writeSection('views', body);
  console.log(body);
}

await main();
