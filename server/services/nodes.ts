import { z } from 'zod';
import {
  FIRST_PAGE,
  mentionSchema,
  noteSchema,
  type MentionPage,
  type MentionPageQuery,
  type Neighbors,
  type NeighborsQuery,
  type NodeDetail,
} from '../../contract/api.ts';
import type { MentionKey } from '../../contract/page-cursor.ts';
import type { AppContext } from '../context.ts';
import { cypher } from '../../store/cypher-files.ts';
import type { Database } from '../../store/database.ts';
import { invalid, notFound } from '../../domain/errors.ts';
import { redirectsOf } from '../../store/corrections.ts';
import { withDegreeCounts } from '../../store/fact-degrees.ts';
import { factTypes, forgetFactTypes, typeExpression } from './fact-types.ts';
import { GraphBuilder, toGraphEdge, toGraphNode } from './graph-shape.ts';
import { ABOVE_EVERY_KEY, splitPage } from './pages.ts';

const count = z.number().int();
/** The writer's summary of an entity's facts (store/fact-degrees.ts): the types it has, each beside its count. */
const summarySchema = z.object({ out_types: z.array(z.string()), out_counts: z.array(count), in_types: z.array(z.string()), in_counts: z.array(count) });
const nodeRowSchema = z.object({
  node: z.unknown().transform(toGraphNode),
  degrees: summarySchema.nullable(),
  mentionTotal: count,
  notes: z.array(noteSchema),
});
const mentionRowSchema = z.object({ key: z.string(), mention: mentionSchema });
type Mention = z.infer<typeof mentionSchema>;
const countedSchema = z.object({ outCounts: z.array(count), inCounts: z.array(count), factDegree: count });

type Degree = NodeDetail['degrees'][number];

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byTypeThenDirection = (a: Degree, b: Degree): number => compareText(a.type, b.type) || compareText(b.direction, a.direction);

/** One count of one type and direction per fact type, each answered from the degree store (see explore/node-degrees.cypher). */
export const degreesQuery = (types: readonly string[]): string => withDegreeCounts(cypher('explore/node-degrees'), types);

/** The degrees of one direction: `counts[i]` facts of `types[i]`, those above zero. */
const side = (types: readonly string[], counts: readonly number[], direction: Degree['direction']): Degree[] =>
  types.map((type, i) => ({ type, direction, count: counts[i] ?? 0 })).filter((d) => d.count > 0);

const fromSummary = (summary: z.infer<typeof summarySchema>): Degree[] => [
  ...side(summary.out_types, summary.out_counts, 'out'),
  ...side(summary.in_types, summary.in_counts, 'in'),
];

/** Degrees counted now, for an entity the writer has no summary of (a write behind Sila's back). */
async function countDegrees(db: Database, id: string): Promise<Degree[]> {
  const count = async (types: readonly string[]) => {
    const [row] = await db.read(degreesQuery(types), { id });
    return row === undefined ? undefined : countedSchema.parse(row);
  };
  let types = await factTypes(db);
  let counted = await count(types);
  if (counted && counted.outCounts.reduce((a, b) => a + b, 0) + counted.inCounts.reduce((a, b) => a + b, 0) !== counted.factDegree) {
    // A relationship type was created after the list was read: read it again, once.
    forgetFactTypes(db);
    types = await factTypes(db);
    counted = await count(types);
  }
  return counted === undefined ? [] : [...side(types, counted.outCounts, 'out'), ...side(types, counted.inCounts, 'in')];
}

/** The first page of mentions as explore/mentions reads it (no cursor yet). */
const firstMentions = (id: string) => ({ query: cypher('explore/mentions'), params: { id, key: ABOVE_EVERY_KEY, index: -1, start: -1, limit: FIRST_PAGE } });

/** The node with its degrees and, in the same transaction, its first page of mentions. */
async function readNode(db: Database, id: string) {
  const [nodeRows = [], mentionRows = []] = await db.readAll([{ query: cypher('explore/node'), params: { id } }, firstMentions(id)]);
  const [row] = nodeRows;
  if (row === undefined) return undefined;
  const { degrees, ...rest } = nodeRowSchema.parse(row);
  return { ...rest, degrees: degrees === null ? await countDegrees(db, id) : fromSummary(degrees), mentions: toMentionPage(mentionRows, FIRST_PAGE) };
}

function toMentionPage(rows: unknown, limit: number): { items: Mention[]; next: string | null } {
  const { items, next } = splitPage(z.array(mentionRowSchema).parse(rows), limit, (row) => [row.key, row.mention.index, row.mention.start]);
  return { items: items.map((row) => row.mention), next };
}

async function readMentions(db: Database, id: string, after: MentionKey | undefined, limit: number): Promise<{ items: Mention[]; next: string | null }> {
  const [key, index, start] = after ?? [ABOVE_EVERY_KEY, -1, -1];
  return toMentionPage(await db.read(cypher('explore/mentions'), { id, key, index, start, limit }), limit);
}

/** An id merged into another entity still resolves: old links and exports keep working. */
async function resolveEntity<T>(db: Database, id: string, read: (id: string) => Promise<T | undefined>): Promise<{ found: T; id: string; redirectedFrom?: string }> {
  const found = await read(id);
  if (found !== undefined) return { found, id };
  const to = (await redirectsOf(db, [id])).get(id);
  const redirected = to === undefined ? undefined : await read(to);
  if (to === undefined || redirected === undefined) throw notFound('entity-not-found', `No entity has the id "${id}".`, { id });
  return { found: redirected, id: to, redirectedFrom: id };
}

export async function nodeDetail({ db }: AppContext, asked: string): Promise<NodeDetail> {
  const { found, redirectedFrom } = await resolveEntity(db, asked, (id) => readNode(db, id));
  const { node, degrees, mentionTotal, notes, mentions: page } = found;
  return {
    node,
    degrees: degrees.sort(byTypeThenDirection),
    mentions: page.items,
    mentionTotal,
    mentionsNext: page.next,
    notes,
    ...(redirectedFrom === undefined ? {} : { redirectedFrom }),
  };
}

const mentionTotalSchema = z.object({ total: count });

/** A page of an entity's mentions after a cursor from a previous page (or the node detail's `mentionsNext`). */
export async function mentionPage({ db }: AppContext, asked: string, query: MentionPageQuery): Promise<MentionPage> {
  const readTotal = async (id: string) => {
    const [row] = await db.read(cypher('explore/mention-total'), { id });
    return row === undefined ? undefined : mentionTotalSchema.parse(row).total;
  };
  const { found: total, id } = await resolveEntity(db, asked, readTotal);
  const page = total === 0 ? { items: [], next: null } : await readMentions(db, id, query.after, query.limit);
  return { mentions: page.items, total, next: page.next };
}

/** explore/neighbors answers a head row (the centre, the total, whether its types covered all) and a row per neighbour. */
const neighborsHeadSchema = z.object({ centre: z.unknown().transform(toGraphNode), total: z.number().int(), covered: z.boolean() });
const neighborItemSchema = z.object({ edge: z.unknown().transform(toGraphEdge), node: z.unknown().transform(toGraphNode) });

/** `types=` with nothing in it means no filter, not "no type at all". */
const nonEmpty = (names: string[] | undefined): string[] | null => (names && names.length > 0 ? names : null);

async function readNeighbors(db: Database, id: string, query: NeighborsQuery, known: readonly string[]) {
  const wanted = nonEmpty(query.types);
  const labels = nonEmpty(query.labels);
  const follow = wanted === null ? known : known.filter((type) => wanted.includes(type));
  const [first, ...items] = await db.read(cypher('explore/neighbors').replaceAll('{{factTypes}}', typeExpression(follow)), {
    id,
    filtered: wanted !== null || labels !== null || query.direction !== 'both',
    labels,
    direction: query.direction,
    limit: query.limit,
  });
  if (first === undefined) return undefined;
  return { ...neighborsHeadSchema.parse(first.head), page: items.map((row) => neighborItemSchema.parse(row.item)) };
}

const typePageRowSchema = z.object({
  centre: z.unknown().transform(toGraphNode),
  total: count,
  page: z.array(z.object({ edge: z.unknown().transform(toGraphEdge), node: z.unknown().transform(toGraphNode) })),
});

/** The neighbours through one type, a page at a time in (neighbour id, edge id) order, with the next page's cursor. */
async function neighborsOfType({ db }: AppContext, id: string, type: string, query: NeighborsQuery): Promise<Neighbors> {
  let known = await factTypes(db);
  if (!known.includes(type)) {
    // Perhaps a type created after the list was read (a write behind Sila's back): read it again, once.
    forgetFactTypes(db);
    known = await factTypes(db);
  }
  const [afterNode, afterEdge] = query.after ?? ['', ''];
  const [row] = await db.read(cypher('explore/neighbors-of-type').replaceAll('{{type}}', typeExpression(known.filter((t) => t === type))), {
    id,
    labels: nonEmpty(query.labels),
    direction: query.direction,
    afterNode,
    afterEdge,
    limit: query.limit,
  });
  if (!row) throw notFound('entity-not-found', `No entity has the id "${id}".`, { id });
  const { centre, total, page } = typePageRowSchema.parse(row);
  const { items, next } = splitPage(page, query.limit, ({ edge, node }) => [node.id, edge.id]);
  const graph = new GraphBuilder().addNode(centre);
  for (const { edge, node } of items) graph.addNode(node).addEdge(edge);
  return { ...graph.build(next !== null), total, next };
}

export async function neighbors(ctx: AppContext, id: string, query: NeighborsQuery): Promise<Neighbors> {
  const [only, ...others] = query.types ?? [];
  if (only !== undefined && others.length === 0) return neighborsOfType(ctx, id, only, query);
  if (query.after !== undefined) {
    throw invalid('invalid-input', 'A cursor (after) pages the neighbours of one type: name exactly one in types.', {
      errors: [{ path: 'after', message: 'a cursor pages the neighbours of exactly one type (types)', code: 'bad-format' }],
    });
  }
  const { db } = ctx;
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
