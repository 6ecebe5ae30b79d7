/**
 * Exports of the real article graph: every format, its headers, and round trips (GraphML read back;
 * the Cypher script run in an emptied database rebuilds the same subgraph).
 */
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemSchema } from '../../contract/api.ts';
import { graphSchema, type Graph } from '../../contract/graph.ts';
import type { Json } from '../../contract/json.ts';
import { buildArticleGraph } from '../../corpus/seed/article-graph.ts';
import { loadGraph } from '../../store/load-graph.ts';
import { seedIfEmpty } from '../../corpus/seed-database.ts';
import { startTestServer } from '../../test/server-harness.ts';
import type { RunningServer } from '../index.ts';
import { parseCsv } from '../../test/formats/read-csv.ts';
import { readGraphml } from '../../test/formats/read-graphml.ts';

let server: RunningServer;
let ids: string[];

interface Download {
  status: number;
  contentType: string;
  disposition: string;
  bytes: Uint8Array;
  text: string;
}

async function download(format: string, nodeIds: string[]): Promise<Download> {
  const response = await fetch(`${server.url}/api/export`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ format, nodeIds }),
  });
  const bytes = new Uint8Array(await response.arrayBuffer());
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    disposition: response.headers.get('content-disposition') ?? '',
    bytes,
    text: new TextDecoder().decode(bytes),
  };
}

async function graphJson(nodeIds: string[]): Promise<Graph> {
  const answer = await download('json', nodeIds);
  expect(answer.status).toBe(200);
  return graphSchema.parse(JSON.parse(answer.text));
}

beforeAll(async () => {
  server = await startTestServer();
  await seedIfEmpty(server.db);
  // Entities plus one sentence: the export is not limited to one label.
  const rows = await server.db.read('MATCH (n:Entity) RETURN n.id AS id ORDER BY id');
  const [sentence] = await server.db.read('MATCH (s:Sentence)-[:MENTIONS]->(:Entity) RETURN s.id AS id ORDER BY s.index LIMIT 1');
  ids = [...rows.map((r) => r.id), sentence?.id].filter((id): id is string => typeof id === 'string');
});

afterAll(async () => {
  await loadGraph(server.db, buildArticleGraph());
  await server.stop();
});

describe('POST /api/export', () => {
  it('gives the induced subgraph as Graph JSON: the nodes asked for and every relationship between them', async () => {
    const graph = await graphJson(ids);
    expect(graph.nodes.map((n) => n.id).sort()).toEqual([...ids].sort());
    const [{ count } = { count: -1 }] = await server.db.read(
      'MATCH (a)-[r]->(b) WHERE a.id IN $ids AND b.id IN $ids AND (a:Entity OR a:Sentence) AND (b:Entity OR b:Sentence) RETURN count(r) AS count',
      { ids },
    );
    expect(graph.edges.length).toBe(count);
    expect(graph.edges.some((e) => e.type === 'MENTIONS')).toBe(true);
    const known = new Set(ids);
    expect(graph.edges.every((e) => known.has(e.source) && known.has(e.target))).toBe(true);
  });

  it.each([
    ['json', 'application/json', 'json'],
    ['cyjs', 'application/json', 'cyjs'],
    ['graphml', 'application/graphml+xml', 'graphml'],
    ['csv', 'application/zip', 'csv.zip'],
    ['cypher', 'text/plain', 'cypher'],
  ])('%s comes as a download with the right type and name', async (format, type, extension) => {
    const answer = await download(format, ids.slice(0, 3));
    expect(answer.status).toBe(200);
    expect(answer.contentType.startsWith(type)).toBe(true);
    expect(answer.disposition).toBe(`attachment; filename="sila-subgraph-3-nodes.${extension}"`);
  });

  it('gives Cytoscape.js elements with the same nodes and edges', async () => {
    const graph = await graphJson(ids);
    const answer = await download('cyjs', ids);
    const document = JSON.parse(answer.text) as { elements: { nodes: { data: { id: string } }[]; edges: { data: { id: string; source: string; target: string } }[] } };
    expect(document.elements.nodes.map((n) => n.data.id)).toEqual(graph.nodes.map((n) => n.id));
    expect(document.elements.edges.map((e) => [e.data.id, e.data.source, e.data.target])).toEqual(graph.edges.map((e) => [e.id, e.source, e.target]));
  });

  it('gives GraphML that reads back to the same nodes, edges and properties', async () => {
    const graph = await graphJson(ids);
    const read = readGraphml((await download('graphml', ids)).text);
    const asRead = (properties: Record<string, Json>): Record<string, Json> =>
      Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, Array.isArray(v) ? JSON.stringify(v) : v]));
    expect(read.nodes).toEqual(graph.nodes.map((n) => ({ id: n.id, data: { labels: n.labels.map((l) => `:${l}`).join(''), ...asRead(n.properties) } })));
    expect(read.edges).toEqual(graph.edges.map((e) => ({ id: e.id, source: e.source, target: e.target, data: { type: e.type, ...asRead(e.properties) } })));
    // Floats are declared as doubles even where a value happens to be whole.
    const types = Object.fromEntries(read.keys.filter((k) => k.for === 'node').map((k) => [k.name, k.type]));
    if ('lat' in types) expect(types.lat).toBe('double');
  });

  it('gives a zip of nodes.csv and relationships.csv in the neo4j-admin layout', async () => {
    const graph = await graphJson(ids);
    const files = unzipSync((await download('csv', ids)).bytes);
    const nodes = parseCsv(strFromU8(files['nodes.csv'] ?? new Uint8Array()));
    const relationships = parseCsv(strFromU8(files['relationships.csv'] ?? new Uint8Array()));
    expect(nodes[0]?.slice(0, 2)).toEqual(['id:ID', ':LABEL']);
    expect(nodes[0]).toContain('aliases_ar:string[]');
    expect(relationships[0]?.slice(0, 3)).toEqual([':START_ID', ':END_ID', ':TYPE']);
    expect(nodes.slice(1).map((row) => [row[0], row[1]])).toEqual(graph.nodes.map((n) => [n.id, n.labels.join(';')]));
    expect(relationships.slice(1).map((row) => row.slice(0, 3))).toEqual(graph.edges.map((e) => [e.source, e.target, e.type]));
    const nameColumn = nodes[0]?.indexOf('name_ar') ?? -1;
    expect(nodes.slice(1).map((row) => row[nameColumn])).toEqual(graph.nodes.map((n) => n.properties.name_ar ?? ''));
  });

  it('names unknown ids in a 404', async () => {
    const answer = await download('json', [ids[0] ?? 'x', 'no-such-node', 'nor-this-one']);
    expect(answer.status).toBe(404);
    expect(answer.contentType).toMatch(/^application\/problem\+json/);
    expect(problemSchema.parse(JSON.parse(answer.text)).detail).toBe('No node has the ids no-such-node, nor-this-one.');
  });

  it('refuses an unknown format or an empty selection with 400', async () => {
    expect((await download('pdf', ids.slice(0, 1))).status).toBe(400);
    expect((await download('json', [])).status).toBe(400);
  });

  it('gives a Cypher script that rebuilds the same subgraph in an empty database', async () => {
    const expected = await graphJson(ids);
    const script = (await download('cypher', ids)).text;
    const floats = await server.db.read(
      'MATCH (n) WHERE n.id IN $ids UNWIND keys(n) AS key WITH key, n[key] AS v WHERE valueType(v) STARTS WITH "FLOAT" RETURN DISTINCT key',
      { ids },
    );
    try {
      await server.db.write('MATCH (n) DETACH DELETE n');
      // One transaction keeps this fast (each commit updates the full-text indexes); statements still run one by one.
      await server.db.writeTransaction(async (run) => {
        for (const statement of script.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('//'))) await run(statement);
      });
      const nodes = await server.db.read('MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties ORDER BY id');
      const edges = await server.db.read(
        'MATCH (a)-[r]->(b) RETURN r.id AS id, type(r) AS type, a.id AS source, b.id AS target, properties(r) AS properties ORDER BY source, type, target, id',
      );
      const sortedLabels = (labels: Json | undefined): Json => (Array.isArray(labels) ? [...labels].map(String).sort() : null);
      const edgeKey = (e: Record<string, Json>): string => JSON.stringify([e.source, e.type, e.target, e.id]);
      const byKey = (a: Record<string, Json>, b: Record<string, Json>): number => (edgeKey(a) < edgeKey(b) ? -1 : 1);
      expect(nodes.map((n) => ({ ...n, labels: sortedLabels(n.labels) }))).toEqual(
        expected.nodes.map((n) => ({ id: n.id, labels: sortedLabels(n.labels), properties: n.properties })),
      );
      expect(edges.sort(byKey)).toEqual(
        expected.edges.map((e) => ({ id: e.id, type: e.type, source: e.source, target: e.target, properties: e.properties })).sort(byKey),
      );
      const rebuiltFloats = await server.db.read(
        'MATCH (n) UNWIND keys(n) AS key WITH key, n[key] AS v WHERE valueType(v) STARTS WITH "FLOAT" RETURN DISTINCT key',
      );
      expect(rebuiltFloats.map((r) => r.key).sort()).toEqual(floats.map((r) => r.key).sort());
    } finally {
      await loadGraph(server.db, buildArticleGraph());
    }
  });
});
