/** A console request that the client abandons stops its query in Neo4j, instead of running on to the timeout. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../index.ts';
import { startTestServer } from '../../test/server-harness.ts';

let server: RunningServer;

beforeAll(async () => {
  // A long timeout, so only the cancellation can end the query within the test.
  server = await startTestServer({ SILA_QUERY_TIMEOUT_MS: '120000' });
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
});
