import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neighborsSchema, nodeDetailSchema } from '../../contract/api.ts';
import { buildArticleGraph } from '../../corpus/seed/article-graph.ts';
import type { RunningServer } from '../index.ts';
import { expectJson, expectProblem, get, startArticleServer } from '../../test/http-kit.ts';
import { testCypher } from '../../test/cypher.ts';

let server: RunningServer;
const article = buildArticleGraph();
const entityIds = new Set(article.nodes.filter((n) => n.labels.includes('Entity')).map((n) => n.id));
const entityEdges = article.edges.filter((e) => entityIds.has(e.source) && entityIds.has(e.target));
const edgesOf = (id: string): typeof entityEdges => entityEdges.filter((e) => e.source === id || e.target === id);

beforeAll(async () => {
  server = await startArticleServer();
});
afterAll(async () => {
  await server.stop();
});

describe('GET /api/nodes/:id', () => {
  it('gives the node, its degree per type and direction, and its mentions placed in their sentences', async () => {
    const reply = await get(server, '/api/nodes/bcij');
    expectJson(reply);
    const detail = nodeDetailSchema.parse(reply.body);
    expect(detail.node.id).toBe('bcij');
    expect(detail.node.labels).toEqual(expect.arrayContaining(['Entity', 'Agency']));

    const expected = new Map<string, number>();
    for (const e of edgesOf('bcij')) {
      const key = `${e.type}/${e.source === 'bcij' ? 'out' : 'in'}`;
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    expect(new Map(detail.degrees.map((d) => [`${d.type}/${d.direction}`, d.count]))).toEqual(expected);

    const stored = article.edges.filter((e) => e.type === 'MENTIONS' && e.target === 'bcij');
    expect(detail.mentions).toHaveLength(stored.length);
    for (const m of detail.mentions) expect(m.text.slice(m.start, m.end)).toBe(m.surface);
    const order = detail.mentions.map((m) => m.index);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('gives no degree of provenance relationships', async () => {
    const detail = nodeDetailSchema.parse((await get(server, '/api/nodes/abdellatif-hammouchi')).body);
    expect(detail.degrees.some((d) => d.type === 'MENTIONS')).toBe(false);
    expect(detail.mentions.length).toBeGreaterThan(0);
  });

  it('gives an entity with no relationship at all (one split off a mention, say): no degrees, not a 404', async () => {
    const id = 'lone-entity-13b';
    await server.db.write(testCypher('vanishing-entity-create'), { id, nameAr: 'كيان وحيد', nameEn: 'Lone entity' });
    try {
      const reply = await get(server, `/api/nodes/${id}`);
      expect(reply.status).toBe(200);
      const detail = nodeDetailSchema.parse(reply.body);
      expect(detail.node.id).toBe(id);
      expect(detail.degrees).toEqual([]);
      expect(detail.mentions).toEqual([]);
    } finally {
      await server.db.write(testCypher('vanishing-entity-delete'), { id });
    }
  });

  it('answers 404 for an unknown id and 400 for an id that is not a slug', async () => {
    const missing = expectProblem(await get(server, '/api/nodes/no-such-entity'), 404);
    expect(missing.detail).toContain('no-such-entity');
    expectProblem(await get(server, '/api/nodes/BCIJ'), 400, 'id');
    expectProblem(await get(server, `/api/nodes/${encodeURIComponent('a b"*')}`), 400, 'id');
    expectProblem(await get(server, `/api/nodes/${'a'.repeat(201)}`), 400, 'id');
    expectProblem(await get(server, '/api/nodes/%E0%A4%A'), 400);
  });

  it('does not serve Sentence or Article nodes as entities', async () => {
    expectProblem(await get(server, '/api/nodes/article'), 404);
    expectProblem(await get(server, '/api/nodes/s-1-1'), 404);
  });
});

describe('GET /api/nodes/:id/neighbors', () => {
  it('returns the centre, its neighbours and the edges to them, with the total', async () => {
    const reply = await get(server, '/api/nodes/bcij/neighbors');
    expectJson(reply);
    const result = neighborsSchema.parse(reply.body);
    const expected = edgesOf('bcij');
    expect(result.total).toBe(expected.length);
    expect(result.truncated).toBe(false);
    expect(new Set(result.edges.map((e) => e.id))).toEqual(new Set(expected.map((e) => e.id)));
    expect(result.nodes[0]?.id).toBe('bcij');
    const ids = new Set(result.nodes.map((n) => n.id));
    expect(result.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    expect(result.edges.every((e) => Array.isArray(e.properties.evidence))).toBe(true);
  });

  it('orders by type then neighbour id, and pages with limit while total keeps the full count', async () => {
    const all = neighborsSchema.parse((await get(server, '/api/nodes/bcij/neighbors')).body);
    const neighbourOf = (e: { source: string; target: string }): string => (e.source === 'bcij' ? e.target : e.source);
    const keys = all.edges.map((e) => `${e.type} ${neighbourOf(e)}`);
    expect(keys).toEqual([...keys].sort());

    const page = neighborsSchema.parse((await get(server, '/api/nodes/bcij/neighbors?limit=2')).body);
    expect(page.total).toBe(all.total);
    expect(page.truncated).toBe(true);
    expect(page.edges.map((e) => e.id)).toEqual(all.edges.slice(0, 2).map((e) => e.id));
  });

  it('filters by direction, relationship types and neighbour labels', async () => {
    const out = neighborsSchema.parse((await get(server, '/api/nodes/bcij/neighbors?direction=out')).body);
    expect(out.edges.every((e) => e.source === 'bcij')).toBe(true);
    expect(out.total).toBe(edgesOf('bcij').filter((e) => e.source === 'bcij').length);

    const incoming = neighborsSchema.parse((await get(server, '/api/nodes/bcij/neighbors?direction=in')).body);
    expect(incoming.edges.every((e) => e.target === 'bcij')).toBe(true);
    expect(incoming.total + out.total).toBe(edgesOf('bcij').length);

    const type = edgesOf('bcij')[0]?.type ?? 'PART_OF';
    const typed = neighborsSchema.parse((await get(server, `/api/nodes/bcij/neighbors?types=${type},NO_SUCH_TYPE`)).body);
    expect(typed.total).toBe(edgesOf('bcij').filter((e) => e.type === type).length);
    expect(typed.edges.every((e) => e.type === type)).toBe(true);

    const labelOf = new Map(article.nodes.map((n) => [n.id, n.labels]));
    const agencies = neighborsSchema.parse((await get(server, '/api/nodes/bcij/neighbors?labels=Agency')).body);
    const expected = edgesOf('bcij').filter((e) => labelOf.get(e.source === 'bcij' ? e.target : e.source)?.includes('Agency'));
    expect(agencies.total).toBe(expected.length);

    const none = neighborsSchema.parse((await get(server, '/api/nodes/bcij/neighbors?types=NO_SUCH_TYPE')).body);
    expect(none).toMatchObject({ total: 0, edges: [] });
    expect(none.nodes.map((n) => n.id)).toEqual(['bcij']);
  });

  it('pages a hub past 1,000 relationships with the full total and an ordered page of limit', async () => {
    // A temporary hub: 1,200 relationships to one neighbour, more than the fully sorted range.
    await server.db.write(
      "CREATE (h:Entity:Organization {id: 'test-hub'}) WITH h MATCH (m:Entity {id: 'bcij'}) UNWIND range(1, 1200) AS i CREATE (h)-[:TEST_LINK {id: 'test-hub-' + toString(i)}]->(m)",
    );
    try {
      const page = neighborsSchema.parse((await get(server, '/api/nodes/test-hub/neighbors?limit=50')).body);
      expect(page.total).toBe(1200);
      expect(page.truncated).toBe(true);
      expect(page.edges).toHaveLength(50);
      expect(new Set(page.edges.map((e) => e.id)).size).toBe(50);
      expect(page.edges.every((e) => e.source === 'test-hub' && e.target === 'bcij' && e.type === 'TEST_LINK')).toBe(true);
      const ids = page.edges.map((e) => e.id);
      expect(ids).toEqual([...ids].sort());

      const outgoing = neighborsSchema.parse((await get(server, '/api/nodes/test-hub/neighbors?direction=out&limit=10')).body);
      expect(outgoing.total).toBe(1200);
      expect(outgoing.edges).toHaveLength(10);
      const none = neighborsSchema.parse((await get(server, '/api/nodes/test-hub/neighbors?direction=in')).body);
      expect(none).toMatchObject({ total: 0, edges: [] });
    } finally {
      await server.db.write("MATCH (h:Entity {id: 'test-hub'}) DETACH DELETE h");
    }
  });

  it('treats an empty types list as no filter', async () => {
    const result = neighborsSchema.parse((await get(server, '/api/nodes/bcij/neighbors?types=')).body);
    expect(result.total).toBe(edgesOf('bcij').length);
  });

  it.each([
    ['direction=up', 'direction'],
    ['limit=0', 'limit'],
    ['limit=1001', 'limit'],
    ['limit=x', 'limit'],
    ['types=PART-OF', 'types'],
    ['labels=a%20b', 'labels'],
  ])('refuses %s with a 400 naming %s', async (query, parameter) => {
    expectProblem(await get(server, `/api/nodes/bcij/neighbors?${query}`), 400, parameter);
  });

  it('answers 404 for an unknown centre', async () => {
    expectProblem(await get(server, '/api/nodes/no-such-entity/neighbors'), 404);
  });
});
