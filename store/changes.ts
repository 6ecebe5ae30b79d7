import { changeSchema, type Change } from '../contract/workbench.ts';
import { cypher } from './cypher-files.ts';
import type { Database } from './database.ts';

/** The recorded changes, newest first, optionally about one entity or one article. */
export async function listChanges(db: Database, filter: { entity?: string; article?: string; limit: number }): Promise<Change[]> {
  const rows = await db.read(cypher('changes/list'), { entity: filter.entity ?? null, article: filter.article ?? null, limit: filter.limit });
  return rows.map((row) => changeSchema.parse(row));
}
