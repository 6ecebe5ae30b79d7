import { z } from 'zod';
import type { PathsResult } from '../../contract/api.ts';
import type { AppContext } from '../context.ts';
import { cypher } from '../../store/cypher-files.ts';
import { invalid, notFound } from '../../domain/errors.ts';
import { edgeListSchema, GraphBuilder, nodeListSchema } from './graph-shape.ts';

/** Between two hubs the shortest paths multiply combinatorially; past this many nobody reads them. */
export const PATH_LIMIT = 100;

export interface PathsRequest {
  from: string;
  to: string;
  maxHops: number;
  mode: 'shortest' | 'all';
  directed: boolean;
}

const pathRowSchema = z.object({ nodes: nodeListSchema, edges: edgeListSchema });
const existsRowSchema = z.object({ id: z.string(), found: z.boolean() });

async function assertEntitiesExist({ db }: AppContext, ids: string[]): Promise<void> {
  const rows = z.array(existsRowSchema).parse(await db.read(cypher('explore/entities-exist'), { ids }));
  const missing = rows.filter((r) => !r.found).map((r) => `"${r.id}"`);
  if (missing.length > 0) throw notFound('entity-not-found', `No entity has the id ${missing.join(' or ')}.`, { id: missing.join(', ') });
}

/** Shortest paths over entity relationships, each as ordered node and edge ids, plus the graph they span. */
export async function findPaths(ctx: AppContext, request: PathsRequest): Promise<PathsResult> {
  if (request.from === request.to) {
    throw invalid('path-same-ends', 'from and to are the same entity: a path needs two different ends.', {
      errors: [{ path: 'to', message: 'must differ from from', code: 'must-differ', params: { other: 'from' } }],
    });
  }
  await assertEntitiesExist(ctx, [request.from, request.to]);
  // A relationship's direction cannot be a query parameter, so each direction has its own query.
  const query = `paths/${request.mode === 'all' ? 'all-shortest' : 'shortest'}${request.directed ? '-directed' : ''}`;
  // Path search is the one exploration query whose cost depends on the shape of the graph: time-box it (408).
  const rows = await ctx.db.read(
    cypher(query),
    { from: request.from, to: request.to, pathLimit: PATH_LIMIT + 1 },
    ctx.config.SILA_QUERY_TIMEOUT_MS,
  );
  const graph = new GraphBuilder();
  const truncated = rows.length > PATH_LIMIT;
  const found = rows
    .slice(0, PATH_LIMIT)
    .map((row) => pathRowSchema.parse(row))
    .filter((path) => path.edges.length <= request.maxHops);
  const paths = found.map(({ nodes, edges }) => {
    for (const node of nodes) graph.addNode(node);
    for (const edge of edges) graph.addEdge(edge);
    return { nodes: nodes.map((n) => n.id), edges: edges.map((e) => e.id) };
  });
  const more = truncated && paths.length > 0;
  return { paths, graph: graph.build(more || undefined), truncated: more };
}
