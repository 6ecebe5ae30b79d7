/**
 * The relationship types that join entities, for queries that must name their types statically (see
 * store/cypher/queries/explore/neighbors.cypher). Kept per database and graph version, like the starting view.
 */
import { z } from 'zod';
import { typeAlternatives } from '../../formats/cypher-names.ts';
import { cypher } from '../../store/cypher-files.ts';
import type { Database } from '../../store/database.ts';
import { graphVersion } from './graph-version.ts';
import { cachePerOwner } from './ttl-cache.ts';

export const FACT_TYPES_TTL_MS = 10 * 60_000;

const cacheFor = cachePerOwner<number, string[]>(FACT_TYPES_TTL_MS, 2);
const rowSchema = z.object({ types: z.array(z.string()) });

/** Drops the list: a query found a type it does not hold (a write behind Sila's back). */
export function forgetFactTypes(db: Database): void {
  cacheFor(db).clear();
}

export async function factTypes(db: Database): Promise<string[]> {
  const version = await graphVersion(db);
  return cacheFor(db).get(version, async () => {
    const [row] = await db.read(cypher('explore/fact-types'));
    return rowSchema.parse(row ?? { types: [] }).types.sort();
  });
}

/** Not UPPER_SNAKE, so the loader never creates it: a pattern naming only it matches nothing. */
const NO_TYPE = 'no fact type';

/**
 * `types` as a relationship type expression for a Cypher pattern, each name quoted by the one rule for
 * names in Cypher text (formats/cypher-names.ts), so no name can change the query. An empty list matches nothing.
 */
export function typeExpression(types: readonly string[]): string {
  return typeAlternatives(types, NO_TYPE);
}
