import { cypher, schemaStatements } from './cypher-files.ts';
import type { Database } from './database.ts';

/** Applies store/cypher/schema.cypher (constraints, range and full-text indexes; idempotent) and waits for the indexes. */
export async function applySchema(db: Database): Promise<void> {
  for (const statement of schemaStatements()) await db.runSchema(statement);
  await db.runSchema(cypher('load/await-indexes'));
}
