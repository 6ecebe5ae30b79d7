/**
 * Where each place's label goes: beside its point on one of eight sides, the first that touches no label
 * already placed and no other point, most important places first. A label with no free side keeps the
 * first and is marked crowded (drawn fainter; zooming in frees it). Pure: boxes in, offsets out.
 */
export interface LabelRequest {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Larger first. */
  priority: number;
}

export interface LabelPlacement {
  /** Anchor of the text box's top-left corner. */
  x: number;
  y: number;
  crowded: boolean;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const GAP = 6;
const POINT = 5;

function candidates(r: LabelRequest): Box[] {
  const { x, y, width: w, height: h } = r;
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

export function placeLabels(requests: readonly LabelRequest[]): Map<string, LabelPlacement> {
  const points: Box[] = requests.map((r) => ({ x0: r.x - POINT, y0: r.y - POINT, x1: r.x + POINT, y1: r.y + POINT }));
  const taken: Box[] = [];
  const result = new Map<string, LabelPlacement>();
  const ordered = [...requests].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  for (const request of ordered) {
    const options = candidates(request);
    const free = options.find((box) => !taken.some((other) => touches(box, other)) && !points.some((p) => touches(box, p)));
    const chosen = free ?? options[0];
    if (!chosen) continue;
    taken.push(chosen);
    result.set(request.id, { x: chosen.x0, y: chosen.y0, crowded: free === undefined });
  }
  return result;
}
