/**
 * Property tests over every endpoint's parameters and bodies against the real server and Neo4j:
 * whatever arrives (hostile Unicode, Lucene and Cypher syntax, wrong types, huge lists, broken
 * encodings) the answer is a valid 2xx or a 4xx problem, never a 5xx and never a stack trace.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  articleSchema,
  cypherResultSchema,
  edgeDetailSchema,
  examplesSchema,
  healthSchema,
  neighborsSchema,
  nodeDetailSchema,
  pathsResultSchema,
  schemaInfoSchema,
  searchResultSchema,
} from '../../contract/api.ts';
import { graphSchema } from '../../contract/graph.ts';
import { testCypher } from '../../test/cypher.ts';
import type { RunningServer } from '../index.ts';
import { anyJson, encodedValue, hostileOrHuge, hostileText, numberish, percentEncode } from '../../test/hostile/text.ts';
import { expectSafe, postJson, send } from '../../test/hostile/replies.ts';
import { startArticleServer } from '../../test/http-kit.ts';

let server: RunningServer;
const runs = { numRuns: 40 };

beforeAll(async () => {
  server = await startArticleServer();
});

afterAll(async () => {
  await server.stop();
});

/** A digest of every managed node and relationship, to prove hostile requests changed nothing. */
async function digest(): Promise<string> {
  const nodes = await server.db.read(testCypher('dump-nodes'));
  const edges = await server.db.read(testCypher('dump-relationships'));
  return createHash('sha256').update(JSON.stringify({ nodes, edges })).digest('hex');
}

const param = (name: string): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 6, arbitrary: encodedValue.map((v) => `${name}=${v}`) },
    { weight: 1, arbitrary: fc.tuple(encodedValue, encodedValue).map(([a, b]) => `${name}=${a}&${name}=${b}`) },
    { weight: 1, arbitrary: fc.constant(name) },
    { weight: 1, arbitrary: encodedValue.map((v) => `${name}[]=${v}`) },
    { weight: 1, arbitrary: encodedValue.map((v) => `${name}[x]=${v}`) },
  );
const numberParam = (name: string): fc.Arbitrary<string> =>
  fc.oneof(numberish.map((v) => `${name}=${percentEncode(v)}`), param(name));
const optional = (arbitrary: fc.Arbitrary<string>): fc.Arbitrary<string | null> => fc.option(arbitrary, { nil: null });
const queryString = (...parts: fc.Arbitrary<string | null>[]): fc.Arbitrary<string> =>
  fc.tuple(...parts).map((values) => values.filter((v): v is string => v !== null).join('&'));

describe('GET endpoints with hostile parameters', () => {
  it('search: q and limit', async () => {
    await fc.assert(
      fc.asyncProperty(queryString(optional(param('q')), optional(numberParam('limit'))), async (qs) => {
        expectSafe(await send(`${server.url}/api/search?${qs}`), searchResultSchema, qs);
      }),
      runs,
    );
  });

  it('search: plain hostile text, Lucene syntax and Cypher in q always parses as a search', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, async (q) => {
        const reply = await send(`${server.url}/api/search?q=${percentEncode(q)}`);
        expectSafe(reply, searchResultSchema, q);
        // Well under the 200-character cap even when every unpaired surrogate arrives as three replacement characters.
        if (q.trim().length > 0 && q.length <= 60) expect(reply.status, q).toBe(200);
      }),
      { numRuns: 60 },
    );
  });

  it('repeated parameters are a 400, not a 500', async () => {
    for (const path of ['/api/search?q=a&q=b', '/api/search?q=fes&limit=1&limit=2', '/api/graph?limit=1&limit=2', '/api/paths?from=fes&from=bcij&to=dgst', '/api/nodes/fes/neighbors?types=A&types=B', '/api/nodes/fes/neighbors?direction=in&direction=out']) {
      const reply = await send(server.url + path);
      expectSafe(reply, undefined, path);
      expect(reply.status, path).toBe(400);
    }
  });

  it('a URL past the 16 kB header limit gets a 431 problem, not a bare status line', async () => {
    const reply = await send(`${server.url}/api/search?q=${'x'.repeat(20_000)}`);
    expectSafe(reply, undefined, 'long URL');
    expect(reply.status).toBe(431);
  });

  it('graph: limit', async () => {
    await fc.assert(
      fc.asyncProperty(queryString(optional(numberParam('limit'))), async (qs) => {
        expectSafe(await send(`${server.url}/api/graph?${qs}`), graphSchema, qs);
      }),
      { numRuns: 25 },
    );
  });

  it('nodes/:id and its neighbours: id, types, labels, direction, limit', async () => {
    const id = fc.oneof(encodedValue, fc.constantFrom('fes', 'bcij', 'dgst', 'abdellatif-hammouchi'));
    await fc.assert(
      fc.asyncProperty(
        id,
        queryString(optional(param('types')), optional(param('labels')), optional(param('direction')), optional(numberParam('limit'))),
        async (nodeId, qs) => {
          if (nodeId === '' || nodeId === '.' || nodeId === '..') return;
          expectSafe(await send(`${server.url}/api/nodes/${nodeId}`), nodeDetailSchema, nodeId);
          expectSafe(await send(`${server.url}/api/nodes/${nodeId}/neighbors?${qs}`), neighborsSchema, `${nodeId} ${qs}`);
        },
      ),
      runs,
    );
  });

  it('edges/:id', async () => {
    await fc.assert(
      fc.asyncProperty(encodedValue, async (edgeId) => {
        if (edgeId === '' || edgeId === '.' || edgeId === '..') return;
        expectSafe(await send(`${server.url}/api/edges/${edgeId}`), edgeDetailSchema, edgeId);
      }),
      runs,
    );
  });

  it('paths: from, to, maxHops, mode', async () => {
    const known = fc.constantFrom('from=fes', 'from=bcij', 'to=dgst', 'to=abdellatif-hammouchi');
    await fc.assert(
      fc.asyncProperty(
        queryString(optional(fc.oneof(param('from'), known)), optional(fc.oneof(param('to'), known)), optional(numberParam('maxHops')), optional(param('mode'))),
        async (qs) => {
          expectSafe(await send(`${server.url}/api/paths?${qs}`), pathsResultSchema, qs);
        },
      ),
      runs,
    );
  });

  it('parameter-less endpoints ignore or refuse what they are sent', async () => {
    const endpoints = [
      ['/api/health', healthSchema],
      ['/api/schema', schemaInfoSchema],
      ['/api/article', articleSchema],
      ['/api/examples', examplesSchema],
    ] as const;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...endpoints), param('x'), async ([path, schema], qs) => {
        expectSafe(await send(`${server.url}${path}?${qs}`), schema, qs);
      }),
      { numRuns: 20 },
    );
  });

  it('unknown paths and malformed encodings under /api are 4xx problems', async () => {
    await fc.assert(
      fc.asyncProperty(encodedValue, async (tail) => {
        if (tail === '' || tail === '.' || tail === '..') return;
        expectSafe(await send(`${server.url}/api/${tail}`), undefined, tail);
      }),
      { numRuns: 25 },
    );
  });
});

describe('POST bodies with hostile content', () => {
  it('cypher: any JSON body, and hostile query text with hostile parameters, leave the database unchanged', async () => {
    const before = await digest();
    const body = fc.oneof(
      anyJson.map((value) => JSON.stringify(value)),
      fc.record({ query: hostileOrHuge, params: fc.dictionary(hostileText, anyJson, { maxKeys: 4 }) }).map((value) => JSON.stringify(value)),
      fc.record({ query: anyJson, params: anyJson }).map((value) => JSON.stringify(value)),
      hostileText,
    );
    await fc.assert(
      fc.asyncProperty(body, async (text) => {
        expectSafe(await postJson(`${server.url}/api/cypher`, text), cypherResultSchema, text.slice(0, 200));
      }),
      { numRuns: 60 },
    );
    expect(await digest()).toBe(before);
  });

  it('export: wrong formats, wrong types and huge id lists', async () => {
    const ids = fc.oneof(
      fc.array(fc.oneof(hostileText, fc.constantFrom('fes', 'bcij', 'dgst')), { maxLength: 20 }),
      fc.array(anyJson, { maxLength: 10 }),
      fc.integer({ min: 9_990, max: 12_000 }).map((n) => Array.from({ length: n }, (_v, i) => `no-such-node-${i}`)),
      fc.integer({ min: 1, max: 3 }).map((k) => Array.from({ length: 6_000 * k }, () => 'x'.repeat(200))),
    );
    const format = fc.oneof(fc.constantFrom('json', 'cyjs', 'graphml', 'csv', 'cypher'), hostileText, anyJson);
    await fc.assert(
      fc.asyncProperty(format, ids, async (f, nodeIds) => {
        const reply = await postJson(`${server.url}/api/export`, JSON.stringify({ format: f, nodeIds }));
        expectSafe(reply, undefined, `${JSON.stringify(f)} × ${nodeIds.length}`);
      }),
      { numRuns: 30 },
    );
  });

  it('bodies that are not JSON, not objects, too large or too deep', async () => {
    const deep = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth);
    const bodies = [
      '', '{', 'null', '"query"', '42', '[]', '{"query": null}', '{"query": "RETURN 1", "params": []}', '{"query": "RETURN 1", "params": "x"}',
      `{"query": "RETURN $p AS p", "params": {"p": ${deep(5_000)}}}`,
      `{"query": "RETURN $p AS p", "params": {"p": ${deep(100_000)}}}`,
      `{"query": "RETURN 1", "params": ${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}}`,
      JSON.stringify({ query: 'RETURN 1', pad: 'x'.repeat(2_000_000) }),
      '{"query": "RETURN 1", "__proto__": {"polluted": true}}',
      '{"query": "RETURN \\u0000 AS nul"}',
      '{"query": "/*"}',
      '{"query": "//"}',
      '{"query": "RETURN 1 /*"}',
      '{"query": "`"}',
    ];
    for (const path of ['/api/cypher', '/api/export']) {
      for (const body of bodies) {
        const reply = await postJson(server.url + path, body);
        expectSafe(reply, undefined, `${path} ${body.slice(0, 80)}`);
      }
      const wrongType = await send(server.url + path, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"RETURN 1"}' });
      expectSafe(wrongType, undefined, `${path} text/plain`);
      // A write must say it is JSON (issue 16): the body is refused unread.
      expect(wrongType.status).toBe(415);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
