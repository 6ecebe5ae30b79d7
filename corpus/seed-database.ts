import type { Database } from '../store/database.ts';
import { applySchema, articleCount, loadGraph, type LoadSummary } from '../store/load-graph.ts';
import { buildArticleGraph } from './seed/article-graph.ts';

/** Applies the schema and loads the article graph when the database has no :Article node yet. */
export async function seedIfEmpty(db: Database): Promise<{ seeded: boolean; summary?: LoadSummary }> {
  await applySchema(db);
  if ((await articleCount(db)) > 0) return { seeded: false };
  return { seeded: true, summary: await loadGraph(db, buildArticleGraph()) };
}

