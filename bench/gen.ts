/**
 * `npm run gen -- --nodes N --seed S [--data-dir DIR]`: generates a deterministic synthetic corpus and loads
 * it twice, each time into a fresh Neo4j: with Neo4j's offline bulk importer (kept in DIR when given, for
 * `npm run bench:api -- --data-dir DIR`), and with the seed's own transactional loader. Both load rates go
 * to bench/RESULTS.md.
 */
import { generateCorpus } from './generate.ts';
import { loadWithSeedLoader, rowsPerSecond, startWithBulkImport, SYNTHETIC_BATCH_SIZE, type LoadFigures } from './load-synthetic.ts';
import { startBenchNeo4j } from './neo4j-instance.ts';
import { probesOf } from './probes.ts';
import { flags, loadAverage, machineLine, table, writeSection } from './results.ts';

const args = flags(process.argv.slice(2));
const nodes = Number(args.get('nodes') ?? 100_000);
const seed = Number(args.get('seed') ?? 1);
if (!Number.isInteger(nodes) || nodes < 10 || !Number.isInteger(seed)) {
  console.error('usage: npm run gen -- --nodes N (>= 10) --seed S [--data-dir DIR]');
  process.exit(2);
}

const machine = machineLine();
const started = performance.now();
const corpus = generateCorpus({ nodes, seed });
const generateMs = performance.now() - started;
console.log(`generated ${corpus.graph.nodes.length} nodes and ${corpus.graph.edges.length} relationships in ${(generateMs / 1000).toFixed(1)} s`);

const bulk = await startWithBulkImport(corpus, console.log, args.get('data-dir'));
await bulk.neo4j.stop();

const live = await startBenchNeo4j();
let seedLoader: LoadFigures;
try {
  seedLoader = await loadWithSeedLoader(live.db, corpus, console.log);
} finally {
  await live.stop();
}

const seconds = (ms: number | undefined): string => (ms === undefined ? '—' : (ms / 1000).toFixed(1));
const row = (name: string, f: LoadFigures): (string | number)[] => [
  name,
  seconds(f.loadMs),
  Math.round(rowsPerSecond(f)),
  seconds(f.indexMs),
  Math.round(rowsPerSecond(f, true)),
  seconds(f.startMs),
];
writeSection(
  'gen',
  `## Generator and load rate (\`npm run gen -- --nodes ${nodes} --seed ${seed}\`)

${machine} · Neo4j heap ${process.env.NEO4J_HEAP ?? '?'}, page cache ${process.env.NEO4J_PAGECACHE ?? '?'} · load average ${loadAverage().toFixed(2)} at the end

${corpus.graph.nodes.length} nodes and ${corpus.graph.edges.length} relationships (${corpus.graph.nodes.length + corpus.graph.edges.length} rows), generated in ${seconds(generateMs)} s. Each load goes into a fresh Neo4j and is checked by counting what the store holds afterwards.

${table(
  ['loader', 'load (s)', 'rows/s', 'indexes after the load (s)', 'rows/s with indexes', 'Neo4j start on the store (s)'],
  [
    row('bulk import (offline, empty store)', bulk.figures),
    row(`seed loader (online, UNWIND batches of ${SYNTHETIC_BATCH_SIZE}, one transaction each)`, seedLoader),
  ],
)}

- **Bulk import**: \`bench/bulk-load.ts\` validates the graph with the seed loader's \`checkGraph\`, writes it with Sila's CSV export
  (the neo4j-admin import layout; ${seconds(bulk.figures.csvMs)} s) and runs Neo4j's parallel importer (\`neo4j/…/BulkImport.java\`,
  a JVM of its own; ${seconds(bulk.figures.importMs)} s including its start) before Neo4j opens the store.
- **Seed loader**: \`loadGraph\` upserts by id (MERGE) in batches, as \`npm run seed\` does; constraints exist during the load.
- "indexes" applies cypher/schema.cypher afterwards (unique constraints, range and full-text indexes) and waits until all are online.

Probes used by bench:api: ${Object.entries(probesOf(corpus.graph)).map(([k, v]) => `${k} \`${v}\``).join(', ')}.`,
);
console.log(`bulk ${Math.round(rowsPerSecond(bulk.figures))} rows/s; seed loader ${Math.round(rowsPerSecond(seedLoader))} rows/s`);
