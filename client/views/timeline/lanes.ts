/**
 * Rows for items on one lane of the time axis. Each item is a mark and, beside it, its label; it goes on the
 * first row where mark and label together do not touch what the row already holds. When no row has room for
 * the label, the item goes where its mark alone fits and shows no label (its title still names it), so
 * labels never cover each other or another item's mark. Pure.
 */
export interface Extent {
  x0: number;
  x1: number;
}

export interface Placed {
  id: string;
  mark: Extent;
  /** The mark and its label together. */
  labelled: Extent;
}

export interface Row {
  row: number;
  /** Whether the label is shown. */
  label: boolean;
}

export function assignRows(items: readonly Placed[], gap: number, maxRows: number): Map<string, Row> {
  const ends: number[] = [];
  const onRow: Placed[][] = [];
  const rows = new Map<string, Row>();
  const sorted = [...items].sort((a, b) => a.labelled.x0 - b.labelled.x0 || a.id.localeCompare(b.id));
  // A row ends at the right end of everything on it, so an extent that starts past it touches nothing there.
  const free = (extent: Extent): number => {
    const row = ends.findIndex((end) => end + gap <= extent.x0);
    return row >= 0 ? row : ends.length < maxRows ? ends.length : -1;
  };
  for (const item of sorted) {
    let row = free(item.labelled);
    let label = true;
    if (row < 0) {
      label = false;
      row = free(item.mark);
      if (row < 0) {
        // Every row is taken here: the mark shares the row that ends first, whose labels it would cover go.
        row = ends.indexOf(Math.min(...ends));
        for (const other of onRow[row] ?? []) {
          const placed = rows.get(other.id);
          if (placed?.label === true && other.labelled.x0 < item.mark.x1 + gap && item.mark.x0 < other.labelled.x1 + gap) placed.label = false;
        }
      }
    }
    const extent = label ? item.labelled : item.mark;
    ends[row] = Math.max(ends[row] ?? -Infinity, extent.x1);
    (onRow[row] ??= []).push(item);
    rows.set(item.id, { row, label });
  }
  return rows;
}
