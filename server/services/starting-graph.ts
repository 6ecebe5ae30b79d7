import { z } from 'zod';
import type { Graph } from '../../contract/graph.ts';
import type { AppContext } from '../context.ts';
import { cypher } from '../db/cypher-files.ts';
import { edgeListSchema, nodeListSchema } from './graph-shape.ts';

/** A canvas past this many edges is unusable anyway; the cap keeps a dense top-degree core affordable. */
export const STARTING_EDGE_LIMIT = 20_000;

const rowSchema = z.object({ available: z.number().int(), nodes: nodeListSchema, edges: edgeListSchema });

/**
 * The first view of the graph: every entity when there are at most `limit`, otherwise the `limit`
 * entities with the most entity relationships. Article and Sentence nodes are provenance and never part of it.
 */
export async function startingGraph({ db }: AppContext, limit: number): Promise<Graph> {
  const [row] = await db.read(cypher('explore/starting-graph'), { limit, edgeLimit: STARTING_EDGE_LIMIT + 1 });
  const { available, nodes, edges } = rowSchema.parse(row ?? { available: 0, nodes: [], edges: [] });
  const edgesCut = edges.length > STARTING_EDGE_LIMIT;
  return {
    nodes,
    edges: edgesCut ? edges.slice(0, STARTING_EDGE_LIMIT) : edges,
    truncated: available > nodes.length || edgesCut,
  };
}
