/**
 * `npm start`: everything a fresh clone needs to open the explorer.
 * Starts the local Neo4j (unless NEO4J_URI is set), builds the client when it is missing or stale,
 * applies the schema, seeds an empty database, and serves on HOST:PORT. Ctrl-C stops all of it.
 */
import { readEnv } from '../config/env.ts';
import { ensureClientBuilt } from './client-build.ts';
import { start, type RunningServer } from './index.ts';
import { prepareDatabase } from './prepare-database.ts';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../neo4j/local-neo4j.ts';
import { createConnection } from 'node:net';

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function main(): Promise<void> {
  const config = readEnv(process.env);
  let local: LocalNeo4j | undefined;
  let server: RunningServer | undefined;
  let stopping = false;

  const shutdown = async (code: number): Promise<void> => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping Sila...');
    await server?.stop().catch(() => undefined);
    await local?.stop().catch(() => undefined);
    process.exit(code);
  };
  process.once('SIGINT', () => void shutdown(0));
  process.once('SIGTERM', () => void shutdown(0));

  const env = { ...process.env };
  try {
    if (!config.NEO4J_URI) {
      let port = config.NEO4J_BOLT_PORT;
      if (await portInUse(port)) {
        port = await freePort();
        console.log(`Port ${config.NEO4J_BOLT_PORT} is taken; the local Neo4j will use ${port}.`);
      }
      console.log(`Starting the local Neo4j (data in ${config.NEO4J_DATA_DIR})...`);
      const began = Date.now();
      local = await startLocalNeo4j({
        port,
        dataDir: config.NEO4J_DATA_DIR,
        user: config.NEO4J_USER,
        password: config.NEO4J_PASSWORD,
      });
      console.log(`Neo4j is ready at ${local.uri} after ${((Date.now() - began) / 1000).toFixed(1)} s.`);
      env.NEO4J_URI = local.uri;
    }
    await ensureClientBuilt((message) => console.log(message));
    server = await start(env);
    await prepareDatabase(server.db, (message) => console.log(message));
    console.log(`Sila is serving on ${server.url}  (Ctrl-C stops it)`);
  } catch (error) {
    console.error(`Sila could not start: ${error instanceof Error ? error.message : String(error)}`);
    await shutdown(1);
  }
}

await main();
