import { afterAll, describe, expect, it } from 'vitest';
import { Database } from '../store/database.ts';
import { neo4jTarget } from './neo4j-target.ts';

const target = neo4jTarget();
const db = new Database({ uri: target.uri, user: target.user, password: target.password, database: target.database });

afterAll(async () => {
  await db.write('MATCH (n:SilaProbe) DETACH DELETE n');
  await db.close();
});

describe('the real Neo4j behind the tests', () => {
  it('is Neo4j 5.26 community', async () => {
    const info = await db.serverInfo();
    expect(info.version).toMatch(/^5\.26\./);
    expect(info.edition).toBe('community');
  });

  it('gives up on a read at its deadline, and Neo4j stops the read then too', async () => {
    const impatient = new Database({ uri: target.uri, user: target.user, password: target.password, database: target.database, readDeadlineMs: 1500 });
    // The marker goes in as a parameter, so that this query's own text does not contain it.
    const running = (): Promise<unknown[]> => db.command('SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $marker RETURN currentQuery', { marker: '// abandoned read' });
    try {
      await expect(impatient.read('UNWIND range(1, 4000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n // abandoned read')).rejects.toThrow();
      // Without a timeout of its own it ran on to db.transaction.timeout (30 s) after the server stopped waiting.
      await expect.poll(running, { timeout: 5000, interval: 200 }).toEqual([]);
    } finally {
      await impatient.close();
    }
  });

  it('writes and reads back Arabic text, dates, integers and points as plain JSON', async () => {
    const name = 'المكتب المركزي للأبحاث القضائية';
    await db.write(
      "CREATE (:SilaProbe {name: $name, on: date('2025-02-19'), count: 12, at: point({latitude: 34.02, longitude: -6.84})})",
      { name },
    );
    const rows = await db.read('MATCH (p:SilaProbe) RETURN p.name AS name, p.on AS on, p.count AS count, p.at AS at');
    expect(rows).toEqual([{ name, on: '2025-02-19', count: 12, at: { srid: 4326, x: -6.84, y: 34.02 } }]);
  });
});
