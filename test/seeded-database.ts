import { afterAll, beforeAll } from 'vitest';
import { seedIfEmpty } from '../corpus/seed-database.ts';
import { Database } from '../store/database.ts';
import { loadGraph } from '../store/load-graph.ts';
import { applySchema } from '../store/schema.ts';
import { neo4jTarget } from './neo4j-target.ts';

/** A handle on the integration tests' Neo4j (each handle is its own driver, as another process would be). */
export function openTestDatabase(): Database {
  const target = neo4jTarget();
  return new Database({ uri: target.uri, user: target.user, password: target.password, database: target.database });
}

async function emptyThenSeed(db: Database): Promise<void> {
  await loadGraph(db, { nodes: [], edges: [] });
  await seedIfEmpty(db);
}

/**
 * For a test file that writes: the schema applied and the store holding just the seed article before its tests,
 * and again after them (so the next file finds what it expects), then `handles` closed.
 */
export function withSeededDatabase(db: Database, handles: readonly Database[] = [db]): void {
  beforeAll(async () => {
    await applySchema(db);
    await emptyThenSeed(db);
  });
  afterAll(async () => {
    await emptyThenSeed(db);
    await Promise.all(handles.map((h) => h.close()));
  });
}
