import { cypher, schemaStatements } from './cypher-files.ts';
import type { Database } from './database.ts';
import { countAllFactDegrees } from './fact-degrees.ts';

/**
 * Applies store/cypher/schema.cypher (constraints, range and full-text indexes; idempotent), waits for the
 * indexes, and brings a database written before the paging keys existed up to date (once).
 */
export async function applySchema(db: Database): Promise<void> {
  for (const statement of schemaStatements()) await db.runSchema(statement);
  await db.runSchema(cypher('load/await-indexes'));
  await addOrderKeys(db);
  await addFactDegrees(db);
}

/** The writer keeps each entity's degree summary (store/fact-degrees.ts); a database from before gets them once. */
async function addFactDegrees(db: Database): Promise<void> {
  const [row] = await db.read(cypher('migrate/fact-degrees-done'));
  if (row?.done === true) return;
  await countAllFactDegrees(db);
  await db.write(cypher('migrate/fact-degrees-mark'));
}

/**
 * Mentions and supports are paged by keys the writer gives them (store/article-batch.ts articleKeyOf); a
 * database from before gets them once, in batches, and remembers it.
 */
async function addOrderKeys(db: Database): Promise<void> {
  const [row] = await db.read(cypher('migrate/order-keys-done'));
  if (row?.done === true) return;
  await db.command(cypher('migrate/mention-keys'));
  await db.command(cypher('migrate/support-keys'));
  await db.write(cypher('migrate/order-keys-mark'));
}
