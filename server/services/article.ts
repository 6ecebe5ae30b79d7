import { z } from 'zod';
import { articleSentenceSchema, type ArticleView } from '../../contract/api.ts';
import { jsonSchema } from '../../contract/json.ts';
import type { AppContext } from '../context.ts';
import { cypher } from '../../store/cypher-files.ts';
import { notFound } from '../../domain/errors.ts';

const articleRowSchema = z.object({
  id: z.string(),
  properties: z.record(z.string(), jsonSchema),
  sentences: z.array(articleSentenceSchema),
});

export async function articleView({ db }: AppContext): Promise<ArticleView> {
  const [row] = await db.read(cypher('article/article'));
  if (!row) throw notFound('no-article', 'No article has been loaded into the database.');
  const { id, properties, sentences } = articleRowSchema.parse(row);
  return { article: { id, properties }, sentences };
}
