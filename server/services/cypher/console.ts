import type { CypherResult } from '../../../contract/api.ts';
import type { Json } from '../../../contract/json.ts';
import { DomainError } from '../../../domain/errors.ts';
import type { AppContext } from '../../context.ts';
import { EXPLAIN_PREFIX, explainQuery, runReadQuery, stableIdsOf } from '../../../store/console.ts';
import { explainFailure, runFailure } from './explain-errors.ts';
import type { HoldSlot } from './limiter.ts';
import { checkPlan } from './plan-guard.ts';
import { positionAt, refusalError } from './refusal.ts';
import { missingEndpoints, toStableGraph, toStableRows } from './stable-graph.ts';
import { checkQueryText, tooDeep } from './text-guard.ts';

export interface ConsoleRequest {
  query: string;
  params: Record<string, Json>;
}

function cancelled(): DomainError {
  return new DomainError('invalid', 'console-cancelled', 'The request went away before the query ran.');
}

/**
 * Runs a console query if, and only if, every guard agrees it only reads: the text (and how deeply it
 * nests), then Neo4j's plan, then a READ transaction bounded in time, rows and bytes. The concurrency
 * slot is held (through `hold`) until Neo4j has really stopped the query, which can be after the answer.
 * See docs/decisions/0005-read-only-console.md and 0014-neo4j-interruption.md.
 */
export async function runConsoleQuery(
  { db, config }: AppContext,
  { query, params }: ConsoleRequest,
  hold: HoldSlot,
  signal?: AbortSignal,
): Promise<CypherResult> {
  const timeoutMs = config.SILA_QUERY_TIMEOUT_MS;

  const deep = tooDeep(query, config.SILA_MAX_QUERY_NESTING);
  if (deep) {
    throw new DomainError(
      'invalid',
      'cypher-too-deep',
      `The query nests ${deep.depth} levels deep (brackets, CASE and chained operators); the console accepts at most ${config.SILA_MAX_QUERY_NESTING} (SILA_MAX_QUERY_NESTING), because deeper input overflows Neo4j's parser.`,
      { params: { depth: deep.depth, max: config.SILA_MAX_QUERY_NESTING }, position: positionAt(query, deep.offset) },
    );
  }
  const textRefusal = checkQueryText(query, db.name);
  if (textRefusal) throw refusalError(textRefusal, query);

  let explained;
  try {
    explained = await explainQuery(db, query, params, timeoutMs);
  } catch (error) {
    throw explainFailure(error, query, EXPLAIN_PREFIX.length, timeoutMs) ?? error;
  }
  const planRefusal = checkPlan(explained, db.name);
  if (planRefusal) throw refusalError(planRefusal, query);

  // A person who left during the checks gets nothing run for them.
  if (signal?.aborted) throw cancelled();
  const execution = runReadQuery(
    db,
    query,
    params,
    { timeoutMs, rowCap: config.SILA_ROW_CAP, maxBytes: config.SILA_MAX_RESULT_BYTES },
    signal,
  );
  hold(execution.finished);
  let run;
  try {
    run = await execution.result;
  } catch (error) {
    throw runFailure(error, query, timeoutMs) ?? error;
  }
  const endpointIds = await stableIdsOf(db, missingEndpoints(run.graph), timeoutMs);
  return {
    columns: run.columns,
    rows: toStableRows(run.rows, run.graph, endpointIds),
    graph: toStableGraph(run.graph, endpointIds),
    truncated: run.truncated,
    ...(run.truncation ? { truncation: run.truncation } : {}),
    summary: {
      queryType: run.queryType,
      availableAfterMs: run.availableAfterMs,
      consumedAfterMs: run.consumedAfterMs,
      notifications: run.notifications,
    },
  };
}
