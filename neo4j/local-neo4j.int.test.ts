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

  it('refuses a wrong password, so auth is really on', async () => {
    const running = await startLocalNeo4j({ port: 0, dataDir, ...credentials });
    try {
      const wrong = new Database({ uri: running.uri, user: 'neo4j', password: 'not-the-password', database: 'neo4j' });
      await expect(wrong.read('RETURN 1')).rejects.toThrow(/authentication|unauthorized/i);
      await wrong.close();
    } finally {
      await running.stop();
    }
  }, 240_000);
});
