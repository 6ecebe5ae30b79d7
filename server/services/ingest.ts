/** The ingestion use cases, as the HTTP API calls them: caches learn of each write at once. */
import type { ArticleInput, IngestResult } from '../../contract/api.ts';
import type { Review } from '../../contract/workbench.ts';
import { ingestArticle, previewArticle, retractStoredArticle } from '../../ingest/ingest-article.ts';
import type { AppContext } from '../context.ts';
import { noteWrite } from './graph-version.ts';

export function dryRun({ db }: Pick<AppContext, 'db'>, input: ArticleInput): Promise<IngestResult> {
  return previewArticle(db, input);
}

export async function ingest({ db }: Pick<AppContext, 'db'>, input: ArticleInput, by: string, review?: Review): Promise<IngestResult> {
  const { version, ...result } = await ingestArticle(db, input, by, review);
  if (result.duplicate !== true) noteWrite(db, version);
  return result;
}

export async function retract({ db }: Pick<AppContext, 'db'>, id: string, by: string): Promise<void> {
  const { version } = await retractStoredArticle(db, id, by);
  noteWrite(db, version);
}
