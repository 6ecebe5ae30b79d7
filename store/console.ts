/**
 * The database side of the Cypher console: EXPLAIN a query to learn what it would do, and run it in a
 * READ transaction that streams at most `rowCap + 1` records. Everything leaves as plain JSON.
 */
import { randomUUID } from 'node:crypto';
import neo4j, { type Plan, type Record as Neo4jRecord, type ResultSummary } from 'neo4j-driver';
import type { Json } from '../contract/json.ts';
import { cypher } from './cypher-files.ts';
import type { Database } from './database.ts';
import { withDeadline } from './deadline.ts';
import { collectGraph, toJson, type PlainGraph } from './to-json.ts';

export interface PlanOperator {
  /** Operator type without its database suffix, e.g. `ProcedureCall`, `LoadCSV`, `AllNodesScan`. */
  name: string;
  /** The database the operator runs against, when the plan says (`ProduceResults@neo4j`). */
  database?: string;
  details: string;
}

export interface ExplainedQuery {
  /** Neo4j's query type: `r`, `w`, `rw` or `s`. */
  queryType: string;
  /** Every operator of the plan, depth first. */
  operators: PlanOperator[];
}

export interface ConsoleNotification {
  code: string;
  title: string;
  description: string;
  severity: string;
  position?: { offset: number; line: number; column: number };
}

export interface ConsoleRun {
  columns: string[];
  rows: Json[][];
  graph: PlainGraph;
  truncated: boolean;
  queryType: string;
  availableAfterMs: number;
  consumedAfterMs: number;
  notifications: ConsoleNotification[];
}

export const EXPLAIN_PREFIX = 'EXPLAIN ';

/**
 * JSON has one number type; Cypher tells integers from floats, and `LIMIT $n` or `range(1, $n)` refuse
 * a float. Whole numbers are sent as integers.
 */
export function toDriverParams(value: Json): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toDriverParams);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toDriverParams(v)]));
  }
  return value;
}

function flattenPlan(plan: Plan, into: PlanOperator[] = []): PlanOperator[] {
  const at = plan.operatorType.lastIndexOf('@');
  const details = plan.arguments.Details;
  into.push({
    name: at > 0 ? plan.operatorType.slice(0, at) : plan.operatorType,
    ...(at > 0 ? { database: plan.operatorType.slice(at + 1) } : {}),
    details: typeof details === 'string' ? details : '',
  });
  for (const child of plan.children) flattenPlan(child, into);
  return into;
}

/** Asks Neo4j for the plan of `query` without running it. */
export async function explainQuery(db: Database, query: string, params: Record<string, Json>, timeoutMs: number): Promise<ExplainedQuery> {
  const session = db.driver.session({ database: db.name, defaultAccessMode: neo4j.session.READ });
  // Auto-commit, because administration commands cannot even be explained inside an explicit transaction.
  const work = session.run(EXPLAIN_PREFIX + query, toDriverParams(params), { timeout: timeoutMs }).then((result) => result.summary);
  let abandoned = false;
  try {
    const summary = await withDeadline(work, db.deadlineFor(timeoutMs), () => {
      abandoned = true;
      work.catch(() => undefined).finally(() => void session.close());
    });
    return { queryType: summary.queryType, operators: summary.plan ? flattenPlan(summary.plan) : [] };
  } finally {
    if (!abandoned) await session.close();
  }
}

// Driver 6 prefers GQL status objects, but only the classic notification carries Neo4j's code and title.
type ServerNotification = ResultSummary['notifications'][number];

function plainNotification(n: ServerNotification): ConsoleNotification {
  const position = 'offset' in n.position ? n.position : undefined;
  return {
    code: n.code,
    title: n.title,
    description: n.description,
    severity: n.rawSeverityLevel,
    ...(position && position.offset !== undefined && position.line !== undefined && position.column !== undefined
      ? { position: { offset: position.offset, line: position.line, column: position.column } }
      : {}),
  };
}

function millis(value: unknown): number {
  const json = toJson(value);
  return typeof json === 'number' ? json : 0;
}

/**
 * Runs `query` in a READ transaction with a server-side timeout. Records are streamed and the stream
 * is cancelled after `rowCap + 1`, so a huge result is never held in memory.
 */
export async function runReadQuery(
  db: Database,
  query: string,
  params: Record<string, Json>,
  limits: { timeoutMs: number; rowCap: number },
  signal?: AbortSignal,
): Promise<ConsoleRun> {
  const requestId = randomUUID();
  const onAbort = (): void => void terminateConsoleTransactions(db, requestId);
  signal?.addEventListener('abort', onAbort, { once: true });
  const session = db.driver.session({
    database: db.name,
    defaultAccessMode: neo4j.session.READ,
    fetchSize: limits.rowCap + 1,
  });
  let abandoned = false;
  const work = session.executeRead(
    async (tx) => {
      const result = tx.run(query, toDriverParams(params));
      const records: Neo4jRecord[] = [];
      let truncated = false;
      for await (const record of result) {
        if (records.length === limits.rowCap) {
          truncated = true;
          break;
        }
        records.push(record);
      }
      const columns = (await result.keys()).map(String);
      const summary: ResultSummary = await result.summary();
      const graph = collectGraph(records.flatMap((r) => r.keys.map((k): unknown => r.get(k))));
      return {
        columns,
        rows: records.map((r) => columns.map((c) => toJson(r.get(c)))),
        graph,
        truncated,
        queryType: summary.queryType,
        availableAfterMs: millis(summary.resultAvailableAfter),
        consumedAfterMs: millis(summary.resultConsumedAfter),
        notifications: summary.notifications.map(plainNotification),
      };
    },
    { timeout: limits.timeoutMs, metadata: { sila_console: requestId } },
  );
  try {
    return await withDeadline(work, db.deadlineFor(limits.timeoutMs), () => {
      abandoned = true;
      work.catch(() => undefined).finally(() => void session.close());
    });
  } finally {
    signal?.removeEventListener('abort', onAbort);
    if (!abandoned) await session.close();
  }
}

/**
 * Closing a session does not stop a query already running in Neo4j; terminating its transaction does.
 * Best effort: the query may have finished meanwhile, and the transaction timeout remains the backstop.
 */
export async function terminateConsoleTransactions(db: Database, requestId: string): Promise<number> {
  try {
    // The transaction may not have reached Neo4j yet when the client leaves; look again briefly.
    for (let attempt = 0; attempt < 5; attempt++) {
      const rows = await db.command(cypher('console/find-transactions'), { requestId });
      const transactionIds = rows.map((row) => row.transactionId).filter((id): id is string => typeof id === 'string');
      if (transactionIds.length > 0) {
        await db.command(cypher('console/terminate-transactions'), { transactionIds });
        return transactionIds.length;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } catch {
    // Nothing to report to anyone: the client is gone.
  }
  return 0;
}

/** The `id` property of nodes known by element id; those that have none map to null. */
export async function stableIdsOf(db: Database, elementIds: string[], timeoutMs: number): Promise<Map<string, Json>> {
  if (elementIds.length === 0) return new Map();
  const rows = await db.read(cypher('console/node-ids'), { elementIds }, timeoutMs);
  return new Map(rows.map((row) => [typeof row.elementId === 'string' ? row.elementId : '', row.id ?? null]));
}
