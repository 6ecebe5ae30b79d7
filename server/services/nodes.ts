import { z } from 'zod';
import { degreeSchema, mentionSchema, type Neighbors, type NeighborsQuery, type NodeDetail } from '../../contract/api.ts';
import type { AppContext } from '../context.ts';
import { cypher } from '../db/cypher-files.ts';
import { HttpError } from '../http/problem.ts';
import { GraphBuilder, toGraphEdge, toGraphNode } from './graph-shape.ts';

/** An entity named in thousands of sentences would make the detail panel unreadable and the payload huge. */
export const MENTION_LIMIT = 500;

const nodeRowSchema = z.object({
  node: z.unknown().transform(toGraphNode),
  degrees: z.array(degreeSchema),
  mentions: z.array(mentionSchema),
});

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export async function nodeDetail({ db }: AppContext, id: string): Promise<NodeDetail> {
  const [row] = await db.read(cypher('explore/node'), { id, mentionLimit: MENTION_LIMIT });
  if (!row) throw HttpError.notFound(`No entity has the id "${id}".`);
  const { node, degrees, mentions } = nodeRowSchema.parse(row);
  return {
    node,
    degrees: degrees.sort((a, b) => compareText(a.type, b.type) || compareText(b.direction, a.direction)),
    mentions,
  };
}

const neighborsRowSchema = z.object({
  centre: z.unknown().transform(toGraphNode),
  total: z.number().int(),
  page: z.array(z.object({ edge: z.unknown().transform(toGraphEdge), node: z.unknown().transform(toGraphNode) })),
});

/** `types=` with nothing in it means no filter, not "no type at all". */
const nonEmpty = (names: string[] | undefined): string[] | null => (names && names.length > 0 ? names : null);

export async function neighbors({ db }: AppContext, id: string, query: NeighborsQuery): Promise<Neighbors> {
  const [row] = await db.read(cypher('explore/neighbors'), {
    id,
    types: nonEmpty(query.types),
    labels: nonEmpty(query.labels),
    direction: query.direction,
    limit: query.limit,
  });
  if (!row) throw HttpError.notFound(`No entity has the id "${id}".`);
  const { centre, total, page } = neighborsRowSchema.parse(row);
  const graph = new GraphBuilder().addNode(centre);
  for (const { edge, node } of page) graph.addNode(node).addEdge(edge);
  return { ...graph.build(total > page.length), total };
}
