/**
 * Runs structure jobs in one worker thread, one job at a time, so building a 100k-entity graph and
 * sampling its betweenness (tens of seconds of CPU) never hold the event loop that answers every other
 * request (docs/decisions/0020-structure-library.md). The worker keeps the graph of the last version; when
 * it asks for the graph, `readGraph` reads it. A worker that fails, exits or is terminated rejects the job
 * it was running with a `structure-failed` problem; the next job starts a new worker. An idle worker is
 * stopped after `idleMs`, which frees the graph it held.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { z } from 'zod';
import { DomainError } from '../../domain/errors.ts';
import { runStructureJob, type GraphRows, type HeldGraph, type StructureAnswer, type StructureJob, type StructureReply } from './structure-jobs.ts';

export interface StructureRunner {
  run(job: Omit<StructureJob, 'job' | 'graph'>, readGraph: () => Promise<GraphRows>): Promise<StructureAnswer>;
  /** True while a job is in the worker (tests wait for it). */
  busy(): boolean;
  /** Stops the worker; a job it was running fails. */
  terminate(): Promise<void>;
}

const failed = (why: string): DomainError =>
  new DomainError('unavailable', 'structure-failed', `The structure computation stopped before it finished (${why}); ask again to start it anew.`, { retryAfterSeconds: 1 });

/**
 * Sources run as TypeScript (tsx) in development and tests: the worker registers tsx's loader before it
 * imports its entry. A data: URL module has no base to resolve a package name from, so it gets the URL of
 * tsx's own API as its package.json exports it.
 */
function startWorker(entry: URL): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry);
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('tsx/package.json');
  const exported = z.object({ exports: z.object({ './esm/api': z.object({ import: z.object({ default: z.string() }) }) }) }).parse(JSON.parse(readFileSync(manifest, 'utf8')));
  const api = new URL(exported.exports['./esm/api'].import.default, pathToFileURL(manifest));
  const boot = `const { register } = await import(${JSON.stringify(api.href)}); register(); await import(${JSON.stringify(entry.href)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`));
}

/** Runs `execute` for one job after another, in the order they came; a failed job does not stop the next. */
function oneAtATime(execute: StructureRunner['run']): StructureRunner['run'] {
  let chain: Promise<unknown> = Promise.resolve();
  return (job, readGraph) => {
    const result = chain.then(() => execute(job, readGraph));
    chain = result.catch(() => undefined);
    return result;
  };
}

export function createStructureRunner(entry: URL, options: { idleMs?: number } = {}): StructureRunner {
  const idleMs = options.idleMs ?? 30 * 60_000;
  let worker: Worker | null = null;
  let waiting: { job: number; resolve: (reply: StructureReply) => void; reject: (error: Error) => void } | null = null;
  let jobs = 0;
  let running = false;
  let idle: NodeJS.Timeout | null = null;

  function ensureWorker(): Worker {
    if (worker) return worker;
    const started = startWorker(entry);
    // An idle worker does not keep the process alive; a pending request does.
    started.unref();
    started.on('message', (reply: StructureReply) => {
      if (waiting?.job !== reply.job) return;
      const { resolve } = waiting;
      waiting = null;
      resolve(reply);
    });
    const lost = (why: string): void => {
      if (worker === started) worker = null;
      const pending = waiting;
      waiting = null;
      pending?.reject(failed(why));
    };
    started.on('error', (error: Error) => lost(error.message));
    started.on('exit', (code) => lost(`the worker exited with code ${code}`));
    worker = started;
    return started;
  }

  function ask(job: StructureJob): Promise<StructureReply> {
    const target = ensureWorker();
    return new Promise<StructureReply>((resolve, reject) => {
      waiting = { job: job.job, resolve, reject };
      target.postMessage(job);
    });
  }

  async function execute(job: Omit<StructureJob, 'job' | 'graph'>, readGraph: () => Promise<GraphRows>): Promise<StructureAnswer> {
    if (idle) clearTimeout(idle);
    running = true;
    try {
      let reply = await ask({ ...job, job: ++jobs });
      if (reply.kind === 'needs-graph') reply = await ask({ ...job, job: ++jobs, graph: await readGraph() });
      if (reply.kind === 'failed') throw failed(reply.message);
      if (reply.kind !== 'done') throw failed('the worker asked for the graph twice');
      return reply.answer;
    } finally {
      running = false;
      idle = setTimeout(() => void worker?.terminate(), idleMs);
      idle.unref();
    }
  }

  return {
    run: oneAtATime(execute),
    busy: () => running,
    async terminate() {
      await worker?.terminate();
    },
  };
}

/**
 * The same jobs on the calling thread, as the server ran them before the worker: only the benchmark uses
 * it, to measure what the worker spares the other requests.
 */
export function createInThreadStructureRunner(): StructureRunner {
  let held: HeldGraph | null = null;
  let running = false;
  let jobs = 0;
  async function execute(job: Omit<StructureJob, 'job' | 'graph'>, readGraph: () => Promise<GraphRows>): Promise<StructureAnswer> {
    running = true;
    try {
      let result = await runStructureJob(held, { ...job, job: ++jobs });
      if (result.reply.kind === 'needs-graph') result = await runStructureJob(held, { ...job, job: ++jobs, graph: await readGraph() });
      held = result.held;
      if (result.reply.kind !== 'done') throw failed(result.reply.kind === 'failed' ? result.reply.message : 'no graph');
      return result.reply.answer;
    } finally {
      running = false;
    }
  }
  return {
    run: oneAtATime(execute),
    busy: () => running,
    terminate: () => Promise.resolve(),
  };
}
