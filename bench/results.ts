/**
 * bench/RESULTS.md is written only by the benchmark scripts: each script replaces its own section and
 * stamps it with the machine, the date and the load average at the time it ran.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';

export const RESULTS_FILE = join(import.meta.dirname, 'RESULTS.md');

const HEADER = `# Sila benchmark results

Written by \`npm run gen\`, \`npm run bench:api\` and \`npm run bench:client\` (bench/); never edited by hand.
Each section says when, on what machine and under which load it was measured. Decisions and targets:
docs/decisions/0008-scale.md.
`;

/** First line a tool prints about its version (java prints it on stderr). */
function version(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error) return 'not found';
  return `${result.stdout}${result.stderr}`.trim().split('\n')[0] ?? '?';
}

/** One line describing where and when a figure was measured. */
export function machineLine(extra: string[] = []): string {
  const cpu = cpus();
  const [one, five] = loadavg();
  return [
    new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}`,
    `${Math.round(totalmem() / 2 ** 30)} GiB RAM`,
    `Node ${process.version}`,
    `Java ${version('java', ['-version']).replace(/^.*version\s+/, '')}`,
    `load average ${one?.toFixed(2) ?? '?'} (1 min) / ${five?.toFixed(2) ?? '?'} (5 min) at start`,
    ...extra,
  ].join(' · ');
}

export function loadAverage(): number {
  return loadavg()[0] ?? 0;
}

/** Replaces (or appends) the section `name` of RESULTS.md. */
export function writeSection(name: string, body: string): void {
  const start = `<!-- section:${name} -->`;
  const end = `<!-- /section:${name} -->`;
  const current = existsSync(RESULTS_FILE) ? readFileSync(RESULTS_FILE, 'utf8') : HEADER;
  const block = `${start}\n${body.trim()}\n${end}`;
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  const next = from >= 0 && to > from ? current.slice(0, from) + block + current.slice(to + end.length) : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(RESULTS_FILE, next);
}

/** A Markdown table from a header row and data rows. */
export function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]): string => `| ${cells.map(String).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Reads `--name value` flags; every value is a string, the caller converts. */
export function flags(argv: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) continue;
    const next = argv[i + 1];
    if (next !== undefined && !next.startsWith('--')) {
      out.set(arg.slice(2), next);
      i++;
    } else out.set(arg.slice(2), 'true');
  }
  return out;
}

export const fmt = (ms: number): string => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));
