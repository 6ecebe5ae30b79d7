/**
 * The relationship types that join entities, for queries that must name their types statically (see
 * cypher/queries/explore/neighbors.cypher). Kept per database for a short time like the starting view:
 * types only appear when a graph is loaded, and `forgetFactTypes` drops them at once after a seed.
 */
import { z } from 'zod';
import { typeAlternatives } from '../../formats/cypher-names.ts';
import { cypher } from '../../store/cypher-files.ts';
import type { Database } from '../../store/database.ts';
import { cachePerOwner } from './ttl-cache.ts';

export const FACT_TYPES_TTL_MS = 30_000;

const cacheFor = cachePerOwner<'types', string[]>(FACT_TYPES_TTL_MS, 1);
const rowSchema = z.object({ types: z.array(z.string()) });

export function forgetFactTypes(db: Database): void {
  cacheFor(db).clear();
}

export function factTypes(db: Database): Promise<string[]> {
  return cacheFor(db).get('types', async () => {
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
