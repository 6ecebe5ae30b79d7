/**
 * Asks for the default starting view once, right after the server starts listening, so the first person
 * to open Sila does not wait for Neo4j's cold page cache and query compilation (about a second on the
 * workplace, measured by bench:client). The answer lands in the starting view's cache, and a request that
 * arrives meanwhile shares the pending read. A failure is ignored here: that request will report it.
 * Called when the server starts and again after it seeds an empty database.
 */
import { graphQuerySchema } from '../../contract/api.ts';
import type { AppContext } from '../context.ts';
import { startingGraph } from './starting-graph.ts';

export function warmUp(ctx: Pick<AppContext, 'db'>): void {
  const { limit } = graphQuerySchema.parse({});
  startingGraph(ctx, limit).catch(() => undefined);
}
