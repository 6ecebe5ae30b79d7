/**
 * What the server's caches are keyed by: the graph version the store increments on every write. Reading
 * it is one index lookup, still a round trip, so it is remembered for a second; a write made through this
 * server sets it at once (`noteWrite`), and one made by another process shows within that second.
 */
import type { Database } from '../../store/database.ts';
import { readGraphVersion } from '../../store/graph-version.ts';

export const VERSION_TTL_MS = 1000;

const known = new WeakMap<Database, { version: Promise<number>; expires: number }>();

export function graphVersion(db: Database): Promise<number> {
  const entry = known.get(db);
  const now = performance.now();
  if (entry && entry.expires > now) return entry.version;
  const version = readGraphVersion(db);
  known.set(db, { version, expires: now + VERSION_TTL_MS });
  version.catch(() => known.delete(db));
  return version;
}

/** After a write through this server: caches keyed by the new version stop serving the old answers at once. */
export function noteWrite(db: Database, version: number): void {
  known.set(db, { version: Promise.resolve(version), expires: performance.now() + VERSION_TTL_MS });
}
