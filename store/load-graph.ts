/**
 * Imports a whole Graph JSON snapshot, for synthetic benchmark graphs and test fixtures (articles go through
 * the writer, store/article-writer.ts, which adds and retracts and never syncs). Afterwards Sila's managed
 * part of the database (nodes labelled :Article, :Sentence, :Entity or :Support and the relationships
 * between them) is exactly that graph:
 * nodes and relationships are upserted by id with their properties replaced and labels synchronised, and
 * whatever is no longer in the graph is deleted. Everything happens in ONE write transaction: a failure
 * half-way leaves the previous graph intact. All Cypher lives in store/cypher/queries/load/.
 */
import { graphSchema, type Graph, type GraphEdge, type GraphNode } from '../contract/graph.ts';
import type { Json } from '../contract/json.ts';
import { cypher } from './cypher-files.ts';
import { propertyProblem, toNeo4jProperties as toProperties } from './property-values.ts';
import type { Database, Params, Row } from './database.ts';
import { forgetOrphanDegrees, refreshFactDegrees } from './fact-degrees.ts';

/** The labels that mark a node as Sila's; the first one a node carries is its key label (MERGE label). */
export const KEY_LABELS = ['Article', 'Sentence', 'Entity', 'Support'] as const;
export type KeyLabel = (typeof KEY_LABELS)[number];

const NODE_QUERIES: Record<KeyLabel, string> = {
  Article: 'load/merge-article-nodes',
  Sentence: 'load/merge-sentence-nodes',
  Entity: 'load/merge-entity-nodes',
  Support: 'load/merge-support-nodes',
};

/** The (source key label, target key label) pairs the loader can write, with their query. */
const RELATIONSHIP_QUERIES: Readonly<Record<string, string>> = {
  'Article>Sentence': 'load/merge-article-sentence-relationships',
  'Sentence>Entity': 'load/merge-sentence-entity-relationships',
  'Entity>Entity': 'load/merge-entity-entity-relationships',
  'Support>Sentence': 'load/merge-support-sentence-relationships',
};

const LABEL = /^[A-Za-z][A-Za-z0-9_]*$/;
const TYPE = /^[A-Z][A-Z0-9_]*$/;

export class GraphLoadError extends Error {
  override name = 'GraphLoadError';
}

/** Thrown by the `failAfterBatches` test hook. */
export class InjectedFailure extends Error {
  override name = 'InjectedFailure';
}

export interface LoadOptions {
  /** Rows per UNWIND batch (default 500). */
  batchSize?: number;
  /** Test hook: throw an InjectedFailure, inside the transaction, once this many batches have run. */
  failAfterBatches?: number;
  /**
   * Commit every batch in its own transaction instead of one transaction for the whole graph. For very
   * large synthetic graphs (bench/), whose transaction state would not fit the heap; a failure half-way
   * then leaves a partial graph, so the article seed never uses it.
   */
  transactionPerBatch?: boolean;
}

export interface LoadSummary {
  nodes: number;
  relationships: number;
  deletedNodes: number;
  deletedRelationships: number;
  batches: number;
}

export function keyLabel(labels: readonly string[]): KeyLabel | undefined {
  return KEY_LABELS.find((l) => labels.includes(l));
}

/** Throws a GraphLoadError for the first property Neo4j cannot store; `where` names the element. */
function checkProperties(properties: Record<string, Json>, where: (key: string) => string): void {
  // A snapshot must store exactly what it says: a null would silently become no property.
  const nullKey = Object.keys(properties).find((key) => properties[key] === null);
  if (nullKey !== undefined) throw new GraphLoadError(`${where(nullKey)}: Neo4j properties are strings, numbers, booleans or lists of them, not null`);
  const problem = propertyProblem(properties, where);
  if (problem !== undefined) throw new GraphLoadError(problem);
}

const nodeAt = (index: number, id: string): string => `nodes[${index}] (${id})`;
const edgeAt = (index: number, id: string): string => `edges[${index}] (${id})`;

interface PreparedGraph {
  nodes: Map<KeyLabel, Params[]>;
  relationships: Map<string, Params[]>;
  nodeKeys: string[];
  /** Every entity the graph holds: their degree summaries are counted again after the load. */
  entityIds: string[];
  relationshipKeys: string[];
  nodeCount: number;
  relationshipCount: number;
}

/**
 * Checks that `input` is a Graph JSON the database can hold: the contract's schema, one key label per node,
 * unique node and relationship ids, endpoints that exist, label and type names, storable property values,
 * and source/target label pairs the loader writes. Throws GraphLoadError naming the first problem.
 * Returns the parsed graph with each node's key label and each relationship's label pair.
 */
export function checkGraph(input: Graph): { graph: Graph; keyOf: ReadonlyMap<string, KeyLabel>; pairs: readonly string[] } {
  const parsed = graphSchema.safeParse(input);
  if (!parsed.success) throw new GraphLoadError(`Not a Graph JSON: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const graph = parsed.data;
  const keyOf = new Map<string, KeyLabel>();
  graph.nodes.forEach((node: GraphNode, index) => {
    const key = keyLabel(node.labels);
    if (key === undefined) throw new GraphLoadError(`${nodeAt(index, node.id)}: needs one of the labels ${KEY_LABELS.join(', ')}`);
    if (keyOf.has(node.id)) throw new GraphLoadError(`${nodeAt(index, node.id)}: duplicate node id`);
    if (node.properties.id !== undefined && node.properties.id !== node.id) {
      throw new GraphLoadError(`${nodeAt(index, node.id)}: properties.id differs from id`);
    }
    if (node.labels.some((l) => !LABEL.test(l))) throw new GraphLoadError(`${nodeAt(index, node.id)}: invalid label`);
    checkProperties(node.properties, (key) => `${nodeAt(index, node.id)}.${key}`);
    keyOf.set(node.id, key);
  });
  const seen = new Set<string>();
  const pairs = graph.edges.map((edge: GraphEdge, index) => {
    const from = keyOf.get(edge.source);
    const to = keyOf.get(edge.target);
    if (from === undefined || to === undefined) {
      throw new GraphLoadError(`${edgeAt(index, edge.id)}: ${from === undefined ? edge.source : edge.target} is not a node of the graph`);
    }
    if (!TYPE.test(edge.type)) throw new GraphLoadError(`${edgeAt(index, edge.id)}: relationship types are UPPER_SNAKE`);
    const pair = `${from}>${to}`;
    if (RELATIONSHIP_QUERIES[pair] === undefined) {
      throw new GraphLoadError(`${edgeAt(index, edge.id)}: relationships from ${from} to ${to} are not supported (${Object.keys(RELATIONSHIP_QUERIES).join(', ')})`);
    }
    if (seen.has(edge.id)) throw new GraphLoadError(`${edgeAt(index, edge.id)}: duplicate relationship id`);
    seen.add(edge.id);
    checkProperties(edge.properties, (key) => `${edgeAt(index, edge.id)}.${key}`);
    return pair;
  });
  return { graph, keyOf, pairs };
}

/** Validates the graph (checkGraph) and turns it into UNWIND rows grouped by query. */
export function prepareGraph(input: Graph): PreparedGraph {
  const { graph, keyOf, pairs } = checkGraph(input);
  const nodes = new Map<KeyLabel, Params[]>(KEY_LABELS.map((l) => [l, []]));
  const nodeKeys: string[] = [];
  graph.nodes.forEach((node: GraphNode) => {
    const key = keyOf.get(node.id) ?? 'Entity';
    nodes.get(key)?.push({ id: node.id, labels: [...new Set(node.labels)], properties: toProperties(node.properties) });
    nodeKeys.push(`${key}|${node.id}`);
  });
  const relationships = new Map<string, Params[]>();
  const relationshipKeys: string[] = [];
  graph.edges.forEach((edge: GraphEdge, index) => {
    const pair = pairs[index] ?? '';
    const rows = relationships.get(pair) ?? [];
    rows.push({
      id: edge.id,
      type: edge.type,
      source: edge.source,
      target: edge.target,
      properties: toProperties(edge.properties),
    });
    relationships.set(pair, rows);
    relationshipKeys.push(`${edge.type}|${edge.source}|${edge.target}|${edge.id}`);
  });
  const entityIds = graph.nodes.filter((node) => keyOf.get(node.id) === 'Entity').map((node) => node.id).sort();
  return { nodes, relationships, nodeKeys, entityIds, relationshipKeys, nodeCount: graph.nodes.length, relationshipCount: graph.edges.length };
}

function chunks<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

export function countOf(rows: readonly Record<string, Json>[]): number {
  const value = rows[0]?.count;
  return typeof value === 'number' ? value : 0;
}

/**
 * Makes Sila's managed part of the database equal to `graph`, in one write transaction.
 * Re-running with the same graph changes nothing; nodes, relationships, properties and labels that are no
 * longer in the graph are removed. Nodes and relationships without Sila's labels are never touched.
 */
export async function loadGraph(db: Database, graph: Graph, options: LoadOptions = {}): Promise<LoadSummary> {
  const prepared = prepareGraph(graph);
  const batchSize = Math.max(1, options.batchSize ?? 500);
  const work = async (run: (query: string, params?: Params) => Promise<Row[]>): Promise<LoadSummary> => {
    let batches = 0;
    const inBatches = async (query: string, rows: readonly Params[]): Promise<void> => {
      for (const batch of chunks(rows, batchSize)) {
        if (options.failAfterBatches !== undefined && batches >= options.failAfterBatches) {
          throw new InjectedFailure(`injected failure after ${batches} batches`);
        }
        await run(query, { rows: batch });
        batches += 1;
      }
    };
    for (const label of KEY_LABELS) await inBatches(cypher(NODE_QUERIES[label]), prepared.nodes.get(label) ?? []);
    for (const [pair, query] of Object.entries(RELATIONSHIP_QUERIES)) {
      await inBatches(cypher(query), prepared.relationships.get(pair) ?? []);
    }
    if (options.failAfterBatches !== undefined && batches >= options.failAfterBatches) {
      throw new InjectedFailure(`injected failure after ${batches} batches`);
    }
    const deletedRelationships = countOf(await run(cypher('load/delete-stale-relationships'), { keys: prepared.relationshipKeys }));
    const deletedNodes = countOf(await run(cypher('load/delete-stale-nodes'), { keys: prepared.nodeKeys }));
    await refreshFactDegrees(run, prepared.entityIds);
    await forgetOrphanDegrees(run);
    // An import is a write like any other: caches keyed by the graph version must not serve the old graph.
    await run(cypher('writer/bump-version'));
    return {
      nodes: prepared.nodeCount,
      relationships: prepared.relationshipCount,
      deletedNodes,
      deletedRelationships,
      batches,
    };
  };
  if (options.transactionPerBatch === true) return work((query, params = {}) => db.write(query, params));
  return db.writeTransaction(work);
}

/** How many :Article nodes the database holds. */
export async function articleCount(db: Database): Promise<number> {
  return countOf(await db.read(cypher('load/count-articles')));
}

/** Node counts per label and relationship counts per type of the managed part of the database. */
export async function countGraph(db: Database): Promise<{ labels: Record<string, number>; types: Record<string, number> }> {
  const labels: Record<string, number> = {};
  const types: Record<string, number> = {};
  for (const row of await db.read(cypher('load/count-by-label'))) labels[typeof row.label === 'string' ? row.label : JSON.stringify(row.label)] = Number(row.count);
  for (const row of await db.read(cypher('load/count-by-type'))) types[typeof row.type === 'string' ? row.type : JSON.stringify(row.type)] = Number(row.count);
  return { labels, types };
}
