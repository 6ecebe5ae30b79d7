/** Turns a soak run into the Markdown section of docs/RELIABILITY.md that sits between the soak markers. */
import { percentile, type LoadResult } from './load.ts';

export const BEGIN = '<!-- soak:begin (written by `npm run soak`; do not edit by hand) -->';
export const END = '<!-- soak:end -->';

export interface SoakReport {
  result: LoadResult;
  memory: { baselineMb: number; peakMb: number; endMb: number; boundMb: number; samples: number };
  settings: Record<string, string>;
  date: string;
  node: string;
}

const ms = (value: number): string => value.toFixed(0);

export function reportSection({ result, memory, settings, date, node }: SoakReport): string {
  const statusList = (statuses: Record<string, number>): string =>
    Object.entries(statuses)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([status, n]) => `${status}: ${n}`)
      .join(', ');
  const rows = Object.entries(result.byKind)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([kind, s]) => `| ${kind} | ${s.sent} | ${statusList(s.statuses)} | ${ms(percentile(s.latencies, 50))} | ${ms(percentile(s.latencies, 95))} | ${ms(percentile(s.latencies, 99))} |`);
  return [
    BEGIN,
    `Last run: ${date}, Node ${node}, ${result.clients} clients sending requests for ${(result.requestedMs / 1000).toFixed(0)} s on loopback ` +
      `(the last answer came after ${(result.durationMs / 1000).toFixed(1)} s), ` +
      `server settings ${Object.entries(settings).map(([k, v]) => `${k}=${v}`).join(', ')}.`,
    '',
    `- Requests sent: **${result.requests}** (${(result.requests / (result.requestedMs / 1000)).toFixed(1)} per second)`,
    `- Statuses: ${statusList(result.statuses)}`,
    `- 5xx responses: **${result.serverErrors}**`,
    `- Failures (unexpected status, body not valid against its schema, 429 without Retry-After, connection errors): **${result.failures.length}**`,
    `- Server memory (RSS of the server process, ${memory.samples} samples): ${memory.baselineMb.toFixed(0)} MB at start, ` +
      `peak **${memory.peakMb.toFixed(0)} MB**, ${memory.endMb.toFixed(0)} MB at the end; bound ${memory.boundMb} MB: ${memory.peakMb <= memory.boundMb ? 'within' : 'EXCEEDED'}`,
    '',
    '| request | sent | statuses | p50 ms | p95 ms | p99 ms |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    'Latencies are measured on a shared 2-core machine with Neo4j on the same cores; they are reported, not asserted. ' +
      '`runaway` requests are console queries that run until the timeout (408) or are refused at the concurrency cap (429).',
    END,
  ].join('\n');
}

/** Replaces the section between the markers, or appends it when the file has none yet. */
export function replaceSection(document: string, section: string): string {
  const start = document.indexOf(BEGIN);
  const end = document.indexOf(END);
  if (start < 0 || end < start) return `${document.trimEnd()}\n\n${section}\n`;
  return document.slice(0, start) + section + document.slice(end + END.length);
}
