/**
 * Where each place's label goes: beside its point on one of eight sides, the first that touches no label
 * already placed and no other point, most important places first. A label with no free side keeps the
 * first and is marked crowded (drawn fainter; zooming in frees it) or, with `hideCrowded`, is left out, as
 * are labels whose point lies outside `bounds`. Boxes are looked up in a grid of cells, so a thousand labels
 * cost about what a few dozen did. Pure: boxes in, offsets out.
 */
export interface LabelRequest {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Larger first. */
  priority: number;
  /** The label sits centred on its point (a region's name on its centroid) or not at all. */
  centred?: boolean;
}

export interface LabelPlacement {
  /** Anchor of the text box's top-left corner. */
  x: number;
  y: number;
  crowded: boolean;
}

export interface PlacementOptions {
  /** Labels of points outside [0, width] × [0, height] are not placed (they would not be seen). */
  bounds?: { width: number; height: number };
  /** Leave out labels with no free side instead of drawing them over others. */
  hideCrowded?: boolean;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const GAP = 6;
const POINT = 5;
const CELL = 48;

function candidates(r: LabelRequest): Box[] {
  const { x, y, width: w, height: h } = r;
  if (r.centred === true) return [{ x0: x - w / 2, y0: y - h / 2, x1: x + w / 2, y1: y + h / 2 }];
  const sides: [number, number][] = [
    [x + GAP, y - h / 2],
    [x - GAP - w, y - h / 2],
    [x - w / 2, y - GAP - h],
    [x - w / 2, y + GAP],
    [x + GAP, y - GAP - h],
    [x - GAP - w, y - GAP - h],
    [x + GAP, y + GAP],
    [x - GAP - w, y + GAP],
  ];
  return sides.map(([x0, y0]) => ({ x0, y0, x1: x0 + w, y1: y0 + h }));
}

const touches = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Boxes filed under every cell they cover. */
class BoxGrid {
  readonly #cells = new Map<string, Box[]>();

  /** Calls `visit` for each cell `box` covers until one returns true. */
  #each(box: Box, visit: (key: string) => boolean): boolean {
    for (let cx = Math.floor(box.x0 / CELL); cx <= Math.floor(box.x1 / CELL); cx++) {
      for (let cy = Math.floor(box.y0 / CELL); cy <= Math.floor(box.y1 / CELL); cy++) if (visit(`${cx},${cy}`)) return true;
    }
    return false;
  }

  add(box: Box): void {
    this.#each(box, (key) => {
      const list = this.#cells.get(key);
      if (list) list.push(box);
      else this.#cells.set(key, [box]);
      return false;
    });
  }

  hits(box: Box): boolean {
    return this.#each(box, (key) => this.#cells.get(key)?.some((other) => touches(box, other)) ?? false);
  }
}

export function placeLabels(requests: readonly LabelRequest[], options: PlacementOptions = {}): Map<string, LabelPlacement> {
  const { bounds, hideCrowded = false } = options;
  const inside = (r: LabelRequest): boolean => !bounds || (r.x >= 0 && r.y >= 0 && r.x <= bounds.width && r.y <= bounds.height);
  const points = new BoxGrid();
  for (const r of requests) if (inside(r) && r.centred !== true) points.add({ x0: r.x - POINT, y0: r.y - POINT, x1: r.x + POINT, y1: r.y + POINT });
  const taken = new BoxGrid();
  const result = new Map<string, LabelPlacement>();
  const ordered = requests.filter(inside).sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  for (const request of ordered) {
    const options = candidates(request);
    const free = options.find((box) => !taken.hits(box) && !points.hits(box));
    if (!free && hideCrowded) continue;
    const chosen = free ?? options[0];
    if (!chosen) continue;
    taken.add(chosen);
    result.set(request.id, { x: chosen.x0, y: chosen.y0, crowded: free === undefined });
  }
  return result;
}
