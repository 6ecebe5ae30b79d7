import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Database } from '../store/database.ts';
import { startLocalNeo4j } from './local-neo4j.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'sila-restart-'));
const credentials = { user: 'neo4j', password: 'restart-test-password' };

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function withDatabase<T>(uri: string, work: (db: Database) => Promise<T>): Promise<T> {
  const db = new Database({ uri, ...credentials, database: 'neo4j' });
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('the local Neo4j runner', () => {
  it('keeps its data when stopped with Ctrl-C (SIGINT) and started again', async () => {
    const first = await startLocalNeo4j({ port: 0, dataDir, ...credentials });
    await withDatabase(first.uri, (db) => db.write("CREATE (:Survivor {name: 'الحموشي', n: 1})"));
    await first.stop('SIGINT');
    expect(isAlive(first.pid)).toBe(false);

    const second = await startLocalNeo4j({ port: 0, dataDir, ...credentials });
    try {
      const rows = await withDatabase(second.uri, (db) => db.read('MATCH (s:Survivor) RETURN s.name AS name, s.n AS n'));
      expect(rows).toEqual([{ name: 'الحموشي', n: 1 }]);
    } finally {
      await second.stop();
    }
    expect(isAlive(second.pid)).toBe(false);
    // Two JVM starts: seconds on a quiet machine, most of a minute each on a busy 2-core one.
  }, 240_000);

  it('refuses a wrong password, so auth is really on; db.transaction.timeout stops what sets no timeout, and yields to one that does', async () => {
    const running = await startLocalNeo4j({ port: 0, dataDir, ...credentials, txTimeoutSeconds: 2 });
    try {
      const wrong = new Database({ uri: running.uri, user: 'neo4j', password: 'not-the-password', database: 'neo4j' });
      await expect(wrong.read('RETURN 1')).rejects.toThrow(/authentication|unauthorized/i);
      await wrong.close();

      await withDatabase(running.uri, async (db) => {
        const endless = 'UNWIND range(1, 4000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n';
        // A write transaction carries no timeout of its own: the database's ends it.
        await expect(db.write(endless)).rejects.toMatchObject({ code: 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration' });
        // A read that says 60 s is not cut at the database's 2 s (ADR 0014): it still runs well past them.
        const read = db.read(`${endless} // long read`, {}, 60_000).catch((error: unknown) => error);
        await new Promise((resolve) => setTimeout(resolve, 4000));
        // The marker goes in as a parameter, so that this query's own text does not contain it.
        const still = await db.command('SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE currentQuery CONTAINS $marker RETURN transactionId', { marker: '// long read' });
        expect(still).toHaveLength(1);
        await db.command('TERMINATE TRANSACTIONS $ids', { ids: still.map((row) => row.transactionId) });
        expect(await read).toBeInstanceOf(Error);
      });
    } finally {
      await running.stop();
    }
  }, 240_000);
});
