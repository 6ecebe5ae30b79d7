/**
 * When something happened, from what the graph holds: an ISO date, year-month or year, an interval such
 * as `2022/2026`, a date-time, or a Date node's bounds and granularity. Pure, so the timeline's rules are
 * tested without a database, and the client reads canvas nodes' times the same way as the server.
 */
import type { TimePrecision } from './views.ts';

export interface TimeSpan {
  /** First day (ISO, inclusive). */
  start: string;
  /** Last day (ISO, inclusive). */
  end: string;
  precision: TimePrecision;
}

const YEAR = /^(\d{4})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/;

const pad = (n: number): string => String(n).padStart(2, '0');

function lastDayOf(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function validDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= lastDayOf(year, month);
}

/** One ISO value (no interval) as the days it covers, or null when it is not a date. */
function single(value: string): TimeSpan | null {
  const text = value.trim();
  let m = YEAR.exec(text);
  if (m) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31`, precision: 'year' };
  m = MONTH.exec(text);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    return { start: `${m[1]}-${m[2]}-01`, end: `${m[1]}-${m[2]}-${pad(lastDayOf(year, month))}`, precision: 'month' };
  }
  m = DAY.exec(text);
  if (m) {
    if (!validDay(Number(m[1]), Number(m[2]), Number(m[3]))) return null;
    const day = `${m[1]}-${m[2]}-${m[3]}`;
    return { start: day, end: day, precision: 'day' };
  }
  return null;
}

/** `2022/2026`, `2023-03/2023-05`, `2025-02-01/2025-02-19`: a period from the start of one to the end of the other. */
export function parseTime(value: string): TimeSpan | null {
  const parts = value.split('/');
  if (parts.length === 1) return single(value);
  if (parts.length !== 2) return null;
  const [from, to] = parts.map((part) => single(part ?? ''));
  if (!from || !to || from.start > to.end) return null;
  return { start: from.start, end: to.end, precision: 'period' };
}

export interface DatedProperties {
  date?: unknown;
  granularity?: unknown;
  date_start?: unknown;
  date_end?: unknown;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

const PRECISIONS: readonly string[] = ['day', 'month', 'year', 'period'];

/**
 * A Date node's or an event's time: its bounds when it has them (a Date node's `date_start`/`date_end`,
 * with its `granularity`), else its `date`. Null when neither says a time.
 */
export function spanOf(props: DatedProperties): TimeSpan | null {
  const fromDate = text(props.date) ? parseTime(String(props.date)) : null;
  const start = text(props.date_start) ? single(String(props.date_start)) : null;
  const end = text(props.date_end) ? single(String(props.date_end)) : null;
  const granularity = text(props.granularity);
  if (start && end && start.start <= end.end) {
    const precision = granularity && PRECISIONS.includes(granularity) ? (granularity as TimePrecision) : (fromDate?.precision ?? 'period');
    return { start: start.start, end: end.end, precision };
  }
  return fromDate;
}
