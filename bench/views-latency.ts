/**
 * What a first structure request costs the other requests: the latency of a cheap endpoint (a leaf's
 * detail) asked one call after another, on an idle server and while `GET /api/structure?measure=betweenness`
 * is being computed for the first time (graph read, built, sampled, Louvain), with the computation on the
 * server's main thread (SILA_BENCH_STRUCTURE=main, as before the worker) and in the worker.
 */
import { percentile } from './measure.ts';
import { startServer } from './server-process.ts';
import { fmt } from './results.ts';

export interface LatencyRow {
  mode: 'main thread' | 'worker';
  idle: { p50: number; p95: number; calls: number };
  during: { p50: number; p95: number; max: number; calls: number };
  structureMs: number;
}

async function call(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return performance.now() - started;
}

const summary = (times: number[]): { p50: number; p95: number; max: number; calls: number } => {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1) ?? Number.NaN, calls: sorted.length };
};

export async function structureLatency(uri: string, leaf: string, mode: LatencyRow['mode'], log: (line: string) => void): Promise<LatencyRow> {
  const { url, child } = await startServer(uri, mode === 'main thread' ? { SILA_BENCH_STRUCTURE: 'main' } : {});
  try {
    const node = `${url}/api/nodes/${encodeURIComponent(leaf)}`;
    for (let i = 0; i < 20; i++) await call(node);
    const idle: number[] = [];
    for (let i = 0; i < 200; i++) idle.push(await call(node));
    let structureMs = Number.NaN;
    let done = false;
    const structure = call(`${url}/api/structure?measure=betweenness`).then((ms) => {
      structureMs = ms;
      done = true;
    });
    const during: number[] = [];
    while (!done) during.push(await call(node));
    await structure;
    const idleFigures = summary(idle);
    const row: LatencyRow = { mode, idle: { p50: idleFigures.p50, p95: idleFigures.p95, calls: idleFigures.calls }, during: summary(during), structureMs };
    log(`${mode}: structure ${fmt(structureMs)} ms; leaf detail p50 ${fmt(row.idle.p50)} ms idle, ${fmt(row.during.p50)} ms during (${row.during.calls} calls, max ${fmt(row.during.max)} ms)`);
    return row;
  } finally {
    child.kill('SIGTERM');
  }
}
