import { addArticle, type AddSummary } from '../store/article-writer.ts';
import type { Database } from '../store/database.ts';
import { articleCount } from '../store/load-graph.ts';
import { applySchema } from '../store/schema.ts';
import { seedArticleBatch } from './seed/article-graph.ts';

/**
 * Applies the schema and, when the database holds no article yet, adds the seed article as the corpus's
 * first (through the writer, like any other article).
 */
export async function seedIfEmpty(db: Database): Promise<{ seeded: boolean; summary?: AddSummary }> {
  await applySchema(db);
  if ((await articleCount(db)) > 0) return { seeded: false };
  return { seeded: true, summary: await addArticle(db, seedArticleBatch(), { by: 'seed' }) };
}
