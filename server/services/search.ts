import { z } from 'zod';
import type { SearchResult } from '../../contract/api.ts';
import { jsonSchema } from '../../contract/json.ts';
import type { AppContext } from '../context.ts';
import { cypher } from '../db/cypher-files.ts';
import { toGraphNode } from './graph-shape.ts';
import { luceneQueries } from './search/lucene.ts';
import { MAX_QUERY_WORDS, words } from './search/query-text.ts';
import { rankCandidates, type Candidate, type NameKey } from './search/rank.ts';

/** How many entities each full-text index proposes; the precise ranking then picks `limit` of them. */
export const CANDIDATES_PER_INDEX = 100;

const candidateRowSchema = z.object({
  node: z.object({ id: z.string(), labels: z.array(z.string()), properties: z.record(z.string(), jsonSchema) }),
  score: z.number(),
});

const textList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : typeof value === 'string' ? [value] : [];

/** Every name an entity goes by, primary names first; keys_norm adds any key the seed derived beyond them. */
export function nameKeys(properties: Record<string, unknown>): NameKey[] {
  const keys = new Map<string, NameKey>();
  const add = (display: string, primary: boolean): void => {
    const key = words(display);
    const joined = key.join(' ');
    if (key.length > 0 && !keys.has(joined)) keys.set(joined, { words: key, display, primary });
  };
  for (const name of [...textList(properties.name_ar), ...textList(properties.name_en)]) add(name, true);
  for (const alias of [...textList(properties.aliases_ar), ...textList(properties.aliases_latin)]) add(alias, false);
  for (const key of textList(properties.keys_norm)) add(key, false);
  return [...keys.values()];
}

export async function search({ db }: AppContext, q: string, limit: number): Promise<SearchResult> {
  const queryWords = words(q).slice(0, MAX_QUERY_WORDS);
  const { arabic, latin } = luceneQueries(queryWords);
  if (arabic === null && latin === null) return { query: q, results: [] };

  const rows = await db.read(cypher('search/candidates'), { arabic, latin, candidates: CANDIDATES_PER_INDEX });
  const candidates: Candidate<z.infer<typeof candidateRowSchema>['node']>[] = rows.map((row) => {
    const { node } = candidateRowSchema.parse(row);
    const mentions = node.properties.mention_count;
    return {
      id: node.id,
      keys: nameKeys(node.properties),
      mentionCount: typeof mentions === 'number' ? mentions : 0,
      payload: node,
    };
  });
  const hits = rankCandidates(queryWords, candidates, limit);
  return {
    query: q,
    results: hits.map((hit) => ({ node: toGraphNode(hit.payload), score: hit.score, matched: hit.matched })),
  };
}
