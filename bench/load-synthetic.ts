/**
 * Loads a generated corpus into a bench Neo4j in one of two ways, timing each step:
 * - `loadWithSeedLoader`: the seed's own transactional loader (`loadGraph`, upserts in UNWIND batches) into
 *   a running Neo4j — what a live corpus update costs;
 * - `startWithBulkImport`: the offline importer into an empty store before Neo4j opens it (bulk-load.ts).
 * Either way the schema (constraints, range and full-text indexes) is applied and waited for afterwards.
 */
import { countGraph, loadGraph } from '../store/load-graph.ts';
import { applySchema } from '../store/schema.ts';
import { schemaStatements } from '../store/cypher-files.ts';
import type { Database } from '../store/database.ts';
import { bulkLoadGraph } from './bulk-load.ts';
import type { Graph } from '../contract/graph.ts';
import type { GeneratedCorpus } from './generate.ts';
import { startBenchNeo4j, type BenchNeo4j } from './neo4j-instance.ts';

/** Rows per UNWIND; each batch commits on its own (see LoadOptions.transactionPerBatch). */
export const SYNTHETIC_BATCH_SIZE = 10_000;

export interface LoadFigures {
  nodes: number;
  relationships: number;
  /** Validation, conversion and writing the rows (into Neo4j, or as CSV files and through the importer). */
  loadMs: number;
  /** Applying the schema after the load and waiting for every index to be online. */
  indexMs: number;
  /** Starting Neo4j on the imported store (bulk path only; the seed loader writes into a running one). */
  startMs?: number;
  /** For the bulk path: CSV writing and the importer, inside loadMs. */
  csvMs?: number;
  importMs?: number;
}

export const rowsPerSecond = (f: LoadFigures, withIndexes = false): number =>
  (f.nodes + f.relationships) / ((f.loadMs + (withIndexes ? f.indexMs : 0)) / 1000);

/** Checks the store holds as many nodes and relationships as `graph`, so no figure comes from a partial load. */
export async function verifyCounts(db: Database, graph: Graph): Promise<void> {
  const { labels, types } = await countGraph(db);
  const nodes = (labels.Article ?? 0) + (labels.Sentence ?? 0) + (labels.Entity ?? 0);
  const relationships = Object.values(types).reduce((a, b) => a + b, 0);
  if (nodes !== graph.nodes.length || relationships !== graph.edges.length) {
    throw new Error(`the store holds ${nodes} nodes and ${relationships} relationships, expected ${graph.nodes.length} and ${graph.edges.length}`);
  }
}

export async function loadWithSeedLoader(db: Database, corpus: GeneratedCorpus, log: (line: string) => void): Promise<LoadFigures> {
  // Constraints first (the loader MERGEs on them); full-text indexes are built once after the load,
  // which Lucene does much faster than absorbing 100k single-document updates batch after batch.
  for (const statement of schemaStatements().filter((s) => !/FULLTEXT/i.test(s))) await db.runSchema(statement);
  let started = performance.now();
  const summary = await loadGraph(db, corpus.graph, { batchSize: SYNTHETIC_BATCH_SIZE, transactionPerBatch: true });
  const loadMs = performance.now() - started;
  started = performance.now();
  await applySchema(db);
  const indexMs = performance.now() - started;
  await verifyCounts(db, corpus.graph);
  const figures = { nodes: summary.nodes, relationships: summary.relationships, loadMs, indexMs };
  log(`seed loader: ${summary.nodes + summary.relationships} rows in ${(loadMs / 1000).toFixed(1)} s (${Math.round(rowsPerSecond(figures))} rows/s), indexes ${(indexMs / 1000).toFixed(1)} s`);
  return figures;
}

/** Imports the corpus into a new store (or an empty `dataDir`) and starts Neo4j on it, schema applied. */
export async function startWithBulkImport(corpus: GeneratedCorpus, log: (line: string) => void, dataDir?: string): Promise<{ neo4j: BenchNeo4j; figures: LoadFigures }> {
  let times = { csvMs: 0, importMs: 0 };
  const before = performance.now();
  const neo4j = await startBenchNeo4j(dataDir, async (dir) => {
    times = await bulkLoadGraph(dir, corpus.graph);
  });
  try {
    const startMs = performance.now() - before - times.csvMs - times.importMs;
    const started = performance.now();
    await applySchema(neo4j.db);
    const indexMs = performance.now() - started;
    await verifyCounts(neo4j.db, corpus.graph);
    const figures: LoadFigures = {
      nodes: corpus.graph.nodes.length,
      relationships: corpus.graph.edges.length,
      loadMs: times.csvMs + times.importMs,
      indexMs,
      startMs,
      ...times,
    };
    log(`bulk import: ${figures.nodes + figures.relationships} rows in ${(figures.loadMs / 1000).toFixed(1)} s (${Math.round(rowsPerSecond(figures))} rows/s), Neo4j start ${(startMs / 1000).toFixed(1)} s, indexes ${(indexMs / 1000).toFixed(1)} s`);
    return { neo4j, figures };
  } catch (error) {
    await neo4j.stop();
    throw error;
  }
}
