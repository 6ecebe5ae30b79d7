/**
 * The bulk path against a real Neo4j: the graph written by Sila's CSV export and imported by Neo4j's
 * own importer must come back exactly as the seed loader would store it (same labels, properties,
 * value types and relationship ids). Its own throwaway store, so the shared test database is untouched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph, GraphNode } from '../contract/graph.ts';
import type { Json } from '../contract/json.ts';
import { buildArticleGraph } from '../corpus/seed/article-graph.ts';
import { applySchema } from '../store/schema.ts';
import { testCypher } from '../test/cypher.ts';
import { asGraph, canonical, dumpGraph, str } from '../test/graph-dump.ts';
import { bulkLoadGraph } from './bulk-load.ts';
import { generateCorpus } from './generate.ts';
import { startBenchNeo4j, type BenchNeo4j } from './neo4j-instance.ts';

/** The importer's CSV has no empty list (bulk-load.ts refuses them), so the article's empty ones are left out. */
const withoutEmptyLists = <T extends { properties: Record<string, Json> }>(element: T): T => ({
  ...element,
  properties: Object.fromEntries(Object.entries(element.properties).filter(([, v]) => !(Array.isArray(v) && v.length === 0))),
});
const full = buildArticleGraph();
const article: Graph = { nodes: full.nodes.map(withoutEmptyLists), edges: full.edges.map(withoutEmptyLists) };
const synthetic = generateCorpus({ nodes: 400, seed: 7 }).graph;
const counted = synthetic.nodes.find((n) => Number.isInteger(n.properties.mention_count));
/** A value over two lines, with quotes and commas: the importer then reads fields that span lines. */
const [first, ...others] = synthetic.nodes;
if (first === undefined) throw new Error('the generator made no node');
const multiline: GraphNode = { ...first, properties: { ...first.properties, description_en: 'line one\nline "two", with a comma\r\nوسطر ثالث' } };
/** Both graphs in one store: the article's hand-made values and the generator's Arabic names and hubs. */
const graph: Graph = {
  nodes: [...article.nodes, multiline, ...others],
  edges: [...article.edges, ...synthetic.edges],
};

let neo4j: BenchNeo4j;

beforeAll(async () => {
  process.env.NEO4J_HEAP ??= '1g';
  process.env.NEO4J_PAGECACHE ??= '256m';
  neo4j = await startBenchNeo4j(undefined, async (dir) => {
    await bulkLoadGraph(dir, graph);
  });
  await applySchema(neo4j.db);
});

afterAll(async () => {
  await neo4j.stop();
});

describe('bulk import (bench/bulk-load.ts)', () => {
  it('stores exactly the graph it was given', async () => {
    const stored = asGraph(await dumpGraph(neo4j.db));
    const expected = canonical(graph);
    expect(stored.nodes.length).toBe(expected.nodes.length);
    expect(stored.nodes).toEqual(expected.nodes);
    expect(stored.edges.length).toBe(expected.edges.length);
    expect(stored.edges).toEqual(expected.edges);
  });

  it('stores whole numbers as integers, coordinates as floats and name lists as string lists, as the seed loader does', async () => {
    const types = Object.fromEntries(
      (await neo4j.db.read(testCypher('property-types'), { id: 'sahel' })).map((r) => [str(r.key), str(r.type)]),
    );
    expect(types.lat).toBe('FLOAT NOT NULL');
    expect(types.aliases_ar).toBe('LIST<STRING NOT NULL> NOT NULL');
    const counts = await neo4j.db.read('MATCH (n {id: $id}) RETURN valueType(n.mention_count) AS type', { id: counted?.id });
    expect(counts[0]?.type).toBe('INTEGER NOT NULL');
  });

  it('serves the full-text search the schema builds afterwards, in Arabic', async () => {
    const rows = await neo4j.db.read(
      "CALL db.index.fulltext.queryNodes('entity_names_ar', 'الحموشي') YIELD node RETURN node.id AS id LIMIT 1",
    );
    expect(rows[0]?.id).toBe('abdellatif-hammouchi');
  });
});
