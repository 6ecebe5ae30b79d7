import { z } from 'zod';
import type { SearchResult } from '../../contract/api.ts';
import type { AppContext } from '../context.ts';
import { cypher } from '../../store/cypher-files.ts';
import { publicNode, storedNodeSchema } from './graph-shape.ts';
import { luceneQueries } from './search/lucene.ts';
import { MAX_QUERY_WORDS, words } from '../../text/query-text.ts';
import { rankCandidates, type Candidate, type NameKey } from './search/rank.ts';

/**
 * How many entities each full-text index proposes; the precise ranking then picks `limit` of them.
 * Ranking costs per candidate in TypeScript; 30 keeps every query of the search table right (100 cost
 * 15–18 ms per request on the 100k-node benchmark graph).
 */
export const CANDIDATES_PER_INDEX = 30;

const candidateRowSchema = z.object({
  node: storedNodeSchema,
  score: z.number(),
  mentions: z.number().int(),
});

const textList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : typeof value === 'string' ? [value] : [];

const primaryNames = (properties: Record<string, unknown>): string[] => [...textList(properties.name_ar), ...textList(properties.name_en)];
const allNames = (properties: Record<string, unknown>): string[] => [
  ...primaryNames(properties),
  ...textList(properties.aliases_ar),
  ...textList(properties.aliases_latin),
];

/**
 * Every name an entity goes by, primary names first. The stored `keys_norm` already hold the normalised
 * form of every name, so only the primary names are normalised here (to know which keys are primary);
 * `display` is the key itself until `displayName` finds the stored name behind it, which is done only
 * for the hits that are returned. An entity without `keys_norm` has its names normalised instead.
 */
export function nameKeys(properties: Record<string, unknown>): NameKey[] {
  const stored = textList(properties.keys_norm);
  const keys = new Map<string, NameKey>();
  const add = (key: string[], display: string, primary: boolean): void => {
    const joined = key.join(' ');
    if (key.length > 0 && !keys.has(joined)) keys.set(joined, { words: key, display, primary });
  };
  const primaries = primaryNames(properties);
  if (stored.length === 0) {
    for (const name of primaries) add(words(name), name, true);
    for (const name of allNames(properties)) add(words(name), name, false);
    return [...keys.values()];
  }
  for (const name of primaries) {
    const key = words(name);
    add(key, key.join(' '), true);
  }
  for (const key of stored) add(key.split(' ').filter((w) => w !== ''), key, false);
  return [...keys.values()];
}

/** The stored name whose normalised words are `key`, shown as the reason for a hit; the key when none is. */
export function displayName(properties: Record<string, unknown>, key: string): string {
  return allNames(properties).find((name) => name === key || words(name).join(' ') === key) ?? key;
}

export async function search({ db }: AppContext, q: string, limit: number): Promise<SearchResult> {
  const queryWords = words(q).slice(0, MAX_QUERY_WORDS);
  const { arabic, latin } = luceneQueries(queryWords);
  if (arabic === null && latin === null) return { query: q, results: [] };

  const rows = await db.read(cypher('search/candidates'), { arabic, latin, candidates: CANDIDATES_PER_INDEX });
  const candidates: Candidate<z.infer<typeof candidateRowSchema>['node']>[] = rows.map((row) => {
    const { node, mentions } = candidateRowSchema.parse(row);
    return {
      id: node.id,
      keys: nameKeys(node.properties),
      mentionCount: mentions,
      payload: node,
    };
  });
  const hits = rankCandidates(queryWords, candidates, limit);
  return {
    query: q,
    results: hits.map((hit) => ({
      node: publicNode(hit.payload),
      score: hit.score,
      matched: displayName(hit.payload.properties, hit.matched),
    })),
  };
}
