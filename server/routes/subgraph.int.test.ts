import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraphSchema } from '../../contract/api.ts';
import type { RunningServer } from '../index.ts';
import { expectJson, expectProblem, post, startArticleServer } from '../../test/http-kit.ts';

let server: RunningServer;

beforeAll(async () => {
  server = await startArticleServer();
});
afterAll(async () => {
  await server.stop();
});

describe('POST /api/subgraph', () => {
  it('returns the nodes that exist with every relationship between them, and names the ids that do not', async () => {
    const reply = await post(server, '/api/subgraph', { nodeIds: ['bcij', 'nope', 'dgst', 'bcij', 'also-gone'] });
    expectJson(reply);
    const result = subgraphSchema.parse(reply.body);
    expect(result.nodes.map((n) => n.id).sort()).toEqual(['bcij', 'dgst']);
    expect(result.edges.map((e) => e.id)).toContain('bcij-part_of-dgst');
    expect(result.edges.every((e) => ['bcij', 'dgst'].includes(e.source) && ['bcij', 'dgst'].includes(e.target))).toBe(true);
    expect(result.missing).toEqual(['nope', 'also-gone']);
    // Search-only keys are not part of any answer.
    expect(result.nodes.some((n) => 'search_ar' in n.properties)).toBe(false);
  });

  it('answers with nothing found rather than an error when no id exists', async () => {
    const result = subgraphSchema.parse((await post(server, '/api/subgraph', { nodeIds: ['nope'] })).body);
    expect(result).toEqual({ nodes: [], edges: [], missing: ['nope'] });
  });

  it.each([[{ nodeIds: [] }], [{ nodeIds: ['Not A Slug'] }], [{}]])('refuses %j with a 400 naming nodeIds', async (body) => {
    expectProblem(await post(server, '/api/subgraph', body), 400, 'nodeIds');
  });
});
