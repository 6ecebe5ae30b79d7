/** Generates the synthetic corpus and loads it with the seed's own loader, timing each step. */
import { applySchema, loadGraph } from '../seed/loader.ts';
import { schemaStatements } from '../server/db/cypher-files.ts';
import type { Database } from '../server/db/database.ts';
import { generateCorpus, type GeneratedCorpus } from './generate.ts';

/** Rows per UNWIND; each batch commits on its own (see LoadOptions.transactionPerBatch). */
export const SYNTHETIC_BATCH_SIZE = 10_000;

export interface SyntheticLoad {
  corpus: GeneratedCorpus;
  nodes: number;
  relationships: number;
  generateMs: number;
  loadMs: number;
  /** Applying the rest of the schema and waiting for every index to be online, after the load. */
  indexMs: number;
  deferFullText: boolean;
  rowsPerSecond: number;
  batchSize: number;
}

export async function loadSynthetic(db: Database, nodes: number, seed: number, log: (line: string) => void): Promise<SyntheticLoad> {
  let t = performance.now();
  const corpus = generateCorpus({ nodes, seed });
  const generateMs = performance.now() - t;
  log(`generated ${corpus.graph.nodes.length} nodes and ${corpus.graph.edges.length} relationships in ${(generateMs / 1000).toFixed(1)} s`);
  // Constraints first (the loader MERGEs on them); full-text indexes are built once after the load,
  // which Lucene does much faster than absorbing 100k single-document updates batch after batch.
  const deferFullText = process.env.SILA_BENCH_DEFER_FULLTEXT !== '0';
  if (deferFullText) {
    for (const statement of schemaStatements().filter((s) => !/FULLTEXT/i.test(s))) await db.runSchema(statement);
  } else await applySchema(db);
  t = performance.now();
  const summary = await loadGraph(db, corpus.graph, { batchSize: SYNTHETIC_BATCH_SIZE, transactionPerBatch: true });
  const loadMs = performance.now() - t;
  const indexStart = performance.now();
  await applySchema(db);
  const indexMs = performance.now() - indexStart;
  log(`schema and full-text indexes ${deferFullText ? 'built after the load' : 'waited for'} in ${(indexMs / 1000).toFixed(1)} s`);
  const rows = summary.nodes + summary.relationships;
  log(`loaded ${rows} rows in ${(loadMs / 1000).toFixed(1)} s (${Math.round(rows / (loadMs / 1000))} rows/s)`);
  return {
    corpus,
    nodes: summary.nodes,
    relationships: summary.relationships,
    generateMs,
    loadMs,
    indexMs,
    deferFullText,
    rowsPerSecond: rows / (loadMs / 1000),
    batchSize: SYNTHETIC_BATCH_SIZE,
  };
}
