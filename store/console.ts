/**
 * The database side of the Cypher console: EXPLAIN a query to learn what it would do, and run it in a
 * READ transaction bounded in time, rows and bytes. Everything leaves as plain JSON.
 *
 * What Neo4j 5.26 can and cannot interrupt decides the shape of this module
 * (docs/decisions/0014-neo4j-interruption.md): a terminated transaction stops at the next row, but an
 * expression that loops inside one row (`reduce` over a long range) runs to its end, and a result Neo4j
 * fails to send is never answered at all. So the answer comes at the time limit whatever Neo4j does,
 * and `finished` tells the caller when Neo4j has really let go of the query.
 */
import { randomUUID } from 'node:crypto';
import neo4j, { Neo4jError, isNode, isRelationship, type Node, type Plan, type Record as Neo4jRecord, type Relationship, type ResultSummary } from 'neo4j-driver';
import type { Json } from '../contract/json.ts';
import { cypher } from './cypher-files.ts';
import type { Database } from './database.ts';
import { DatabaseUnresponsive, withDeadline } from './deadline.ts';
import { jsonSize } from './json-size.ts';
import { collectGraph, nodeToPlain, relationshipToPlain, toJson, type ElementConverter, type PlainGraph, type PlainNode, type PlainRelationship } from './to-json.ts';

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

/** Which bound cut the result: the number of rows, or their size as JSON. */
export interface Truncation {
  by: 'rows' | 'bytes';
  limit: number;
}

export interface ConsoleRun {
  columns: string[];
  rows: Json[][];
  graph: PlainGraph;
  truncated: boolean;
  truncation?: Truncation;
  queryType: string;
  availableAfterMs: number;
  consumedAfterMs: number;
  notifications: ConsoleNotification[];
}

export interface ConsoleLimits {
  timeoutMs: number;
  rowCap: number;
  /** Most bytes the rows and the graph found in them may take as JSON. */
  maxBytes: number;
}

/** The time limit passed; Neo4j answered and was asked to stop the query. */
export class QueryTimeLimit extends Error {
  override name = 'QueryTimeLimit';
  constructor(readonly limitMs: number) {
    super(`The query ran longer than the allowed ${limitMs / 1000} s and was stopped.`);
  }
}

/** Neo4j answers other requests but gave no answer to this query (it failed without being able to say so). */
export class QueryUnanswered extends Error {
  override name = 'QueryUnanswered';
  constructor(readonly afterMs: number) {
    super(`Neo4j is running but gave no answer to this query within ${Math.round(afterMs / 1000)} s.`);
  }
}

/** The driver could not turn what Neo4j sent into values (a date-time beyond its range, a value nested too deeply). */
export class ResultUnreadable extends Error {
  override name = 'ResultUnreadable';
  constructor(readonly reason: string) {
    super(reason);
  }
}

/** The person went away before the query was answered. */
export class QueryCancelled extends Error {
  override name = 'QueryCancelled';
}

export const EXPLAIN_PREFIX = 'EXPLAIN ';

/** How long a liveness check may take before Neo4j counts as not answering. */
const ANSWERING_WITHIN_MS = 3000;
/** Records fetched per round trip: small, so that bytes past the cap are not sent by Neo4j for nothing. */
const MAX_FETCH_SIZE = 100;
/** How long the answer at the time limit waits for a terminated query to let go of its session. */
const SETTLE_MS = 300;
/** How often a stopping query is looked at in SHOW TRANSACTIONS. */
const STOP_POLL_MS = 250;
/** CPU time that has not grown for this long, after termination, means the query is not computing. */
const STUCK_AFTER_MS = 1500;

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

/**
 * Asks Neo4j for the plan of `query` without running it. When Neo4j does not answer in time but still
 * answers a ping, the query broke something inside Neo4j: that is QueryUnanswered, never an outage.
 */
export async function explainQuery(db: Database, query: string, params: Record<string, Json>, timeoutMs: number): Promise<ExplainedQuery> {
  const session = db.driver.session({ database: db.name, defaultAccessMode: neo4j.session.READ });
  // Auto-commit, because administration commands cannot even be explained inside an explicit transaction.
  const work = session.run(EXPLAIN_PREFIX + query, toDriverParams(params), { timeout: timeoutMs }).then((result) => result.summary);
  let abandoned = false;
  const deadline = db.deadlineFor(timeoutMs);
  try {
    const summary = await withDeadline(work, deadline, () => {
      abandoned = true;
      work.catch(() => undefined).finally(() => void session.close());
    });
    return { queryType: summary.queryType, operators: summary.plan ? flattenPlan(summary.plan) : [] };
  } catch (error) {
    if (error instanceof DatabaseUnresponsive && (await db.isAnswering(ANSWERING_WITHIN_MS))) throw new QueryUnanswered(deadline);
    throw error;
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
 * Reads records until the rows or their bytes would pass a cap, converting each as it comes, so nothing
 * beyond what is returned is ever held: the stream is cancelled at the first row that does not fit.
 */
/**
 * One result's nodes and relationships converted once each, and measured once each: a query over a hub's
 * neighbourhood returns the hub in every row, and its properties would otherwise be converted three times a row
 * (the cell, the graph, the check for new elements) and measured once a row.
 */
class ResultElements implements ElementConverter {
  private readonly nodes = new Map<string, PlainNode>();
  private readonly relationships = new Map<string, PlainRelationship>();
  private readonly cells = new Map<string, { json: Json; size: number }>();

  node(node: Node): PlainNode {
    let plain = this.nodes.get(node.elementId);
    if (plain === undefined) this.nodes.set(node.elementId, (plain = nodeToPlain(node)));
    return plain;
  }

  relationship(rel: Relationship): PlainRelationship {
    let plain = this.relationships.get(rel.elementId);
    if (plain === undefined) this.relationships.set(rel.elementId, (plain = relationshipToPlain(rel)));
    return plain;
  }

  /**
   * A row's cell as Json with its size. A node or relationship at the top of a cell is converted and measured once
   * for the whole result, sharing its properties with the graph's copy; sizes stop counting past `maxBytes`, as each
   * check does.
   */
  cell(value: unknown, limit: number, maxBytes: number): { json: Json; size: number } {
    if (!isNode(value) && !isRelationship(value)) {
      const json = toJson(value, this);
      return { json, size: jsonSize(json, limit) };
    }
    const key = `${isNode(value) ? 'n' : 'r'}${value.elementId}`;
    let cell = this.cells.get(key);
    if (cell === undefined) {
      const json = toJson(value, this);
      this.cells.set(key, (cell = { json, size: jsonSize(json, maxBytes) }));
    }
    return cell;
  }
}

async function readCapped(records: AsyncIterable<Neo4jRecord>, limits: ConsoleLimits): Promise<{ rows: Json[][]; graph: PlainGraph; truncation?: Truncation }> {
  const rows: Json[][] = [];
  const graph: PlainGraph = { nodes: new Map(), relationships: new Map() };
  const elements = new ResultElements();
  let bytes = 2;
  for await (const record of records) {
    if (rows.length === limits.rowCap) return { rows, graph, truncation: { by: 'rows', limit: limits.rowCap } };
    const values = record.keys.map((key): unknown => record.get(key));
    const cells = values.map((value) => elements.cell(value, limits.maxBytes - bytes, limits.maxBytes));
    const row = cells.map((cell) => cell.json);
    // The row's brackets and commas, its cells, and the comma after it.
    let cost = 2 + Math.max(0, cells.length - 1) + cells.reduce((sum, cell) => sum + cell.size, 0) + 1;
    const found = collectGraph(values, { nodes: new Map(), relationships: new Map() }, elements);
    for (const [id, node] of found.nodes) if (!graph.nodes.has(id)) cost += jsonSize(nodeJson(node), limits.maxBytes) + 1;
    for (const [id, rel] of found.relationships) if (!graph.relationships.has(id)) cost += jsonSize(relationshipJson(rel), limits.maxBytes) + 1;
    if (bytes + cost > limits.maxBytes) return { rows, graph, truncation: { by: 'bytes', limit: limits.maxBytes } };
    bytes += cost;
    rows.push(row);
    for (const [id, node] of found.nodes) graph.nodes.set(id, node);
    for (const [id, rel] of found.relationships) graph.relationships.set(id, rel);
  }
  return { rows, graph };
}

const nodeJson = (node: ReturnType<typeof nodeToPlain>): Json => ({ id: node.elementId, labels: node.labels, properties: node.properties });
const relationshipJson = (rel: ReturnType<typeof relationshipToPlain>): Json => ({
  id: rel.elementId,
  type: rel.type,
  source: rel.startElementId,
  target: rel.endElementId,
  properties: rel.properties,
});

interface TransactionRow {
  transactionId: string;
  connectionId: string;
  cpuMs: number | null;
}

function transactionRows(rows: Record<string, Json>[]): TransactionRow[] {
  return rows.flatMap((row) =>
    typeof row.transactionId === 'string'
      ? [{ transactionId: row.transactionId, connectionId: typeof row.connectionId === 'string' ? row.connectionId : '', cpuMs: typeof row.cpuMs === 'number' ? row.cpuMs : null }]
      : [],
  );
}

/**
 * One console query in Neo4j. `result` settles with the answer; `finished` resolves once Neo4j no longer
 * runs the query (its session closed), which for a query Neo4j cannot interrupt is long after the answer.
 */
export interface ConsoleExecution {
  result: Promise<ConsoleRun>;
  finished: Promise<void>;
}

/**
 * Runs `query` in an explicit READ transaction (never retried: a retry would run the query again) with
 * Neo4j's own timeout and a time limit of the server's: at `limits.timeoutMs` the answer is
 * QueryTimeLimit (or DatabaseUnresponsive when Neo4j does not answer at all), whatever Neo4j does. When
 * `signal` aborts, the query is stopped in Neo4j and `result` rejects with QueryCancelled.
 */
export function runReadQuery(db: Database, query: string, params: Record<string, Json>, limits: ConsoleLimits, signal?: AbortSignal): ConsoleExecution {
  const requestId = randomUUID();
  const session = db.driver.session({
    database: db.name,
    defaultAccessMode: neo4j.session.READ,
    fetchSize: Math.min(limits.rowCap + 1, MAX_FETCH_SIZE),
  });
  let settled = false;
  const work = (async (): Promise<ConsoleRun> => {
    const tx = await session.beginTransaction({ timeout: limits.timeoutMs, metadata: { sila_console: requestId } });
    try {
      const result = tx.run(query, toDriverParams(params));
      const { rows, graph, truncation } = await readCapped(result, limits);
      const columns = (await result.keys()).map(String);
      const summary: ResultSummary = await result.summary();
      await tx.commit();
      return {
        columns,
        rows,
        graph,
        truncated: truncation !== undefined,
        ...(truncation ? { truncation } : {}),
        queryType: summary.queryType,
        availableAfterMs: millis(summary.resultAvailableAfter),
        consumedAfterMs: millis(summary.resultConsumedAfter),
        notifications: summary.notifications.map(plainNotification),
      };
    } catch (error) {
      if (tx.isOpen()) await tx.rollback().catch(() => undefined);
      // The driver decodes records itself; a value it cannot represent surfaces as a plain RangeError.
      if (error instanceof RangeError && !(error instanceof Neo4jError)) throw new ResultUnreadable(error.message);
      throw error;
    }
  })();
  const sessionClosed = work
    .catch(() => undefined)
    .then(() => session.close())
    .catch(() => undefined)
    .finally(() => (settled = true));

  const stopper = new Stopper(db, requestId, () => settled, limits.timeoutMs);
  const result = new Promise<ConsoleRun>((resolve, reject) => {
    let reason: 'limit' | 'cancel' | undefined;
    const timer = setTimeout(() => {
      reason = 'limit';
      void stopper.stop().then(async (answered) => {
        // An interruptible query stops within milliseconds of TERMINATE; answering after that means its
        // slot is already free. One that cannot be interrupted is answered anyway, at the limit.
        if (answered) await Promise.race([sessionClosed, new Promise((resolve) => setTimeout(resolve, SETTLE_MS))]);
        reject(answered ? new QueryTimeLimit(limits.timeoutMs) : new DatabaseUnresponsive(limits.timeoutMs));
      });
    }, limits.timeoutMs);
    const onAbort = (): void => {
      if (reason !== undefined) return;
      reason = 'cancel';
      clearTimeout(timer);
      void stopper.stop();
      reject(new QueryCancelled('The request went away before the query was answered.'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    if (signal?.aborted) onAbort();
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    work.then(
      (run) => {
        done();
        if (reason === undefined) resolve(run);
      },
      (error: unknown) => {
        done();
        // Once the server stops the query, Neo4j's "terminated" is the server's own doing, not the answer.
        if (reason === undefined) reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
  // A stopped query's watch ends when its session settles, or when the stopper gives up on it.
  return { result, finished: Promise.race([sessionClosed, stopper.done]) };
}

/**
 * Stops a console transaction in Neo4j and watches it until its session has settled: TERMINATE stops an
 * interruptible query at its next row; a query that keeps computing is left to finish (its slot stays
 * taken); a terminated query whose CPU time no longer grows is stuck in Bolt, and only closing its
 * connection makes Neo4j and the driver let go of it.
 */
class Stopper {
  private started: Promise<boolean> | undefined;
  private finish: () => void = () => undefined;
  /** Resolves when watching a stopped query is over; never, if stop() is not called. */
  readonly done: Promise<void>;

  constructor(
    private readonly db: Database,
    private readonly requestId: string,
    private readonly settled: () => boolean,
    private readonly timeoutMs: number,
  ) {
    this.done = new Promise((resolve) => (this.finish = resolve));
  }

  /** Asks Neo4j to stop the query; resolves with whether Neo4j answered the request. */
  stop(): Promise<boolean> {
    this.started ??= this.watch();
    return this.started;
  }

  private async look(): Promise<TransactionRow[]> {
    return transactionRows(await this.db.command(cypher('console/find-transactions'), { requestId: this.requestId }, ANSWERING_WITHIN_MS));
  }

  private async watch(): Promise<boolean> {
    let answered: boolean;
    const terminated = new Set<string>();
    try {
      answered = await this.terminateNew(await this.look(), terminated).then(() => true);
    } catch {
      answered = false;
    }
    void this.follow(terminated).finally(() => this.finish());
    return answered;
  }

  private async terminateNew(rows: TransactionRow[], terminated: Set<string>): Promise<void> {
    const fresh = rows.map((row) => row.transactionId).filter((id) => !terminated.has(id));
    if (fresh.length === 0) return;
    await this.db.command(cypher('console/terminate-transactions'), { transactionIds: fresh }, ANSWERING_WITHIN_MS);
    for (const id of fresh) terminated.add(id);
  }

  private async follow(terminated: Set<string>): Promise<void> {
    // Without CPU figures a stuck query cannot be told from a computing one; the slot is then given back
    // after a generous bound rather than held for ever (its connection stays with the stuck Bolt worker).
    const giveUpAt = Date.now() + Math.max(60_000, 6 * this.timeoutMs);
    const cpu = new Map<string, { ms: number; since: number }>();
    let failures = 0;
    while (!this.settled() && Date.now() < giveUpAt) {
      // A Neo4j that does not answer is asked less and less often: each look it leaves unanswered holds a connection.
      await new Promise((resolve) => setTimeout(resolve, Math.min(5000, STOP_POLL_MS * 2 ** failures)));
      if (this.settled()) break;
      let rows: TransactionRow[];
      try {
        rows = await this.look();
        // The transaction may not have reached Neo4j when the stop was asked: terminate it when it shows up.
        await this.terminateNew(rows, terminated);
        failures = 0;
      } catch {
        failures++;
        continue;
      }
      for (const row of rows) {
        if (row.cpuMs === null) continue;
        const seen = cpu.get(row.transactionId);
        if (seen?.ms !== row.cpuMs) cpu.set(row.transactionId, { ms: row.cpuMs, since: Date.now() });
        else if (Date.now() - seen.since >= STUCK_AFTER_MS && row.connectionId !== '') {
          await this.db.command(cypher('console/kill-connection'), { connectionId: row.connectionId }, ANSWERING_WITHIN_MS).catch(() => undefined);
          cpu.delete(row.transactionId);
        }
      }
    }
  }
}

/** The `id` property of nodes known by element id; those that have none map to null. */
export async function stableIdsOf(db: Database, elementIds: string[], timeoutMs: number): Promise<Map<string, Json>> {
  if (elementIds.length === 0) return new Map();
  const rows = await db.read(cypher('console/node-ids'), { elementIds }, timeoutMs);
  return new Map(rows.map((row) => [typeof row.elementId === 'string' ? row.elementId : '', row.id ?? null]));
}
