/**
 * `npm run soak`: a bounded soak of the API on loopback. Starts a Neo4j of its own (unless NEO4J_URI is
 * set) and the server as a child process, runs `--clients` concurrent clients for `--seconds`, samples
 * the server's resident memory, and writes the figures into docs/RELIABILITY.md between the soak markers.
 * Exits non-zero on any 5xx, any invalid response, or memory past `--max-rss-mb`.
 *
 *   npm run soak                                  # 64 clients × 60 s
 *   npm run soak -- --clients 8 --seconds 10 --no-write
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startLocalNeo4j, type LocalNeo4j } from '../../neo4j/local-neo4j.ts';
import { runLoad, type LoadResult } from './load.ts';
import { reportSection, replaceSection, type SoakReport } from './report.ts';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '64' },
    seconds: { type: 'string', default: '60' },
    'max-rss-mb': { type: 'string', default: '512' },
    'runaway-share': { type: 'string', default: '0.05' },
    'no-write': { type: 'boolean', default: false },
  },
});
const clients = Number(values.clients);
const seconds = Number(values.seconds);
const maxRssMb = Number(values['max-rss-mb']);
const runawayShare = Number(values['runaway-share']);
if (![clients, seconds, maxRssMb, runawayShare].every(Number.isFinite) || clients < 1 || seconds <= 0 || seconds > 3600) {
  throw new Error('--clients must be at least 1 and --seconds between 0 and 3600');
}
const reliabilityFile = join(import.meta.dirname, '..', '..', 'docs', 'RELIABILITY.md');
const settings = { SILA_QUERY_TIMEOUT_MS: '10000', SILA_MAX_CONCURRENT_QUERIES: '8', SILA_ROW_CAP: '1000' };

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

function startServer(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'server-process.ts')], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      const match = /SOAK_SERVER_READY (\S+)/.exec(chunk.toString('utf8'));
      if (match?.[1]) resolve({ child, url: match[1] });
    });
    child.once('exit', (code) => reject(new Error(`the server exited before it was ready (code ${code})`)));
  });
}

async function main(): Promise<number> {
  let neo4j: LocalNeo4j | undefined;
  let dataDir: string | undefined;
  let server: ChildProcess | undefined;
  try {
    let neo4jEnv: NodeJS.ProcessEnv = {};
    if (!process.env.NEO4J_URI) {
      dataDir = mkdtempSync(join(tmpdir(), 'sila-soak-'));
      console.log('Starting a Neo4j for the soak...');
      neo4j = await startLocalNeo4j({ port: 0, dataDir, user: 'neo4j', password: 'sila-soak-password' });
      neo4jEnv = { NEO4J_URI: neo4j.uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'sila-soak-password' };
    }
    const started = await startServer({ ...neo4jEnv, ...settings });
    server = started.child;
    const pid = server.pid ?? -1;
    const samples: number[] = [];
    const baseline = rssMb(pid);
    const sampler = setInterval(() => samples.push(rssMb(pid)), 500);
    console.log(`Soaking ${started.url}: ${clients} clients for ${seconds} s (server RSS at start ${baseline.toFixed(0)} MB)...`);
    let result: LoadResult;
    try {
      result = await runLoad({ baseUrl: started.url, clients, durationMs: seconds * 1000, runawayShare, seed: 2025 });
    } finally {
      clearInterval(sampler);
    }
    const after = rssMb(pid);
    const report: SoakReport = {
      result,
      memory: { baselineMb: baseline, peakMb: Math.max(baseline, ...samples, after), endMb: after, boundMb: maxRssMb, samples: samples.length },
      settings,
      date: new Date().toISOString(),
      node: process.version,
    };
    const section = reportSection(report);
    console.log(section);
    if (!values['no-write']) {
      writeFileSync(reliabilityFile, replaceSection(readFileSync(reliabilityFile, 'utf8'), section));
      console.log(`Wrote the figures into ${reliabilityFile}.`);
    }
    const ok = result.serverErrors === 0 && result.failures.length === 0 && report.memory.peakMb <= maxRssMb;
    for (const failure of result.failures.slice(0, 20)) console.error(`  ${failure}`);
    console.log(ok ? 'Soak passed.' : 'Soak FAILED.');
    return ok ? 0 : 1;
  } finally {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server?.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    await neo4j?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
