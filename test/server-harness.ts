/**
 * Starts the real server on a free port against the test Neo4j, with the schema applied and the
 * article graph loaded. Integration and browser tests use this; nothing is mocked.
 */
import { start, type RunningServer } from '../server/index.ts';
import { prepareDatabase } from '../server/prepare-database.ts';
import { neo4jEnv } from './neo4j-target.ts';

export async function startTestServer(extraEnv: NodeJS.ProcessEnv = {}): Promise<RunningServer> {
  const server = await start({ ...neo4jEnv(), HOST: '127.0.0.1', PORT: '0', ...extraEnv });
  await prepareDatabase(server.db, () => undefined);
  return server;
}
