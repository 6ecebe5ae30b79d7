import { cypher } from './cypher-files.ts';
import type { Database } from './database.ts';

/** The graph version: every write through the writer increments it (0 before the first). */
export async function readGraphVersion(db: Database): Promise<number> {
  const [row] = await db.read(cypher('meta/graph-version'));
  return typeof row?.version === 'number' ? row.version : 0;
}
