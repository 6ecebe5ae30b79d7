import { z } from 'zod';
import { degreeSchema, mentionSchema, noteSchema, type Neighbors, type NeighborsQuery, type NodeDetail } from '../../contract/api.ts';
import type { AppContext } from '../context.ts';
import { cypher } from '../../store/cypher-files.ts';
import type { Database } from '../../store/database.ts';
import { notFound } from '../../domain/errors.ts';
import { redirectsOf } from '../../store/corrections.ts';
import { factTypes, forgetFactTypes, typeExpression } from './fact-types.ts';
import { GraphBuilder, toGraphEdge, toGraphNode } from './graph-shape.ts';

/** An entity named in thousands of sentences would make the detail panel unreadable and the payload huge. */
export const MENTION_LIMIT = 500;

const nodeRowSchema = z.object({
  node: z.unknown().transform(toGraphNode),
  degrees: z.array(degreeSchema),
  mentions: z.array(mentionSchema),
  notes: z.array(noteSchema),
});

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export async function nodeDetail({ db }: AppContext, id: string): Promise<NodeDetail> {
  let [row] = await db.read(cypher('explore/node'), { id, mentionLimit: MENTION_LIMIT });
  let redirectedFrom: string | undefined;
  if (!row) {
    // An id merged into another entity still resolves: old links and exports keep working.
    const to = (await redirectsOf(db, [id])).get(id);
    if (to !== undefined) {
      [row] = await db.read(cypher('explore/node'), { id: to, mentionLimit: MENTION_LIMIT });
      redirectedFrom = id;
    }
  }
  if (!row) throw notFound('entity-not-found', `No entity has the id "${id}".`, { id });
  const { node, degrees, mentions, notes } = nodeRowSchema.parse(row);
  return {
    node,
    degrees: degrees.sort((a, b) => compareText(a.type, b.type) || compareText(b.direction, a.direction)),
    mentions,
    notes,
    ...(redirectedFrom === undefined ? {} : { redirectedFrom }),
  };
}

const neighborsRowSchema = z.object({
  centre: z.unknown().transform(toGraphNode),
  total: z.number().int(),
  page: z.array(z.object({ edge: z.unknown().transform(toGraphEdge), node: z.unknown().transform(toGraphNode) })),
  covered: z.boolean(),
});

/** `types=` with nothing in it means no filter, not "no type at all". */
const nonEmpty = (names: string[] | undefined): string[] | null => (names && names.length > 0 ? names : null);

async function readNeighbors(db: Database, id: string, query: NeighborsQuery, known: readonly string[]) {
  const wanted = nonEmpty(query.types);
  const labels = nonEmpty(query.labels);
  const follow = wanted === null ? known : known.filter((type) => wanted.includes(type));
  const [row] = await db.read(cypher('explore/neighbors').replaceAll('{{factTypes}}', typeExpression(follow)), {
    id,
    filtered: wanted !== null || labels !== null || query.direction !== 'both',
    labels,
    direction: query.direction,
    limit: query.limit,
  });
  return row === undefined ? undefined : neighborsRowSchema.parse(row);
}

export async function neighbors({ db }: AppContext, id: string, query: NeighborsQuery): Promise<Neighbors> {
  let row = await readNeighbors(db, id, query, await factTypes(db));
  if (row?.covered === false) {
    // A relationship type was created after the list was read: read the list again, once.
    forgetFactTypes(db);
    row = await readNeighbors(db, id, query, await factTypes(db));
  }
  if (!row) throw notFound('entity-not-found', `No entity has the id "${id}".`, { id });
  const { centre, total, page } = row;
  const graph = new GraphBuilder().addNode(centre);
  for (const { edge, node } of page) graph.addNode(node).addEdge(edge);
  return { ...graph.build(total > page.length), total };
}
