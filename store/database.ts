import neo4j, { type Driver, type ManagedTransaction, type QueryResult } from 'neo4j-driver';
import type { Json } from '../contract/json.ts';
import { cypher } from './cypher-files.ts';
import { DEADLINE_GRACE_MS, withDeadline } from './deadline.ts';
import { toJson } from './to-json.ts';

export interface DatabaseConfig {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** Upper bound for acquiring a connection, so an outage answers quickly instead of hanging. */
  connectionTimeoutMs?: number;
  /** How long a read without a timeout of its own may wait for Neo4j before it fails as unavailable. */
  readDeadlineMs?: number;
}

const DEFAULT_READ_DEADLINE_MS = 20_000;

export type Row = Record<string, Json>;
export type Params = Record<string, unknown>;

/**
 * The process's one driver, always used with its database named.
 * Reads and writes go through managed transactions so the driver retries transient failures.
 */
export class Database {
  readonly driver: Driver;
  readonly name: string;
  readonly readDeadlineMs: number;

  constructor(config: DatabaseConfig) {
    const timeout = config.connectionTimeoutMs ?? 5000;
    this.driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
      connectionAcquisitionTimeout: timeout,
      connectionTimeout: timeout,
      // Retrying a lost database for long only delays the 503 a person is waiting for.
      maxTransactionRetryTime: 1000,
      disableLosslessIntegers: false,
      userAgent: 'sila/0.1',
    });
    this.name = config.database;
    this.readDeadlineMs = config.readDeadlineMs ?? DEFAULT_READ_DEADLINE_MS;
  }

  /** The client-side deadline of a read: its own timeout plus a grace, or the default. */
  deadlineFor(timeoutMs?: number): number {
    return timeoutMs === undefined ? this.readDeadlineMs : timeoutMs + DEADLINE_GRACE_MS;
  }

  /**
   * Runs a read query and returns its records as plain JSON rows. Neo4j is told the same bound the server
   * waits for (the read deadline when no timeout is given), so a read the server gives up on stops in Neo4j too.
   */
  async read(query: string, params: Params = {}, timeoutMs?: number): Promise<Row[]> {
    const session = this.driver.session({ database: this.name, defaultAccessMode: neo4j.session.READ });
    const work = session.executeRead((tx) => rows(tx, query, params), { timeout: timeoutMs ?? this.readDeadlineMs });
    let abandoned = false;
    try {
      return await withDeadline(work, this.deadlineFor(timeoutMs), () => {
        abandoned = true;
        // Closing waits for Neo4j too; the connection returns to the pool if Neo4j ever answers.
        work.catch(() => undefined).finally(() => void session.close());
      });
    } finally {
      if (!abandoned) await session.close();
    }
  }

  /**
   * Runs several read queries in one transaction, sent together (the driver pipelines them), and returns
   * each one's rows: one BEGIN and COMMIT, and one wait for Neo4j, instead of one per query.
   */
  async readAll(statements: readonly { query: string; params?: Params }[], timeoutMs?: number): Promise<Row[][]> {
    const session = this.driver.session({ database: this.name, defaultAccessMode: neo4j.session.READ });
    const work = session.executeRead((tx) => Promise.all(statements.map((s) => rows(tx, s.query, s.params ?? {}))), { timeout: timeoutMs ?? this.readDeadlineMs });
    let abandoned = false;
    try {
      return await withDeadline(work, this.deadlineFor(timeoutMs), () => {
        abandoned = true;
        work.catch(() => undefined).finally(() => void session.close());
      });
    } finally {
      if (!abandoned) await session.close();
    }
  }

  /** Runs a write query in its own transaction and returns its records as plain JSON rows. */
  async write(query: string, params: Params = {}): Promise<Row[]> {
    const session = this.driver.session({ database: this.name, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite((tx) => rows(tx, query, params));
    } finally {
      await session.close();
    }
  }

  /** Runs `work` inside one write transaction: all of it commits, or none of it does. */
  async writeTransaction<T>(work: (run: (query: string, params?: Params) => Promise<Row[]>) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.name, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite((tx) => work((query, params = {}) => rows(tx, query, params)));
    } finally {
      await session.close();
    }
  }

  /** Runs a schema statement (constraints, indexes), which Neo4j wants in an auto-commit transaction. */
  async runSchema(statement: string): Promise<void> {
    await this.command(statement);
  }

  /**
   * Runs an administration command (SHOW/TERMINATE TRANSACTIONS, schema) in an auto-commit transaction.
   * With `deadlineMs` it fails as unavailable when Neo4j has not answered by then.
   */
  async command(statement: string, params: Params = {}, deadlineMs?: number): Promise<Row[]> {
    const session = this.driver.session({ database: this.name, defaultAccessMode: neo4j.session.WRITE });
    const work = session.run(statement, params).then((result) =>
      result.records.map((record) => {
        const row: Row = {};
        for (const key of record.keys) row[String(key)] = toJson(record.get(key));
        return row;
      }),
    );
    if (deadlineMs === undefined) {
      try {
        return await work;
      } finally {
        await session.close();
      }
    }
    let abandoned = false;
    try {
      return await withDeadline(work, deadlineMs, () => {
        abandoned = true;
        work.catch(() => undefined).finally(() => void session.close());
      });
    } finally {
      if (!abandoned) await session.close();
    }
  }

  /**
   * Whether Neo4j answers a trivial query within `withinMs`. Tells a query Neo4j will not answer from a
   * Neo4j that is gone: only the second is an outage.
   */
  async isAnswering(withinMs = 3000): Promise<boolean> {
    const session = this.driver.session({ database: this.name, defaultAccessMode: neo4j.session.READ });
    const work = session.run(cypher('health/ping'));
    try {
      await withDeadline(work, withinMs);
      return true;
    } catch {
      return false;
    } finally {
      work.catch(() => undefined).finally(() => void session.close());
    }
  }

  /** Resolves once Neo4j has answered a query in an authenticated session. */
  async ping(): Promise<void> {
    await this.read(cypher('health/ping'));
  }

  async serverInfo(): Promise<{ version: string; edition: string }> {
    const [row] = await this.read(cypher('health/server-info'));
    return { version: asText(row?.version), edition: asText(row?.edition) };
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

function asText(value: Json | undefined): string {
  return typeof value === 'string' ? value : 'unknown';
}

async function rows(tx: ManagedTransaction, query: string, params: Params): Promise<Row[]> {
  const result: QueryResult = await tx.run(query, params);
  return result.records.map((record) => {
    const row: Row = {};
    for (const key of record.keys) row[String(key)] = toJson(record.get(key));
    return row;
  });
}
