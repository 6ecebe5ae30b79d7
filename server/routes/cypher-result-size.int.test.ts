/**
 * Issue 16, "the row cap bounds what a query returns": it bounds rows, not bytes. The console now also
 * stops at SILA_MAX_RESULT_BYTES of JSON, returns what fits with `truncated` and why, and never holds the
 * whole result. The server runs in this process, so its memory is this process's: it is sampled while each
 * query runs and must stay far below what the unbounded answers took (+750 MB and +1.5 GB).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypherResultSchema, type CypherResult } from '../../contract/api.ts';
import type { RunningServer } from '../index.ts';
import { startTestServer } from '../../test/server-harness.ts';
import { postJson } from '../../test/hostile/replies.ts';

let server: RunningServer;
const MiB = 1024 * 1024;

beforeAll(async () => {
  server = await startTestServer();
  await postJson(`${server.url}/api/cypher`, JSON.stringify({ query: 'RETURN 1 AS warm' }));
});

afterAll(async () => {
  await server.stop();
});

/** Sends a console query while sampling this process's resident memory; reports the answer and the growth. */
async function measured(query: string): Promise<{ result: CypherResult; bytes: number; growthMiB: number }> {
  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  try {
    const reply = await postJson(`${server.url}/api/cypher`, JSON.stringify({ query }));
    expect(reply.status, reply.text.slice(0, 300)).toBe(200);
    return { result: cypherResultSchema.parse(JSON.parse(reply.text)), bytes: Buffer.byteLength(reply.text), growthMiB: (Math.max(peak, process.memoryUsage().rss) - before) / MiB };
  } finally {
    clearInterval(sampler);
  }
}

describe('the console bounds its answer in bytes as well as rows', () => {
  it('200 rows of 1 MiB strings (a 209 MB answer before): the rows that fit in 4 MiB, truncated by bytes', async () => {
    const { result, bytes, growthMiB } = await measured("UNWIND range(1, 200) AS i RETURN reduce(s = 'x', j IN range(1, 20) | s + s) AS s");
    expect(result.truncated).toBe(true);
    expect(result.truncation).toEqual({ by: 'bytes', limit: 4 * MiB });
    expect(result.rows.length).toBeGreaterThan(0);
    for (const row of result.rows) expect(row[0]).toHaveLength(MiB);
    expect(bytes).toBeLessThanOrEqual(4 * MiB + 4096);
    console.log(`[result-size] 200 × 1 MiB: ${result.rows.length} rows, ${bytes} bytes, memory +${growthMiB.toFixed(0)} MiB`);
    expect(growthMiB).toBeLessThan(300);
  });

  it('one node in every row (a hub\'s neighbourhood): each row carries it whole, the graph once, and each row\'s copy counts towards the bytes', async () => {
    const { result, bytes } = await measured("UNWIND range(1, 60) AS i MATCH (n:Entity {id: 'bcij'}) RETURN i, n, reduce(s = 'x', j IN range(1, 17) | s + s) AS s");
    expect(result.truncation).toEqual({ by: 'bytes', limit: 4 * MiB });
    expect(result.rows.length).toBeGreaterThan(20);
    const first = JSON.stringify(result.rows[0]?.[1]);
    expect(first).toContain('"bcij"');
    for (const row of result.rows) expect(JSON.stringify(row[1])).toBe(first);
    expect(result.graph.nodes.map((n) => n.id)).toEqual(['bcij']);
    // Were the node measured once and not per row, the answer would pass the limit by a copy of it a row.
    expect(bytes).toBeLessThanOrEqual(4 * MiB + 4096);
  });

  it('9 rows of 16 Mi control characters (96 MB of JSON each, a 500 at 1.6 GB before): no row fits, truncated by bytes', async () => {
    const { result, growthMiB } = await measured("UNWIND range(1, 9) AS i RETURN i, reduce(s = '\\u0001', j IN range(1, 24) | s + s) AS s");
    expect(result.rows).toEqual([]);
    expect(result.columns).toEqual(['i', 's']);
    expect(result.truncation).toEqual({ by: 'bytes', limit: 4 * MiB });
    console.log(`[result-size] 9 × 16 Mi U+0001: memory +${growthMiB.toFixed(0)} MiB`);
    expect(growthMiB).toBeLessThan(600);
  });

  it('still says the row cap cut a result of small rows', async () => {
    const { result } = await measured('UNWIND range(1, 5000) AS i RETURN i');
    expect(result.rows).toHaveLength(1000);
    expect(result.truncation).toEqual({ by: 'rows', limit: 1000 });
  });

  it('counts the graph found in the rows too', async () => {
    const small = await startTestServer({ SILA_MAX_RESULT_BYTES: '20000' });
    try {
      const reply = await postJson(`${small.url}/api/cypher`, JSON.stringify({ query: 'MATCH (n:Entity) RETURN n' }));
      const result = cypherResultSchema.parse(JSON.parse(reply.text));
      expect(result.truncation).toEqual({ by: 'bytes', limit: 20000 });
      expect(result.graph.nodes.length).toBe(result.rows.length);
      expect(Buffer.byteLength(reply.text)).toBeLessThanOrEqual(20000 + 1024);
    } finally {
      await small.stop();
    }
  });
});
