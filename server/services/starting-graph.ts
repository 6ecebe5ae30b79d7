import { z } from 'zod';
import type { Graph } from '../../contract/graph.ts';
import type { AppContext } from '../context.ts';
import { cypher } from '../../store/cypher-files.ts';
import type { Database } from '../../store/database.ts';
import { edgeListSchema, nodeListSchema } from './graph-shape.ts';
import { graphVersion } from './graph-version.ts';
import { cachePerOwner } from './ttl-cache.ts';

/** A canvas past this many edges is unusable anyway; the cap keeps a dense top-degree core affordable. */
export const STARTING_EDGE_LIMIT = 20_000;

const rowSchema = z.object({ available: z.number().int(), nodes: nodeListSchema, edges: edgeListSchema });

/**
 * Picking the best-connected entities reads the degree of every entity (~200 ms at 100k entities), and
 * the view only changes when the graph does. So each view is kept per database, graph version and limit;
 * the time limit only bounds what a change made behind Sila's back (not through its writer) can leave stale.
 */
export const STARTING_GRAPH_TTL_MS = 10 * 60_000;
/** Clients ask for a handful of limits; more distinct ones than this only evict each other. */
const CACHED_LIMITS = 8;

const cacheFor = cachePerOwner<string, Graph>(STARTING_GRAPH_TTL_MS, CACHED_LIMITS);

/**
 * The first view of the graph: every entity when there are at most `limit`, otherwise the `limit`
 * entities with the most entity relationships. Article and Sentence nodes are provenance and never part of it.
 */
export async function startingGraph({ db }: Pick<AppContext, 'db'>, limit: number): Promise<Graph> {
  const version = await graphVersion(db);
  return cacheFor(db).get(`${version}|${limit}`, () => readStartingGraph(db, limit));
}

async function readStartingGraph(db: Database, limit: number): Promise<Graph> {
  const [row] = await db.read(cypher('explore/starting-graph'), { limit, edgeLimit: STARTING_EDGE_LIMIT + 1 });
  const { available, nodes, edges } = rowSchema.parse(row ?? { available: 0, nodes: [], edges: [] });
  const edgesCut = edges.length > STARTING_EDGE_LIMIT;
  return {
    nodes,
    edges: edgesCut ? edges.slice(0, STARTING_EDGE_LIMIT) : edges,
    truncated: available > nodes.length || edgesCut,
  };
}
