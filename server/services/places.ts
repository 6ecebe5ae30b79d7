/** Places with coordinates and what their facts join them to, for the map. */
import { z } from 'zod';
import { placeSchema, type Places } from '../../contract/views.ts';
import { cypher } from '../../store/cypher-files.ts';
import type { AppContext } from '../context.ts';
import { graphVersion } from './graph-version.ts';
import { cachePerOwner } from './ttl-cache.ts';

/** A city may host hundreds of events in a large corpus; the map lists the first and says how many. */
export const TIES_PER_PLACE = 25;

const PLACES_TTL_MS = 10 * 60_000;
const cacheFor = cachePerOwner<string, Places>(PLACES_TTL_MS, 4);
const rowsSchema = z.array(placeSchema);

export async function places({ db }: Pick<AppContext, 'db'>, limit: number): Promise<Places> {
  const version = await graphVersion(db);
  return cacheFor(db).get(`${version}|${limit}`, async () => {
    const rows = rowsSchema.parse(await db.read(cypher('views/places'), { limit, ties: TIES_PER_PLACE }));
    return { places: rows.slice(0, limit), truncated: rows.length > limit };
  });
}
