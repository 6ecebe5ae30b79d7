import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemaInfoSchema } from '../../contract/api.ts';
import { graphSchema } from '../../contract/graph.ts';
import { buildArticleGraph } from '../../corpus/seed/article-graph.ts';
import type { RunningServer } from '../index.ts';
import { expectJson, expectProblem, get, startArticleServer } from '../../test/http-kit.ts';

let server: RunningServer;
const article = buildArticleGraph();
const entityIds = new Set(article.nodes.filter((n) => n.labels.includes('Entity')).map((n) => n.id));
const entityEdges = article.edges.filter((e) => entityIds.has(e.source) && entityIds.has(e.target));

beforeAll(async () => {
  server = await startArticleServer();
});
afterAll(async () => {
  await server.stop();
});

describe('GET /api/schema', () => {
  it('lists labels and relationship types with their real counts, and the property keys', async () => {
    const reply = await get(server, '/api/schema');
    expectJson(reply);
    const schema = schemaInfoSchema.parse(reply.body);
    const count = (label: string): number | undefined => schema.labels.find((l) => l.label === label)?.count;
    expect(count('Entity')).toBe(entityIds.size);
    expect(count('Sentence')).toBe(article.nodes.filter((n) => n.labels.includes('Sentence')).length);
    expect(count('Article')).toBe(1);
    const mentions = schema.relationshipTypes.find((t) => t.type === 'MENTIONS')?.count;
    expect(mentions).toBe(article.edges.filter((e) => e.type === 'MENTIONS').length);
    expect(schema.propertyKeys).toEqual(expect.arrayContaining(['id', 'name_ar', 'name_en', 'evidence']));
  });
});

describe('GET /api/graph', () => {
  it('returns every entity and entity relationship of the article, and no provenance', async () => {
    const reply = await get(server, '/api/graph');
    expectJson(reply);
    const graph = graphSchema.parse(reply.body);
    expect(graph.truncated).toBe(false);
    expect(new Set(graph.nodes.map((n) => n.id))).toEqual(entityIds);
    expect(new Set(graph.edges.map((e) => e.id))).toEqual(new Set(entityEdges.map((e) => e.id)));
    expect(graph.nodes.every((n) => n.labels.includes('Entity'))).toBe(true);
    expect(graph.edges.some((e) => e.type === 'MENTIONS' || e.type === 'HAS_SENTENCE')).toBe(false);
    expect(graph.edges.every((e) => Array.isArray(e.properties.evidence))).toBe(true);
  });

  it('leaves the search-only keys out of node properties', async () => {
    const graph = graphSchema.parse((await get(server, '/api/graph')).body);
    for (const node of graph.nodes) {
      expect(node.properties).not.toHaveProperty('keys_norm');
      expect(node.properties).not.toHaveProperty('search_ar');
      expect(node.properties.id).toBe(node.id);
    }
  });

  it('keeps the best connected entities and says it cut the graph when there are more than limit', async () => {
    const limit = 10;
    const reply = await get(server, `/api/graph?limit=${limit}`);
    expectJson(reply);
    const graph = graphSchema.parse(reply.body);
    expect(graph.truncated).toBe(true);
    expect(graph.nodes).toHaveLength(limit);
    const degree = new Map<string, number>();
    for (const e of entityEdges) {
      degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
      degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
    }
    const kept = Math.min(...graph.nodes.map((n) => degree.get(n.id) ?? 0));
    const dropped = Math.max(...[...entityIds].filter((id) => !graph.nodes.some((n) => n.id === id)).map((id) => degree.get(id) ?? 0));
    expect(kept).toBeGreaterThanOrEqual(dropped);
    const ids = new Set(graph.nodes.map((n) => n.id));
    expect(graph.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    expect(graph.edges.length).toBe(entityEdges.filter((e) => ids.has(e.source) && ids.has(e.target)).length);
  });

  it('answers the same view twice', async () => {
    const first = await get(server, '/api/graph?limit=10');
    const second = await get(server, '/api/graph?limit=10');
    expect(second.body).toEqual(first.body);
  });

  it.each(['0', '-3', '5001', 'ten', '2.5'])('refuses limit=%s with a 400 naming limit', async (limit) => {
    expectProblem(await get(server, `/api/graph?limit=${limit}`), 400, 'limit');
  });
});
