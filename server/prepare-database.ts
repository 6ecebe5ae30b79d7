import { seedIfEmpty } from '../corpus/seed-database.ts';
import type { Database } from '../store/database.ts';
import { forgetFactTypes } from './services/fact-types.ts';
import { forgetStartingGraphs } from './services/starting-graph.ts';
import { warmUp } from './services/warm-up.ts';

/** Applies cypher/schema.cypher (idempotent) and loads the article graph when the database has none. */
export async function prepareDatabase(db: Database, log: (message: string) => void): Promise<void> {
  const { seeded, summary } = await seedIfEmpty(db);
  if (seeded) {
    forgetStartingGraphs(db);
    forgetFactTypes(db);
    warmUp({ db });
  }
  log(seeded && summary ? `Schema applied; article graph loaded (${JSON.stringify(summary)}).` : 'Schema applied; the article graph is already loaded.');
}
