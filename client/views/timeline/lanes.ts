/**
 * Rows for items on one lane of the time axis: each item goes on the first row where it does not touch
 * the one before (in pixels, labels included), so bars and points never hide each other. Pure.
 */
export interface Placed {
  id: string;
  x0: number;
  x1: number;
}

export function assignRows(items: readonly Placed[], gap: number, maxRows: number): Map<string, number> {
  const ends: number[] = [];
  const rows = new Map<string, number>();
  const sorted = [...items].sort((a, b) => a.x0 - b.x0 || a.id.localeCompare(b.id));
  for (const item of sorted) {
    let row = ends.findIndex((end) => end + gap <= item.x0);
    if (row < 0) row = ends.length < maxRows ? ends.length : ends.indexOf(Math.min(...ends));
    ends[row] = Math.max(ends[row] ?? -Infinity, item.x1);
    rows.set(item.id, row);
  }
  return rows;
}
