/**
 * Runs layout jobs in the layout worker, one at a time: a new job cancels the one before it (the worker
 * is terminated mid-computation and a fresh one started), so the last expansion always wins and a
 * stale answer never lands. If no worker can start, the job runs on the page instead.
 */
import workerUrl from 'worker-chunk:./layout.worker.ts';
import { computeLayout } from './layout-engine.ts';
import type { LayoutJob, LayoutOutcome, LayoutReply, LayoutRequest } from './layout-job.ts';

export interface LayoutRun {
  /** The outcome, or null when a later job or `cancel` superseded this one. */
  readonly outcome: Promise<LayoutOutcome | null>;
  cancel(): void;
}

export interface LayoutStats {
  /** Jobs answered by the worker. */
  inWorker: number;
  /** Jobs computed on the page because no worker could start. */
  onPage: number;
  /** Jobs cancelled before they were answered. */
  superseded: number;
  /** Computing time of the last answered job, where it ran. */
  lastComputeMs: number;
}

export interface LayoutRunner {
  run(job: LayoutJob): LayoutRun;
  stats(): LayoutStats;
  destroy(): void;
}

interface Pending {
  seq: number;
  job: LayoutJob;
  settle(outcome: LayoutOutcome | null): void;
}

export function createLayoutRunner(): LayoutRunner {
  const stats: LayoutStats = { inWorker: 0, onPage: 0, superseded: 0, lastComputeMs: 0 };
  let worker: Worker | null = null;
  let broken = typeof Worker === 'undefined';
  let pending: Pending | null = null;
  let seq = 0;

  const onPage = (job: Pending): void => {
    // A task of its own, so the caller's frame (new nodes on their rings) is painted first.
    window.setTimeout(() => {
      if (pending !== job) return;
      pending = null;
      stats.onPage += 1;
      const outcome = computeLayout(job.job);
      stats.lastComputeMs = outcome.computeMs;
      job.settle(outcome);
    }, 0);
  };

  const onMessage = (event: MessageEvent<LayoutReply>): void => {
    const job = pending;
    if (!job || event.data.seq !== job.seq) return;
    if ('error' in event.data) {
      onPage(job);
      return;
    }
    pending = null;
    performance.mark('sila:layout-answered');
    stats.inWorker += 1;
    stats.lastComputeMs = event.data.outcome.computeMs;
    job.settle(event.data.outcome);
  };

  const onError = (event: Event): void => {
    // A worker that cannot load (blocked, missing) never will: the page takes over from now on.
    event.preventDefault();
    broken = true;
    worker?.terminate();
    worker = null;
    if (pending) onPage(pending);
  };

  const spawn = (): void => {
    if (broken || worker) return;
    try {
      worker = new Worker(workerUrl, { type: 'module', name: 'sila-layout' });
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
    } catch {
      broken = true;
    }
  };

  const cancelPending = (): void => {
    if (!pending) return;
    const job = pending;
    pending = null;
    stats.superseded += 1;
    // The worker is busy with a job nobody wants: stop it and have a fresh one ready for the next.
    worker?.terminate();
    worker = null;
    spawn();
    job.settle(null);
  };

  // Started at once: loading the worker and its libraries overlaps with the page's own start.
  spawn();

  return {
    run(job) {
      cancelPending();
      let settle: (outcome: LayoutOutcome | null) => void = () => undefined;
      const outcome = new Promise<LayoutOutcome | null>((resolve) => {
        settle = resolve;
      });
      seq += 1;
      const entry: Pending = { seq, job, settle };
      pending = entry;
      spawn();
      // Timing marks, for traces of the page: when a layout left and when it came back.
      performance.mark('sila:layout-posted');
      if (worker) worker.postMessage({ seq, job } satisfies LayoutRequest);
      else onPage(entry);
      return {
        outcome,
        cancel: () => {
          if (pending === entry) cancelPending();
        },
      };
    },
    stats: () => ({ ...stats }),
    destroy() {
      broken = true;
      cancelPending();
      worker?.terminate();
      worker = null;
    },
  };
}
