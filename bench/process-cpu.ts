/**
 * CPU time a process has used so far (user + system, in ms), read from /proc/<pid>/stat: how the benchmarks
 * tell how much of each request's CPU the Sila server, Neo4j and the load generator spend, on a machine where
 * all three share two cores.
 */
import { readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

export function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) is in parentheses and may hold spaces: count fields after its closing one.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return ((utime + stime) * 1000) / TICKS_PER_SECOND;
}

/** CPU ms used by each of `pids` while `work` runs. */
export async function cpuDuring<T>(pids: Readonly<Record<string, number>>, work: () => Promise<T>): Promise<{ result: T; cpuMs: Record<string, number> }> {
  const before = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, processCpuMs(pid)]));
  const result = await work();
  const cpuMs = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, processCpuMs(pid) - (before[name] ?? 0)]));
  return { result, cpuMs };
}
