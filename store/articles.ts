import { cypher } from './cypher-files.ts';
import type { Database } from './database.ts';

/** Whether the corpus already holds the article with this id. */
export async function articleExists(db: Database, id: string): Promise<boolean> {
  const [row] = await db.read(cypher('writer/article-exists'), { id });
  return row?.exists === true;
}
