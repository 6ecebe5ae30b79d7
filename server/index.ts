import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { createApp } from './app.ts';
import { readEnv, type Env } from '../config/env.ts';
import { Database } from '../store/database.ts';
import { assertSafeBinding } from './http/access.ts';
import { answerClientError, answerConnect, answerExpectation, answeredUnroutable } from './http/client-error.ts';
import { allowedHosts, type HostRule } from './http/hosts.ts';
import { warmUp } from './services/warm-up.ts';

export interface RunningServer {
  url: string;
  port: number;
  db: Database;
  config: Env;
  stop(): Promise<void>;
}

/**
 * Starts the HTTP server against the Neo4j named by the environment (NEO4J_URI is required here;
 * `npm start` provides one by starting the local Neo4j). Pass `PORT: '0'` for a free port.
 */
export async function start(env: NodeJS.ProcessEnv = process.env): Promise<RunningServer> {
  const config = readEnv(env);
  if (!config.NEO4J_URI) throw new Error('NEO4J_URI is not set: start() needs a Neo4j to talk to.');
  assertSafeBinding(config.HOST, config.SILA_API_TOKEN);
  const db = new Database({
    uri: config.NEO4J_URI,
    user: config.NEO4J_USER,
    password: config.NEO4J_PASSWORD,
    database: config.NEO4J_DATABASE,
  });
  const ctx = { db, config };
  // Known once the server listens (PORT=0 picks the port); no request arrives before.
  let hosts: HostRule[] = [];
  const app = createApp(ctx, () => hosts);
  // A missing Host is answered by the app, with a problem document, instead of Node's bare 400.
  const server: Server = createServer({ requireHostHeader: false }, (req, res) => {
    if (!answeredUnroutable(req, res)) void app(req, res);
  });
  server.on('clientError', answerClientError);
  server.on('checkExpectation', answerExpectation);
  server.on('connect', answerConnect);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.PORT, config.HOST, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const interfaces = Object.values(networkInterfaces()).flatMap((list) => (list ?? []).map((i) => i.address));
  hosts = allowedHosts(config.HOST, port, config.SILA_ALLOWED_HOSTS, interfaces);
  warmUp(ctx);
  const host = config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST;
  return {
    url: `http://${host}:${port}`,
    port,
    db,
    config,
    async stop() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await db.close();
    },
  };
}
