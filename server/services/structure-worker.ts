/**
 * The structure worker thread (started by structure-runner.ts): jobs come one at a time; the graph of
 * the last version stays here between them, so each measure of a version builds it once.
 */
import { parentPort } from 'node:worker_threads';
import { runStructureJob, type HeldGraph, type StructureJob, type StructureReply } from './structure-jobs.ts';

const port = parentPort;
if (!port) throw new Error('structure-worker.ts runs as a worker thread');

let held: HeldGraph | null = null;
port.on('message', (job: StructureJob) => {
  runStructureJob(held, job).then(
    (result) => {
      held = result.held;
      port.postMessage(result.reply);
    },
    (error: unknown) => {
      held = null;
      port.postMessage({ job: job.job, kind: 'failed', message: error instanceof Error ? error.message : String(error) } satisfies StructureReply);
    },
  );
});
