/**
 * The soak in small, inside `npm test`: many clients on loopback mixing every kind of request get no
 * 5xx and only schema-valid answers; and runaway console queries from many clients hold at most the
 * capped number of slots, the rest get 429 with Retry-After, and the other endpoints keep answering.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypherResultSchema, nodeDetailSchema, problemSchema, searchResultSchema } from '../contract/api.ts';
import type { RunningServer } from '../server/index.ts';
import { startTestServer } from './server-harness.ts';
import { runLoad } from './soak/load.ts';

let server: RunningServer;

beforeAll(async () => {
  server = await startTestServer({ SILA_QUERY_TIMEOUT_MS: '3000', SILA_MAX_CONCURRENT_QUERIES: '4' });
});

afterAll(async () => {
  await server.stop();
});

describe('load on loopback', () => {
  it('16 clients for 5 s: zero 5xx, every response valid against its schema', async () => {
    const result = await runLoad({ baseUrl: server.url, clients: 16, durationMs: 5_000, runawayShare: 0.05, seed: 11 });
    expect(result.failures.slice(0, 10)).toEqual([]);
    expect(result.serverErrors).toBe(0);
    for (const kind of ['search', 'expand', 'node', 'paths', 'console']) expect(result.byKind[kind]?.sent ?? 0, kind).toBeGreaterThan(0);
    expect(result.byKind.search?.statuses['200'] ?? 0).toBeGreaterThan(0);
  }, 180_000);
});

describe('runaway console queries', () => {
  const runaway = JSON.stringify({ query: 'UNWIND range(1, 2000000000) AS x RETURN count(x) AS n' });

  it('cannot starve the rest: the cap holds, the excess gets 429 + Retry-After, other endpoints answer meanwhile', async () => {
    let runawaysDone = 0;
    const runaways = Array.from({ length: 12 }, () =>
      fetch(`${server.url}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: runaway }).then(async (response) => {
        const reply = { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) };
        runawaysDone++;
        return reply;
      }),
    );
    // Meanwhile, the rest of the API is used as a person would.
    const others = await Promise.all([
      fetch(`${server.url}/api/search?q=${encodeURIComponent('حموشي')}`).then(async (r) => ({ status: r.status, body: searchResultSchema.safeParse(await r.json()).success })),
      fetch(`${server.url}/api/nodes/fes`).then(async (r) => ({ status: r.status, body: nodeDetailSchema.safeParse(await r.json()).success })),
      fetch(`${server.url}/api/nodes/fes/neighbors`).then((r) => ({ status: r.status, body: true })),
      fetch(`${server.url}/api/health`).then(async (r) => ({ status: r.status, body: (await r.text()).length > 0 })),
    ]);
    const stillRunning = 12 - runawaysDone;
    expect(others).toEqual(others.map(() => ({ status: 200, body: true })));

    const replies = await Promise.all(runaways);
    const ran = replies.filter((r) => r.status === 408);
    const refused = replies.filter((r) => r.status === 429);
    expect(ran.length + refused.length).toBe(12);
    expect(ran.length).toBeLessThanOrEqual(4);
    expect(refused.length).toBeGreaterThanOrEqual(8);
    for (const reply of refused) {
      expect(reply.retryAfter).toMatch(/^\d+$/);
      expect(problemSchema.parse(reply.body).title).toBe('Too many queries');
    }
    // The other requests were answered while runaway queries still held the console.
    expect(stillRunning).toBeGreaterThan(0);

    // Once they time out, the slots are free again.
    const after = await fetch(`${server.url}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'RETURN 1 AS one' }) });
    expect(after.status).toBe(200);
    expect(cypherResultSchema.parse(await after.json()).rows).toEqual([[1]]);
  }, 180_000);
});
