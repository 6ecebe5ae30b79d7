/**
 * Outage and recovery against a real Neo4j of its own: the server starts while Neo4j is down, answers
 * 503 problems within a bounded time during the outage, and recovers without a restart.
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

    neo4j = await startLocalNeo4j({ port: boltPort, dataDir, ...credentials });
    const up = await timedGet(`${server.url}/api/health`);
    expect(up.status).toBe(200);
    expect(healthSchema.parse(up.body).neo4j.version).toMatch(/^5\.26\./);

    await neo4j.stop();
    const outage = await timedGet(`${server.url}/api/health`);
    expect(outage.status).toBe(503);
    expect(outage.ms).toBeLessThan(15_000);

    neo4j = await startLocalNeo4j({ port: boltPort, dataDir, ...credentials });
    const recovered = await timedGet(`${server.url}/api/health`);
    expect(recovered.status).toBe(200);
  }, 180_000);

  it('answers unknown API routes with a problem document, not HTML', async () => {
    if (!server) throw new Error('the server of the first test is needed');
    const response = await timedGet(`${server.url}/api/no-such-route`);
    expect(response.status).toBe(404);
    expect(response.type).toContain('application/problem+json');
    expect(problemSchema.parse(response.body).detail).toContain('/api/no-such-route');
  });
});
