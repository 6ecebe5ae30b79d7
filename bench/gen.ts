/**
 * `npm run gen -- --nodes N --seed S [--data-dir DIR]`: generates a deterministic synthetic corpus, loads
 * it through seed/loader.ts into a throwaway Neo4j (or into DIR, kept for `npm run bench:api -- --data-dir DIR`)
 * and records the load rate in bench/RESULTS.md.
 */
import { startBenchNeo4j } from './neo4j-instance.ts';
import { loadSynthetic } from './load-synthetic.ts';
import { probesOf } from './probes.ts';
import { flags, machineLine, table, writeSection } from './results.ts';

const args = flags(process.argv.slice(2));
const nodes = Number(args.get('nodes') ?? 100_000);
const seed = Number(args.get('seed') ?? 1);
if (!Number.isInteger(nodes) || nodes < 10 || !Number.isInteger(seed)) {
  console.error('usage: npm run gen -- --nodes N (>= 10) --seed S [--data-dir DIR]');
  process.exit(2);
}

const machine = machineLine();
const neo4j = await startBenchNeo4j(args.get('data-dir'));
try {
  if (neo4j.reused) throw new Error(`${neo4j.dataDir} already holds a database; give an empty or new --data-dir`);
  const load = await loadSynthetic(neo4j.db, nodes, seed, console.log);
  const rows = load.nodes + load.relationships;
  writeSection(
    'gen',
    `## Generator and load rate (\`npm run gen -- --nodes ${nodes} --seed ${seed}\`)

${machine} · Neo4j heap ${process.env.NEO4J_HEAP ?? '?'}, page cache ${process.env.NEO4J_PAGECACHE ?? '?'}

${table(
  ['nodes', 'relationships', 'generate (s)', 'load (s)', 'rows/s (nodes + relationships)', 'full-text indexes', 'index build after load (s)', 'batch', 'transactions'],
  [[load.nodes, load.relationships, (load.generateMs / 1000).toFixed(1), (load.loadMs / 1000).toFixed(1), Math.round(load.rowsPerSecond), load.deferFullText ? 'created after the load' : 'present during the load', (load.indexMs / 1000).toFixed(1), load.batchSize, 'one per batch']],
)}

Probes used by bench:api: ${Object.entries(probesOf(load.corpus.graph)).map(([k, v]) => `${k} \`${v}\``).join(', ')}.
Rows are loaded with \`loadGraph\` (validation with the contract's \`graphSchema\` included in the load time).`,
  );
  console.log(`${rows} rows, ${Math.round(load.rowsPerSecond)} rows/s`);
} finally {
  await neo4j.stop();
}
