/**
 * Each entity's facts counted per type and direction, kept beside it on a (:FactDegrees) node by every write
 * that can change them, so that reading a hub's degrees costs what reading a leaf's does
 * (docs/decisions/0025-fact-degree-summary.md). A summary lives outside the entity's own properties: a hub's
 * properties stay unchanged by an article that only adds a fact to it, which keeps change records small.
 */
import { cypherName } from '../formats/cypher-names.ts';
import type { Json } from '../contract/json.ts';
import { cypher } from './cypher-files.ts';
import type { Database, Params, Row } from './database.ts';
import type { Footprint } from './footprint.ts';

type Run = (query: string, params?: Params) => Promise<Row[]>;

/** Entities counted per statement; a hub costs about a hundred degree-store reads. */
const BATCH = 500;

const strings = (value: Json | undefined): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/**
 * A statement's `{{outCounts}}` and `{{inCounts}}` placeholders filled with one degree-store count of `n` per type and
 * direction, in the order of `types` (degrees/refresh, and explore/node-degrees for an entity without a summary).
 */
export function withDegreeCounts(text: string, types: readonly string[]): string {
  const counts = (pattern: (type: string) => string): string => types.map((type) => `COUNT { ${pattern(cypherName(type))} }`).join(', ');
  return text.replaceAll('{{outCounts}}', counts((type) => `(n)-[:${type}]->()`)).replaceAll('{{inCounts}}', counts((type) => `(n)<-[:${type}]-()`));
}

/** The statement that counts each fact type in both directions, in the order of `types`. */
export const refreshQuery = (types: readonly string[]): string => withDegreeCounts(cypher('degrees/refresh'), types);

/** Every relationship type that can join two entities, as the database knows them now. */
export async function factTypesIn(run: Run): Promise<string[]> {
  const [row] = await run(cypher('explore/fact-types'));
  return strings(row?.types).sort();
}

/** The entities a footprint may have changed the facts of: its entity nodes and the entity ends of its relationships. */
export function entityIdsOf(footprint: Footprint): string[] {
  const ids = new Set<string>();
  for (const node of footprint.nodes) if (node.label === 'Entity') ids.add(node.id);
  for (const r of footprint.relationships) {
    if (r.start.label === 'Entity') ids.add(r.start.id);
    if (r.end.label === 'Entity') ids.add(r.end.id);
  }
  return [...ids].sort();
}

/**
 * Counts again the degrees of `ids` inside the caller's transaction, after its writes: summaries of entities
 * that no longer exist go, the others are locked first and then counted (degrees/lock says why).
 */
export async function refreshFactDegrees(run: Run, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const types = await factTypesIn(run);
  const query = refreshQuery(types);
  for (let i = 0; i < ids.length; i += BATCH) {
    const batch = ids.slice(i, i + BATCH);
    await run(cypher('degrees/forget'), { ids: batch });
    await run(cypher('degrees/lock'), { ids: batch });
    await run(query, { ids: batch, types });
  }
}

/** After a load that may have deleted entities it did not name. */
export async function forgetOrphanDegrees(run: Run): Promise<void> {
  await run(cypher('degrees/orphans'));
}

/**
 * Counts every entity's degrees, a page of ids per transaction: once for a database from before the summaries
 * (store/schema.ts), and after a bulk import, which writes no summaries.
 */
export async function countAllFactDegrees(db: Database): Promise<number> {
  let after = '';
  let counted = 0;
  for (;;) {
    const ids = (await db.read(cypher('degrees/entity-ids'), { after, limit: BATCH })).map((row) => (typeof row.id === 'string' ? row.id : ''));
    if (ids.length === 0) return counted;
    await db.writeTransaction((run) => refreshFactDegrees(run, ids));
    counted += ids.length;
    after = ids[ids.length - 1] ?? after;
  }
}
