/**
 * A console request that the client abandons stops its query in Neo4j, instead of running on to the
 * timeout, however early the client leaves: during the checks (the query then never runs), while the
 * transaction is being opened, or while it runs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../index.ts';
import { startTestServer } from '../../test/server-harness.ts';

let server: RunningServer;

beforeAll(async () => {
  // A long timeout, so only the cancellation can end the query within the test.
  server = await startTestServer({ SILA_QUERY_TIMEOUT_MS: '120000', SILA_MAX_CONCURRENT_QUERIES: '20' });
});

afterAll(async () => {
  await server.stop();
});

async function consoleTransactions(): Promise<number> {
  const rows = await server.db.command(
    'SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.sila_console IS NOT NULL RETURN transactionId',
  );
  return rows.length;
}

describe('cancelling a console query', () => {
  it('terminates the Neo4j transaction when the client goes away', async () => {
    const client = new AbortController();
    const request = fetch(`${server.url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'UNWIND range(1, 4000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n' }),
      signal: client.signal,
    }).catch((error: unknown) => error);

    await expect.poll(consoleTransactions, { timeout: 30_000, interval: 200 }).toBe(1);
    client.abort();
    expect(await request).toBeInstanceOf(Error);
    await expect.poll(consoleTransactions, { timeout: 20_000, interval: 200 }).toBe(0);
  });

  it('stops the query however soon after sending the client leaves', async () => {
    const query = 'UNWIND range(1, 4000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n';
    const delays = [0, 5, 15, 30, 50, 70, 90, 120, 160, 250];
    const requests = delays.map(async (delay) => {
      const client = new AbortController();
      const request = fetch(`${server.url}/api/cypher`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
        signal: client.signal,
      }).catch((error: unknown) => error);
      await new Promise((resolve) => setTimeout(resolve, delay));
      client.abort();
      return request;
    });
    for (const outcome of await Promise.all(requests)) expect(outcome).toBeInstanceOf(Error);
    // Each query either never started or was terminated; none runs on towards the 120 s limit.
    await expect.poll(consoleTransactions, { timeout: 20_000, interval: 200 }).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await consoleTransactions()).toBe(0);
  });
});
