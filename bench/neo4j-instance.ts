/**
 * A throwaway (or kept) local Neo4j for benchmarks, sized for a 100k-node graph: a bigger heap and page
 * cache than the test default, and a long transaction timeout so bulk loads are not cut off.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalNeo4j, type LocalNeo4j } from '../neo4j/local-neo4j.ts';
import { Database } from '../store/database.ts';

export const BENCH_USER = 'neo4j';
export const BENCH_PASSWORD = 'sila-bench-password';

export interface BenchNeo4j {
  neo4j: LocalNeo4j;
  db: Database;
  dataDir: string;
  /** True when the data directory already held a database before this start. */
  reused: boolean;
  stop(): Promise<void>;
}

/** True when `dir` already holds a Neo4j store (from an earlier start or bulk import). */
export function hasDatabase(dir: string): boolean {
  return existsSync(join(dir, 'data', 'databases', 'neo4j'));
}

/**
 * Starts Neo4j on a free port; without `dataDir` a temporary directory is used and removed on stop.
 * `beforeStart` runs on the data directory while no Neo4j has it open (the offline bulk import).
 */
export async function startBenchNeo4j(dataDir?: string, beforeStart?: (dir: string) => Promise<void>): Promise<BenchNeo4j> {
  process.env.NEO4J_HEAP ??= '4g';
  process.env.NEO4J_PAGECACHE ??= '2g';
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), 'sila-bench-neo4j-'));
  const reused = hasDatabase(dir);
  if (beforeStart) {
    if (reused) throw new Error(`${dir} already holds a database; give an empty or new --data-dir`);
    await beforeStart(dir);
  }
  const neo4j = await startLocalNeo4j({ port: 0, dataDir: dir, user: BENCH_USER, password: BENCH_PASSWORD, txTimeoutSeconds: 1800 });
  const db = new Database({ uri: neo4j.uri, user: BENCH_USER, password: BENCH_PASSWORD, database: 'neo4j', connectionTimeoutMs: 30_000 });
  return {
    neo4j,
    db,
    dataDir: dir,
    reused,
    async stop() {
      await db.close();
      await neo4j.stop();
      if (!dataDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
