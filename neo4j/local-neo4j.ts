/**
 * Builds (once) and runs the in-process Neo4j of neo4j/ as a child process.
 * Used by `npm start`, `npm test` and `npm run neo4j`.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Database } from '../store/database.ts';

const moduleDir = dirname(fileURLToPath(import.meta.url));
const targetDir = join(moduleDir, 'target');
const mainClass = join(targetDir, 'classes', 'sila', 'neo4j', 'LocalNeo4j.class');

export interface LocalNeo4jOptions {
  /** Bolt port; 0 picks a free one. */
  port?: number;
  dataDir: string;
  user: string;
  password: string;
  /** Default transaction timeout in seconds. */
  txTimeoutSeconds?: number;
  /** Called with each line the JVM prints (logs); silent by default. */
  onLog?: (line: string) => void;
  readyTimeoutMs?: number;
}

export interface LocalNeo4j {
  uri: string;
  port: number;
  dataDir: string;
  pid: number;
  /** Clean shutdown (SIGTERM, or SIGINT as Ctrl-C sends); resolves once the JVM has exited. */
  stop(signal?: 'SIGTERM' | 'SIGINT'): Promise<void>;
  /** Abrupt death (SIGKILL), for crash tests. */
  kill(): Promise<void>;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function isBuilt(): boolean {
  if (!existsSync(mainClass) || !existsSync(join(targetDir, 'lib'))) return false;
  const sources = Math.max(statSync(join(moduleDir, 'pom.xml')).mtimeMs, newestMtime(join(moduleDir, 'src')));
  return statSync(mainClass).mtimeMs >= sources;
}

/** Compiles the runner and copies Neo4j's jars beside it; a no-op when the build is current. */
export function ensureBuilt(log: (message: string) => void = console.log): void {
  if (isBuilt()) return;
  log('Building the local Neo4j runner with Maven (the first build downloads Neo4j 5.26, about 120 MB)...');
  const result = spawnSync('mvn', ['-q', '-B', 'package'], { cwd: moduleDir, stdio: 'inherit' });
  if (result.error || result.status !== 0) {
    throw new Error(
      `Maven could not build neo4j/ (${result.error?.message ?? `exit code ${result.status}`}). ` +
        'Java 17+ and Maven are required; or set NEO4J_URI to use an existing Neo4j.',
    );
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

function javaBinary(): string {
  const home = process.env.JAVA_HOME;
  return home && existsSync(join(home, 'bin', 'java')) ? join(home, 'bin', 'java') : 'java';
}

function waitForExit(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => child.once('exit', () => done()));
}

/** Retries a real Bolt session until it works: the READY line alone does not prove authentication works. */
async function waitForBolt(uri: string, user: string, password: string, deadline: number): Promise<void> {
  let lastError: unknown;
  while (Date.now() < deadline) {
    const db = new Database({ uri, user, password, database: 'neo4j', connectionTimeoutMs: 2000 });
    try {
      await db.ping();
      return;
    } catch (error) {
      lastError = error;
      await new Promise((r) => setTimeout(r, 250));
    } finally {
      await db.close();
    }
  }
  throw new Error(`Neo4j at ${uri} did not accept a session in time: ${String(lastError)}`);
}

const classpath = (): string => [join(targetDir, 'classes'), join(targetDir, 'lib', '*')].join(':');

/**
 * Runs Neo4j's offline importer (`neo4j-admin database import full`, see BulkImport.java) into the store
 * of `dataDir`, which must not be open in a running Neo4j. `importerArgs` are the importer's own options.
 * Resolves with its output; rejects with it when the import fails.
 */
export async function bulkImport(dataDir: string, importerArgs: readonly string[]): Promise<string> {
  ensureBuilt();
  mkdirSync(resolve(dataDir), { recursive: true });
  const args = [`-Xmx${process.env.NEO4J_HEAP ?? '2g'}`, '-XX:+UseG1GC', '-cp', classpath(), 'sila.neo4j.BulkImport', resolve(dataDir), ...importerArgs];
  const child = spawn(javaBinary(), args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const code = await new Promise<number | null>((done, reject) => {
    child.once('error', (error) => reject(new Error(`Could not run java: ${error.message}. Java 17+ is required.`)));
    child.once('exit', (status) => done(status));
  });
  if (code !== 0) throw new Error(`The bulk import failed (exit code ${code}):\n${output.split('\n').slice(-30).join('\n')}`);
  return output;
}

export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  ensureBuilt();
  const port = options.port && options.port > 0 ? options.port : await freePort();
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const args = [
    '-Xms256m',
    `-Xmx${process.env.NEO4J_HEAP ?? '2g'}`,
    '-XX:+UseG1GC',
    '-cp',
    classpath(),
    'sila.neo4j.LocalNeo4j',
    '--port', String(port),
    '--data', dataDir,
    '--user', options.user,
    '--password', options.password,
    '--tx-timeout', String(options.txTimeoutSeconds ?? 30),
  ];
  const child = spawn(javaBinary(), args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const recent: string[] = [];
  const uri = `bolt://127.0.0.1:${port}`;

  const ready = new Promise<void>((resolveReady, reject) => {
    const onLine = (line: string): void => {
      recent.push(line);
      if (recent.length > 40) recent.shift();
      options.onLog?.(line);
      if (line.startsWith('SILA_NEO4J_READY')) resolveReady();
    };
    const split = (chunk: Buffer): void => chunk.toString('utf8').split('\n').filter(Boolean).forEach(onLine);
    child.stdout?.on('data', split);
    child.stderr?.on('data', split);
    child.once('error', (error) => reject(new Error(`Could not run java: ${error.message}. Java 17+ is required.`)));
    child.once('exit', (code, signal) =>
      reject(new Error(`Neo4j exited before it was ready (code ${code}, signal ${signal}):\n${recent.join('\n')}`)),
    );
  });

  const deadline = Date.now() + (options.readyTimeoutMs ?? 120_000);
  const timer = setTimeout(() => child.kill('SIGKILL'), options.readyTimeoutMs ?? 120_000);
  try {
    await ready;
    await waitForBolt(uri, options.user, options.password, deadline);
  } catch (error) {
    child.kill('SIGKILL');
    await waitForExit(child);
    throw error;
  } finally {
    clearTimeout(timer);
  }

  const stopWith = async (signal: NodeJS.Signals): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = waitForExit(child);
    child.kill(signal);
    const forced = setTimeout(() => child.kill('SIGKILL'), 60_000);
    await exited;
    clearTimeout(forced);
  };
  return {
    uri,
    port,
    dataDir,
    pid: child.pid ?? -1,
    stop: (signal = 'SIGTERM') => stopWith(signal),
    kill: () => stopWith('SIGKILL'),
  };
}
