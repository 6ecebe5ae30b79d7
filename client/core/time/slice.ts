/**
 * The time slicer's rule, pure: which canvas nodes a range of days keeps. A node stays when its time
 * (from the timeline, else its own date properties) overlaps the range, or when it is joined by an edge to
 * such a node; everything else, dated elsewhere or undated, leaves the canvas while the range holds.
 */
import { spanOf } from '../../../contract/time-span.ts';

export interface DayRange {
  /** ISO day, inclusive. */
  readonly start: string;
  /** ISO day, inclusive. */
  readonly end: string;
}

export interface Span {
  readonly start: string;
  readonly end: string;
}

export function overlaps(span: Span, range: DayRange): boolean {
  return span.start <= range.end && span.end >= range.start;
}

export interface SliceInput {
  nodes: Iterable<{ id: string; properties: Record<string, unknown> }>;
  edges: Iterable<{ source: string; target: string }>;
  /** Times the server worked out (an event dated through its Date node has no date of its own). */
  known: ReadonlyMap<string, Span>;
}

/** The time of a canvas node: the timeline's, else what its own properties say, else none. */
export function timeOf(node: { id: string; properties: Record<string, unknown> }, known: ReadonlyMap<string, Span>): Span | null {
  return known.get(node.id) ?? spanOf(node.properties);
}

/** Ids in the range, and their neighbours. */
export function sliceKeeps({ nodes, edges, known }: SliceInput, range: DayRange): Set<string> {
  const inRange = new Set<string>();
  for (const node of nodes) {
    const span = timeOf(node, known);
    if (span && overlaps(span, range)) inRange.add(node.id);
  }
  const kept = new Set(inRange);
  for (const edge of edges) {
    if (inRange.has(edge.source)) kept.add(edge.target);
    if (inRange.has(edge.target)) kept.add(edge.source);
  }
  return kept;
}

/**
 * The next window when playing: the same width, moved on by its own width; null past the end. A range of
 * whole months (a year, a quarter) moves by months, so 2023 is followed by 2024 and not by 2024 less a day.
 */
export function nextWindow(range: DayRange, last: string): DayRange | null {
  const [sy, sm, sd] = range.start.split('-').map(Number);
  const [ey, em, ed] = range.end.split('-').map(Number);
  if (sy === undefined || sm === undefined || sd === undefined || ey === undefined || em === undefined || ed === undefined) return null;
  const wholeMonths = sd === 1 && ed === new Date(Date.UTC(ey, em, 0)).getUTCDate();
  let next: DayRange;
  if (wholeMonths) {
    const months = (ey - sy) * 12 + (em - sm) + 1;
    next = { start: isoDay(Date.UTC(sy, sm - 1 + months, 1)), end: isoDay(Date.UTC(ey, em + months, 0)) };
  } else {
    const start = Date.UTC(sy, sm - 1, sd);
    const end = Date.UTC(ey, em - 1, ed);
    const width = end - start + 86_400_000;
    next = { start: isoDay(start + width), end: isoDay(end + width) };
  }
  return next.start > last ? null : next;
}

export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
