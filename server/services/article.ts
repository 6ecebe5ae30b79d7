import { z } from 'zod';
import { articleSentenceSchema, articleSummarySchema, type ArticleList, type ArticleView } from '../../contract/api.ts';
import { jsonSchema } from '../../contract/json.ts';
import { notFound } from '../../domain/errors.ts';
import { cypher } from '../../store/cypher-files.ts';
import type { AppContext } from '../context.ts';

const articleRowSchema = z.object({
  id: z.string(),
  properties: z.record(z.string(), jsonSchema),
  sentences: z.array(articleSentenceSchema),
});

/** One article with its sentences and mentions; `id` null is the corpus's first article (old `/api/article` links). */
export async function articleView({ db }: Pick<AppContext, 'db'>, id: string | null): Promise<ArticleView> {
  const [row] = await db.read(cypher('article/article'), { id });
  if (!row) {
    throw id === null
      ? notFound('no-article', 'No article has been loaded into the database.')
      : notFound('article-not-found', `No article has the id "${id}".`, { id });
  }
  const { id: articleId, properties, sentences } = articleRowSchema.parse(row);
  return { article: { id: articleId, properties }, sentences };
}

/** Every article of the corpus, newest first, with its counts. */
export async function articleList({ db }: Pick<AppContext, 'db'>): Promise<ArticleList> {
  const rows = await db.read(cypher('article/list'));
  return { articles: z.array(articleSummarySchema).parse(rows) };
}
