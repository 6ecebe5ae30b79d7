/**
 * Issue 16, "a time limit", "cancel frees the database" and "at most N console queries at once", against
 * the real Neo4j with small limits. `reduce` over a long range is a query Neo4j cannot interrupt between
 * rows (ADR 0014): the answer must still be a 408 at the limit, and the console slot must stay taken until
 * Neo4j has really stopped, as SHOW TRANSACTIONS shows. A result Neo4j fails to send is never answered by
 * Neo4j at all; its slot and connection must still come back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemSchema } from '../../contract/api.ts';
import type { RunningServer } from '../index.ts';
import { startTestServer } from '../../test/server-harness.ts';
import { postJson, type RawReply } from '../../test/hostile/replies.ts';

/** Runs for seconds inside one row, where a terminated transaction is not looked at. */
const UNINTERRUPTIBLE = 'RETURN reduce(s = 0, x IN range(1, 100000000) | s + x) AS s';
/** A value nested deeper than Neo4j 5.26 can send: it never answers it. */
const UNSENDABLE = 'RETURN reduce(a = [], x IN range(1, 100000) | [a]) AS deep';

function ask(server: RunningServer, query: string): Promise<RawReply> {
  return postJson(`${server.url}/api/cypher`, JSON.stringify({ query }));
}

function codeOf(reply: RawReply): string | undefined {
  expect(reply.contentType).toMatch(/^application\/problem\+json/);
  return problemSchema.parse(JSON.parse(reply.text)).code;
}

/** How many console transactions Neo4j still has. */
async function consoleTransactions(server: RunningServer): Promise<number> {
  const rows = await server.db.command('SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.sila_console IS NOT NULL RETURN transactionId');
  return rows.length;
}

/**
 * While Neo4j still runs `cap` console transactions, every new console query is refused; once they are
 * gone, one is accepted again. (A 200 just as a transaction ends is fine; a 200 while `cap` remain is not.)
 */
async function expectBusyUntilNeo4jStops(server: RunningServer, cap: number, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while ((await consoleTransactions(server)) >= cap) {
    expect(Date.now(), 'Neo4j still runs the queries').toBeLessThan(until);
    const reply = await ask(server, 'RETURN 1 AS one');
    if (reply.status !== 429) {
      expect(await consoleTransactions(server), 'a console query was accepted while Neo4j still ran a full cap of earlier ones').toBeLessThan(cap);
      break;
    }
    expect(codeOf(reply)).toBe('console-busy');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await expect.poll(async () => (await ask(server, 'RETURN 1 AS one')).status, { timeout: 5000, interval: 100 }).toBe(200);
}

describe('a query Neo4j cannot interrupt', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startTestServer({ SILA_QUERY_TIMEOUT_MS: '500', SILA_MAX_CONCURRENT_QUERIES: '1' });
  });

  afterAll(async () => {
    await server.stop();
  });

  it('is answered 408 at the limit while Neo4j still computes it, and keeps its slot until Neo4j has stopped', async () => {
    const answer = await ask(server, UNINTERRUPTIBLE);
    expect(answer.status, answer.text).toBe(408);
    expect(codeOf(answer)).toBe('console-time-limit');
    // The answer did not wait for Neo4j: its transaction is still there, and the slot is still taken.
    expect(await consoleTransactions(server)).toBe(1);
    await expectBusyUntilNeo4jStops(server, 1, 90_000);
  });

  it('when its client leaves, still holds the slot until Neo4j has stopped it', async () => {
    const client = new AbortController();
    const request = fetch(`${server.url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: UNINTERRUPTIBLE }),
      signal: client.signal,
    }).catch((error: unknown) => error);
    await expect.poll(() => consoleTransactions(server), { timeout: 10_000, interval: 50 }).toBe(1);
    client.abort();
    expect(await request).toBeInstanceOf(Error);
    await expectBusyUntilNeo4jStops(server, 1, 90_000);
  });

  it('when Neo4j fails to send its result, is answered 408 and its slot and connection come back', async () => {
    const answer = await ask(server, UNSENDABLE);
    expect(answer.status, answer.text).toBe(408);
    // Neo4j will never finish this one by itself: the server sees its CPU time stand still and closes its connection.
    await expect.poll(() => consoleTransactions(server), { timeout: 30_000, interval: 250 }).toBe(0);
    await expect.poll(async () => (await ask(server, 'RETURN 1 AS one')).status, { timeout: 10_000, interval: 100 }).toBe(200);
  });
});

describe('the concurrency cap counts what Neo4j runs', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startTestServer({ SILA_QUERY_TIMEOUT_MS: '500', SILA_MAX_CONCURRENT_QUERIES: '2' });
  });

  afterAll(async () => {
    await server.stop();
  });

  it('refuses a third query while two answered ones still run in Neo4j', async () => {
    const answers = await Promise.all([ask(server, UNINTERRUPTIBLE), ask(server, UNINTERRUPTIBLE)]);
    expect(answers.map((a) => a.status)).toEqual([408, 408]);
    expect(await consoleTransactions(server)).toBe(2);
    const third = await ask(server, 'RETURN 1 AS one');
    expect(third.status).toBe(429);
    await expectBusyUntilNeo4jStops(server, 2, 120_000);
    await expect.poll(() => consoleTransactions(server), { timeout: 120_000, interval: 250 }).toBe(0);
  });
});
