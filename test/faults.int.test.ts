/**
 * Outage and recovery against a real Neo4j of its own: the server starts while Neo4j is down, answers
 * 503 problems within a bounded time during the outage (on every endpoint that needs the database, not
 * only health), and recovers without a restart, also from a Neo4j that is frozen rather than gone.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { healthSchema, problemSchema } from '../contract/api.ts';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../neo4j/local-neo4j.ts';
import { start, type RunningServer } from '../server/index.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'sila-faults-'));
const credentials = { user: 'neo4j', password: 'faults-test-password' };
let neo4j: LocalNeo4j | undefined;
let server: RunningServer | undefined;

afterAll(async () => {
  await server?.stop();
  await neo4j?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Every endpoint that needs the database, as the client calls it. */
const databaseRequests: [string, RequestInit?][] = [
  ['/api/search?q=fes'],
  ['/api/graph'],
  ['/api/nodes/fes'],
  ['/api/nodes/fes/neighbors'],
  ['/api/edges/bcij-coordinated_with-dgst'],
  ['/api/paths?from=fes&to=bcij'],
  ['/api/article'],
  ['/api/schema'],
  ['/api/cypher', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'MATCH (n) RETURN count(n) AS n' }) }],
  ['/api/export', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ format: 'json', nodeIds: ['fes'] }) }],
];

/** During an outage each of them answers 503 problem+json with Retry-After, each within a bounded time. */
async function expectOutageProblems(base: string): Promise<void> {
  const replies = await Promise.all(
    databaseRequests.map(async ([path, init]) => {
      const began = performance.now();
      const response = await fetch(base + path, init);
      const text = await response.text();
      return { path, status: response.status, type: response.headers.get('content-type') ?? '', retryAfter: response.headers.get('retry-after'), text, ms: performance.now() - began };
    }),
  );
  for (const reply of replies) {
    expect(reply.status, `${reply.path}: ${reply.text}`).toBe(503);
    expect(reply.type, reply.path).toMatch(/^application\/problem\+json/);
    expect(reply.retryAfter, reply.path).toMatch(/^\d+$/);
    const problem = problemSchema.parse(JSON.parse(reply.text));
    expect(problem.title).toBe('Database unavailable');
    expect(problem.detail).toMatch(/Neo4j/);
    expect(reply.text).not.toMatch(/\bat [^\s]+ \(|\.ts:\d+/);
    // A hang detector, not a speed test: a frozen Neo4j costs each read its deadline (20 s by default).
    expect(reply.ms, reply.path).toBeLessThan(60_000);
  }
}

async function timedGet(url: string): Promise<{ status: number; type: string; body: unknown; ms: number }> {
  const began = performance.now();
  const response = await fetch(url);
  const body: unknown = await response.json();
  return { status: response.status, type: response.headers.get('content-type') ?? '', body, ms: performance.now() - began };
}

describe('when Neo4j goes away and comes back', () => {
  it('starts while Neo4j is down, reports degraded health, and recovers with no restart', async () => {
    const boltPort = await freePort();
    server = await start({
      NEO4J_URI: `bolt://127.0.0.1:${boltPort}`,
      NEO4J_USER: credentials.user,
      NEO4J_PASSWORD: credentials.password,
      HOST: '127.0.0.1',
      PORT: '0',
    });

    const down = await timedGet(`${server.url}/api/health`);
    expect(down.status).toBe(503);
    const degraded = healthSchema.parse(down.body);
    expect(degraded.status).toBe('degraded');
    expect(degraded.neo4j.reachable).toBe(false);
    // A hang detector, not a speed test: the driver gives up after one second of retries.
    expect(down.ms).toBeLessThan(15_000);
    await expectOutageProblems(server.url);

    neo4j = await startLocalNeo4j({ port: boltPort, dataDir, ...credentials });
    const up = await timedGet(`${server.url}/api/health`);
    expect(up.status).toBe(200);
    expect(healthSchema.parse(up.body).neo4j.version).toMatch(/^5\.26\./);

    await neo4j.stop();
    const outage = await timedGet(`${server.url}/api/health`);
    expect(outage.status).toBe(503);
    expect(outage.ms).toBeLessThan(15_000);
    await expectOutageProblems(server.url);

    neo4j = await startLocalNeo4j({ port: boltPort, dataDir, ...credentials });
    const recovered = await timedGet(`${server.url}/api/health`);
    expect(recovered.status).toBe(200);
    const console = await fetch(`${server.url}/api/cypher`, databaseRequests.at(-2)?.[1]);
    expect(console.status).toBe(200);
  }, 240_000);

  it('answers 503 instead of hanging while Neo4j is frozen (SIGSTOP), and recovers when it resumes', async () => {
    if (!server || !neo4j) throw new Error('the server and Neo4j of the first test are needed');
    // Warm the pool, so the frozen server is met on open connections as well as new ones.
    expect((await timedGet(`${server.url}/api/health`)).status).toBe(200);
    process.kill(neo4j.pid, 'SIGSTOP');
    try {
      const frozen = await timedGet(`${server.url}/api/health`);
      expect(frozen.status).toBe(503);
      // Health makes two reads, each bounded by the read deadline.
      expect(frozen.ms).toBeLessThan(60_000);
      await expectOutageProblems(server.url);
    } finally {
      process.kill(neo4j.pid, 'SIGCONT');
    }
    let status = 0;
    for (let attempt = 0; attempt < 30 && status !== 200; attempt++) {
      status = (await timedGet(`${server.url}/api/health`)).status;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    expect(status).toBe(200);
  }, 240_000);

  it('answers unknown API routes with a problem document, not HTML', async () => {
    if (!server) throw new Error('the server of the first test is needed');
    const response = await timedGet(`${server.url}/api/no-such-route`);
    expect(response.status).toBe(404);
    expect(response.type).toContain('application/problem+json');
    expect(problemSchema.parse(response.body).detail).toContain('/api/no-such-route');
  });
});
