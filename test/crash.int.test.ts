/**
 * A Neo4j killed with SIGKILL in the middle of a seed restarts with a consistent store that holds
 * exactly the previous graph: the loader's single transaction is all or nothing, even across a crash.
 * Runs on a Neo4j of its own, so the shared test database is never killed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Graph } from '../contract/graph.ts';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../neo4j/local-neo4j.ts';
import { buildArticleGraph } from '../corpus/seed/article-graph.ts';
import { loadGraph } from '../store/load-graph.ts';
import { applySchema } from '../store/schema.ts';
import { testCypher } from './cypher.ts';
import { Database } from '../store/database.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'sila-crash-'));
const credentials = { user: 'neo4j', password: 'crash-test-password' };
let neo4j: LocalNeo4j | undefined;
const drivers: Database[] = [];

afterAll(async () => {
  for (const db of drivers) await db.close().catch(() => undefined);
  await neo4j?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

function connect(uri: string): Database {
  const db = new Database({ uri, ...credentials, database: 'neo4j' });
  drivers.push(db);
  return db;
}

/** Everything the seed manages, in a canonical order, with element ids: a restored store must match it exactly. */
async function dump(db: Database): Promise<string> {
  const nodes = await db.read(testCypher('dump-nodes'));
  const relationships = await db.read(testCypher('dump-relationships'));
  const [counts] = await db.read('MATCH (n) WITH count(n) AS nodes OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS relationships');
  // Keys sorted: a rewrite may store the same properties in another order.
  return JSON.stringify({ nodes, relationships, counts }, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : value,
  );
}

/** The article graph with every entity renamed and thousands of extra entities and relationships: a long seed. */
function biggerGraph(article: Graph, extra: number): Graph {
  const nodes = article.nodes.map((n) => (n.labels.includes('Entity') ? { ...n, properties: { ...n.properties, name_en: `${typeof n.properties.name_en === 'string' ? n.properties.name_en : n.id} (rewritten)` } } : n));
  const edges = [...article.edges];
  for (let i = 0; i < extra; i++) {
    const id = `synthetic-place-${i}`;
    nodes.push({ id, labels: ['Entity', 'Place'], properties: { id, name_en: `Synthetic place ${i}`, name_ar: `مكان ${i}`, aliases_ar: [], aliases_latin: [`place ${i}`], description_en: 'x'.repeat(200) } });
    if (i > 0) edges.push({ id: `${id}-near-synthetic-place-${i - 1}`, type: 'NEAR', source: id, target: `synthetic-place-${i - 1}`, properties: { evidence: [] } });
  }
  return { nodes, edges };
}

/** Waits until the seed's write transaction is open and running one of its batches. */
async function seedIsRunning(observer: Database, seed: Promise<unknown>): Promise<void> {
  let settled = false;
  void seed.then(
    () => (settled = true),
    () => (settled = true),
  );
  for (;;) {
    if (settled) throw new Error('the seed ended before it could be killed; make the synthetic graph bigger');
    const rows = await observer.read("SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'UNWIND $rows' RETURN currentQuery");
    if (rows.length > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('SIGKILL in the middle of a seed', () => {
  it('restarts with a consistent store holding exactly the graph before the seed', async () => {
    const port = await freePort();
    neo4j = await startLocalNeo4j({ port, dataDir, ...credentials });
    const db = connect(neo4j.uri);
    const article = buildArticleGraph();
    await applySchema(db);
    await loadGraph(db, article);
    const before = await dump(db);

    const seeding = loadGraph(db, biggerGraph(article, 40_000), { batchSize: 100 });
    const outcome = seeding.then(
      () => 'committed',
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    await seedIsRunning(connect(neo4j.uri), seeding);
    await neo4j.kill();
    expect(await outcome).not.toBe('committed');

    neo4j = await startLocalNeo4j({ port, dataDir, ...credentials });
    const after = connect(neo4j.uri);
    expect(await dump(after)).toBe(before);
    const [synthetic] = await after.read("MATCH (n:Entity) WHERE n.id STARTS WITH 'synthetic-' RETURN count(n) AS n");
    expect(synthetic?.n).toBe(0);
    const [rewritten] = await after.read("MATCH (n:Entity) WHERE n.name_en ENDS WITH '(rewritten)' RETURN count(n) AS n");
    expect(rewritten?.n).toBe(0);
    // The store is usable, not just readable: the indexes are online and the same seed now commits.
    const indexes = await after.read("SHOW INDEXES YIELD state WHERE state <> 'ONLINE' RETURN count(*) AS n");
    expect(indexes[0]?.n).toBe(0);
    await loadGraph(after, article);
    expect(await dump(after)).toBe(before);
  }, 240_000);
});
