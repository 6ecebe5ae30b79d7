/**
 * The offline bulk path for corpora far larger than the article: the graph is validated exactly as the
 * seed loader validates it (`prepareGraph`), written as `nodes.csv` / `relationships.csv` by Sila's own
 * CSV export (the neo4j-admin import layout), and imported by Neo4j's parallel importer into an empty
 * store before Neo4j opens it. Constraints and indexes are built afterwards by `applySchema`, as on any
 * start. Only for an empty, throwaway store: the importer replaces the whole database.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Graph } from '../contract/graph.ts';
import type { Json } from '../contract/json.ts';
import { bulkImport } from '../neo4j/local-neo4j.ts';
import { checkGraph, GraphLoadError } from '../store/load-graph.ts';
import { FLOAT_PROPERTIES } from '../store/property-values.ts';
import { ARRAY_DELIMITER, nodesCsv, relationshipsCsv } from '../formats/csv.ts';
import { exportGraph, type PropertyType } from '../formats/property-types.ts';

export interface BulkImportTimes {
  /** Validation and CSV writing in this process. */
  csvMs: number;
  /** Neo4j's importer, a JVM of its own. */
  importMs: number;
}

/**
 * Lists the importer's CSV cannot carry exactly: an item holding the array delimiter is split in two, and
 * an empty list is read as no property at all. Refused, naming where, rather than stored differently
 * from what the seed loader would store.
 */
function refuseInexactLists(elements: readonly { id: string; properties: Record<string, Json> }[], kind: string): void {
  for (const element of elements) {
    for (const [key, value] of Object.entries(element.properties)) {
      if (!Array.isArray(value)) continue;
      const where = `${kind} ${element.id}.${key}`;
      if (value.length === 0) throw new GraphLoadError(`${where}: the bulk importer cannot store an empty list; load this graph with loadGraph`);
      if (value.some((item) => typeof item === 'string' && item.includes(ARRAY_DELIMITER))) {
        throw new GraphLoadError(`${where}: a list item contains "${ARRAY_DELIMITER}", which the bulk importer splits; load this graph with loadGraph`);
      }
    }
  }
}

const hasLineBreak = (value: Json): boolean =>
  typeof value === 'string' ? /[\r\n]/.test(value) : Array.isArray(value) && value.some(hasLineBreak);

/** True when some property value spans lines: the importer must then read each file in one thread. */
function spansLines(elements: readonly { properties: Record<string, Json> }[]): boolean {
  return elements.some((element) => Object.values(element.properties).some(hasLineBreak));
}

/** Writes the graph as importer CSV files into `dataDir` and imports them; `dataDir` must hold no database. */
export async function bulkLoadGraph(dataDir: string, graph: Graph): Promise<BulkImportTimes> {
  let started = performance.now();
  checkGraph(graph);
  refuseInexactLists(graph.nodes, 'node');
  refuseInexactLists(graph.edges, 'relationship');
  // The seed loader stores the relationship id as a property; the export reads it from the properties.
  const edges = graph.edges.map((edge) => ({ ...edge, properties: { ...edge.properties, id: edge.id } }));
  const typed = exportGraph(graph.nodes, edges);
  const nodeTypes = new Map<string, PropertyType>(typed.nodeTypes);
  // As the loader does: these are floats even when a value happens to be whole.
  for (const [key, type] of nodeTypes) if (FLOAT_PROPERTIES.has(key)) nodeTypes.set(key, { ...type, scalar: 'double' });
  const work = mkdtempSync(join(tmpdir(), 'sila-bulk-csv-'));
  try {
    const nodesFile = join(work, 'nodes.csv');
    const relationshipsFile = join(work, 'relationships.csv');
    writeFileSync(nodesFile, nodesCsv({ ...typed, nodeTypes }));
    writeFileSync(relationshipsFile, relationshipsCsv(typed));
    const csvMs = performance.now() - started;
    started = performance.now();
    await bulkImport(dataDir, [
      `--nodes=${nodesFile}`,
      `--relationships=${relationshipsFile}`,
      `--array-delimiter=${ARRAY_DELIMITER}`,
      `--multiline-fields=${spansLines(graph.nodes) || spansLines(graph.edges)}`,
      '--overwrite-destination=true',
      `--report-file=${join(work, 'import.report')}`,
      'neo4j',
    ]);
    return { csvMs, importMs: performance.now() - started };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
