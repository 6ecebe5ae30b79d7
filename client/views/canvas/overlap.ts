export interface Box {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Fixed boxes (pinned nodes) are never moved; the other box of a pair moves the whole way. */
  fixed?: boolean;
}

export function overlapping(a: Box, b: Box, gap = 0): boolean {
  return a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;
}

/**
 * Pushes overlapping boxes apart along the axis that needs the smaller move, a few sweeps at most.
 * Force-directed layouts leave the odd pair of long Arabic labels touching; this removes them.
 * Returns how far each moved box travelled.
 */
export function separate(input: readonly Box[], gap = 4, sweeps = 300): Map<string, { dx: number; dy: number }> {
  const boxes = input.map((box) => ({ ...box }));
  const moved = new Map<string, { dx: number; dy: number }>();
  const shift = (box: Box, dx: number, dy: number): void => {
    box.x1 += dx;
    box.x2 += dx;
    box.y1 += dy;
    box.y2 += dy;
    const total = moved.get(box.id) ?? { dx: 0, dy: 0 };
    moved.set(box.id, { dx: total.dx + dx, dy: total.dy + dy });
  };
  // Sorted by left edge, a box meets only the boxes that start before it ends: a sweep costs about
  // n·k instead of n². Boxes move during a sweep, so its order may go stale, but a sweep that moves
  // nothing was exact, and only such a sweep ends the loop.
  const order = boxes.map((_, i) => i);
  for (let sweep = 0; sweep < sweeps; sweep++) {
    let any = false;
    order.sort((i, j) => (boxes[i]?.x1 ?? 0) - (boxes[j]?.x1 ?? 0));
    for (let p = 0; p < order.length; p++) {
      const a = boxes[order[p] ?? 0];
      if (!a) continue;
      for (let q = p + 1; q < order.length; q++) {
        const b = boxes[order[q] ?? 0];
        if (!b) continue;
        if (b.x1 >= a.x2 + gap) break;
        if (!overlapping(a, b, gap) || (a.fixed && b.fixed)) continue;
        any = true;
        const pushX = Math.min(a.x2 + gap - b.x1, b.x2 + gap - a.x1);
        const pushY = Math.min(a.y2 + gap - b.y1, b.y2 + gap - a.y1);
        const alongX = pushX < pushY;
        const sign = alongX ? (a.x1 + a.x2 <= b.x1 + b.x2 ? 1 : -1) : a.y1 + a.y2 <= b.y1 + b.y2 ? 1 : -1;
        const amount = (alongX ? pushX : pushY) + 0.5;
        const [shareA, shareB] = a.fixed ? [0, 1] : b.fixed ? [1, 0] : [0.5, 0.5];
        if (alongX) {
          if (shareA) shift(a, -sign * amount * shareA, 0);
          if (shareB) shift(b, sign * amount * shareB, 0);
        } else {
          if (shareA) shift(a, 0, -sign * amount * shareA);
          if (shareB) shift(b, 0, sign * amount * shareB);
        }
      }
    }
    if (!any) break;
  }
  return moved;
}
