import type { Database } from './db/database.ts';
import { schemaStatements } from './db/cypher-files.ts';

/** Applies cypher/schema.cypher (idempotent: every statement says IF NOT EXISTS). */
export async function prepareDatabase(db: Database, log: (message: string) => void): Promise<void> {
  for (const statement of schemaStatements()) await db.runSchema(statement);
  log('Schema applied.');
}
