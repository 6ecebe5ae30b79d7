import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pathsResultSchema, type PathsResult } from '../../contract/api.ts';
import { buildArticleGraph } from '../../corpus/seed/article-graph.ts';
import type { RunningServer } from '../index.ts';
import { expectJson, expectProblem, get, startArticleServer } from '../../test/http-kit.ts';

let server: RunningServer;
const article = buildArticleGraph();
const entityIds = new Set(article.nodes.filter((n) => n.labels.includes('Entity')).map((n) => n.id));
const entityEdges = article.edges.filter((e) => entityIds.has(e.source) && entityIds.has(e.target));

/** Breadth-first distance over the article's entity relationships, ignoring direction unless asked: the oracle. */
function distance(from: string, to: string, directed = false): number | undefined {
  const seen = new Map([[from, 0]]);
  const queue = [from];
  while (queue.length > 0) {
    const at = queue.shift() ?? '';
    for (const e of entityEdges) {
      const next = e.source === at ? e.target : e.target === at && !directed ? e.source : undefined;
      if (next !== undefined && !seen.has(next)) {
        seen.set(next, (seen.get(at) ?? 0) + 1);
        queue.push(next);
      }
    }
  }
  return seen.get(to);
}

function expectWellFormed(result: PathsResult, from: string, to: string): void {
  const nodes = new Set(result.graph.nodes.map((n) => n.id));
  const edges = new Map(result.graph.edges.map((e) => [e.id, e]));
  for (const path of result.paths) {
    expect(path.nodes[0]).toBe(from);
    expect(path.nodes[path.nodes.length - 1]).toBe(to);
    expect(path.edges).toHaveLength(path.nodes.length - 1);
    path.edges.forEach((id, i) => {
      const edge = edges.get(id);
      expect(edge).toBeDefined();
      expect([edge?.source, edge?.target].sort()).toEqual([path.nodes[i], path.nodes[i + 1]].sort());
    });
    for (const id of path.nodes) expect(nodes.has(id)).toBe(true);
  }
  expect(result.graph.nodes.every((n) => n.labels.includes('Entity'))).toBe(true);
}

beforeAll(async () => {
  server = await startArticleServer();
});
afterAll(async () => {
  await server.stop();
});

describe('GET /api/paths', () => {
  const from = 'abdellatif-hammouchi';
  const to = 'daesh';

  it('finds a shortest path over entity relationships, as ordered nodes and edges with their graph', async () => {
    const reply = await get(server, `/api/paths?from=${from}&to=${to}`);
    expectJson(reply);
    const result = pathsResultSchema.parse(reply.body);
    expect(result.paths).toHaveLength(1);
    expect(result.paths[0]?.edges.length).toBe(distance(from, to));
    expectWellFormed(result, from, to);
  });

  it('finds all shortest paths with mode=all, all of the same, shortest length', async () => {
    const result = pathsResultSchema.parse((await get(server, `/api/paths?from=${from}&to=${to}&mode=all`)).body);
    expect(result.paths.length).toBeGreaterThanOrEqual(1);
    for (const path of result.paths) expect(path.edges.length).toBe(distance(from, to));
    expect(new Set(result.paths.map((p) => p.edges.join()))).toHaveProperty('size', result.paths.length);
    expectWellFormed(result, from, to);
  });

  it('follows relationships only in their direction with directed=true, in both modes', async () => {
    // The pairs where direction matters: a path one way only, and a longer path when directed.
    const pairs = [['abdellatif-hammouchi', 'lions-of-the-caliphate'], ['lions-of-the-caliphate', 'abdellatif-hammouchi'], [from, to], ['fes', 'bcij']] as const;
    let differs = 0;
    for (const [a, b] of pairs) {
      const expected = distance(a, b, true);
      if (expected !== distance(a, b)) differs += 1;
      for (const mode of ['shortest', 'all']) {
        const result = pathsResultSchema.parse((await get(server, `/api/paths?from=${a}&to=${b}&mode=${mode}&directed=true&maxHops=10`)).body);
        if (expected === undefined) expect(result.paths, `${a} → ${b}`).toEqual([]);
        else {
          for (const path of result.paths) {
            expect(path.edges.length).toBe(expected);
            path.edges.forEach((id, i) => {
              const edge = result.graph.edges.find((e) => e.id === id);
              expect([edge?.source, edge?.target]).toEqual([path.nodes[i], path.nodes[i + 1]]);
            });
          }
          expectWellFormed(result, a, b);
        }
      }
    }
    expect(differs).toBeGreaterThan(0);
  });

  it('returns no path when the shortest one is longer than maxHops', async () => {
    const hops = distance(from, to) ?? 1;
    expect(hops).toBeGreaterThan(1);
    const result = pathsResultSchema.parse((await get(server, `/api/paths?from=${from}&to=${to}&maxHops=${hops - 1}`)).body);
    expect(result).toEqual({ paths: [], graph: { nodes: [], edges: [] }, truncated: false });
  });

  it('says when there are more shortest paths than it returns', async () => {
    // 101 two-hop paths between two temporary entities, one through each of 101 middle entities.
    await server.db.write(
      "CREATE (a:Entity:Organization {id: 'test-path-a'}), (b:Entity:Organization {id: 'test-path-b'}) WITH a, b UNWIND range(1, 101) AS i CREATE (a)-[:TEST_LINK {id: 'test-path-a-' + i}]->(:Entity:Place {id: 'test-path-m' + i})-[:TEST_LINK {id: 'test-path-b-' + i}]->(b)",
    );
    try {
      const all = pathsResultSchema.parse((await get(server, '/api/paths?from=test-path-a&to=test-path-b&mode=all')).body);
      expect(all.paths).toHaveLength(100);
      expect(all.truncated).toBe(true);
      expect(all.graph.truncated).toBe(true);
      expect(all.paths.every((p) => p.edges.length === 2)).toBe(true);
      const one = pathsResultSchema.parse((await get(server, '/api/paths?from=test-path-a&to=test-path-b')).body);
      expect(one.paths).toHaveLength(1);
      expect(one.truncated).toBe(false);
    } finally {
      await server.db.write("MATCH (n:Entity) WHERE n.id STARTS WITH 'test-path-' DETACH DELETE n");
    }
  });

  it('never goes through a sentence: two entities only mentioned together have no path through it', async () => {
    for (const [a, b] of [['bcij', 'tangier'], ['dgst', 'rabat']]) {
      const result = pathsResultSchema.parse((await get(server, `/api/paths?from=${a}&to=${b}&maxHops=10`)).body);
      const expected = distance(a ?? '', b ?? '');
      if (expected === undefined) expect(result.paths).toEqual([]);
      else expect(result.paths[0]?.edges.length).toBe(expected);
    }
  });

  it('answers 404 naming an unknown end', async () => {
    const problem = expectProblem(await get(server, `/api/paths?from=${from}&to=no-such-entity`), 404);
    expect(problem.detail).toContain('no-such-entity');
  });

  it.each([
    [`from=bcij&to=bcij`, 'to'],
    [`to=bcij`, 'from'],
    [`from=bcij`, 'to'],
    [`from=bcij&to=dgst&maxHops=0`, 'maxHops'],
    [`from=bcij&to=dgst&maxHops=11`, 'maxHops'],
    [`from=bcij&to=dgst&maxHops=two`, 'maxHops'],
    [`from=bcij&to=dgst&mode=longest`, 'mode'],
    [`from=bcij&to=dgst&directed=sometimes`, 'directed'],
    [`from=BCIJ&to=dgst`, 'from'],
  ])('refuses %s with a 400 naming %s', async (query, parameter) => {
    expectProblem(await get(server, `/api/paths?${query}`), 400, parameter);
  });
});
