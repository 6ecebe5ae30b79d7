import { seedIfEmpty } from '../corpus/seed-database.ts';
import type { Database } from '../store/database.ts';
import { noteWrite } from './services/graph-version.ts';
import { warmUp } from './services/warm-up.ts';

/** Applies the schema (idempotent) and adds the seed article when the database holds no article. */
export async function prepareDatabase(db: Database, log: (message: string) => void): Promise<void> {
  const { seeded, summary } = await seedIfEmpty(db);
  if (seeded && summary) {
    noteWrite(db, summary.version);
    warmUp({ db });
  }
  log(
    seeded && summary
      ? `Schema applied; the seed article is in (${summary.sentences} sentences, ${summary.mentions} mentions, ${summary.entities.created.length} entities, ${summary.facts.created.length} facts).`
      : 'Schema applied; the corpus already holds articles.',
  );
}
