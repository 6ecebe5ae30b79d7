import type { CypherResult } from '../../../contract/api.ts';
import type { Json } from '../../../contract/json.ts';
import type { AppContext } from '../../context.ts';
import { EXPLAIN_PREFIX, explainQuery, runReadQuery, stableIdsOf } from '../../../store/console.ts';
import { explainFailure } from './explain-errors.ts';
import { checkPlan } from './plan-guard.ts';
import { refusalError } from './refusal.ts';
import { missingEndpoints, toStableGraph, toStableRows } from './stable-graph.ts';
import { checkQueryText } from './text-guard.ts';

export interface ConsoleRequest {
  query: string;
  params: Record<string, Json>;
}

/**
 * Runs a console query if, and only if, every guard agrees it only reads: the text, then Neo4j's plan,
 * then a READ transaction with a timeout and a row cap. See docs/decisions/0005-read-only-console.md.
 */
export async function runConsoleQuery({ db, config }: AppContext, { query, params }: ConsoleRequest, signal?: AbortSignal): Promise<CypherResult> {
  const timeoutMs = config.SILA_QUERY_TIMEOUT_MS;

  const textRefusal = checkQueryText(query, db.name);
  if (textRefusal) throw refusalError(textRefusal, query);

  let explained;
  try {
    explained = await explainQuery(db, query, params, timeoutMs);
  } catch (error) {
    throw explainFailure(error, query, EXPLAIN_PREFIX.length) ?? error;
  }
  const planRefusal = checkPlan(explained, db.name);
  if (planRefusal) throw refusalError(planRefusal, query);

  const run = await runReadQuery(db, query, params, { timeoutMs, rowCap: config.SILA_ROW_CAP }, signal);
  const endpointIds = await stableIdsOf(db, missingEndpoints(run.graph), timeoutMs);
  return {
    columns: run.columns,
    rows: toStableRows(run.rows, run.graph, endpointIds),
    graph: toStableGraph(run.graph, endpointIds),
    truncated: run.truncated,
    summary: {
      queryType: run.queryType,
      availableAfterMs: run.availableAfterMs,
      consumedAfterMs: run.consumedAfterMs,
      notifications: run.notifications,
    },
  };
}
