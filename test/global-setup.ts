/**
 * Gives the integration project a real Neo4j: the one named by NEO4J_URI, or a throwaway local one
 * on a free port with a temporary data directory that is removed afterwards. Also builds the client
 * for the browser tests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalNeo4j, type LocalNeo4j } from '../neo4j/local-neo4j.ts';
import { ensureClientBuilt } from '../server/client-build.ts';
import type { Neo4jTarget } from './neo4j-target.ts';

let local: LocalNeo4j | undefined;
let dataDir: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  let target: Neo4jTarget;
  if (process.env.NEO4J_URI) {
    target = {
      uri: process.env.NEO4J_URI,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? 'sila-local-password',
      database: process.env.NEO4J_DATABASE ?? 'neo4j',
      local: false,
    };
  } else {
    dataDir = mkdtempSync(join(tmpdir(), 'sila-test-neo4j-'));
    const user = 'neo4j';
    const password = 'sila-test-password';
    local = await startLocalNeo4j({ port: 0, dataDir, user, password });
    target = { uri: local.uri, user, password, database: 'neo4j', local: true, dataDir, pid: local.pid };
  }
  project.provide('neo4j', target);
  try {
    await ensureClientBuilt(() => undefined);
  } catch (error) {
    // Only the browser tests need the client; let them fail with this message instead of blocking every test.
    console.error(`[test setup] the client did not build: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export async function teardown(): Promise<void> {
  await local?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
