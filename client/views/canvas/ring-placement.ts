/**
 * Where new nodes stand the moment they arrive, before the force-directed layout has answered: on
 * concentric ellipses around the node they were expanded from. Cheap (no forces, no measuring of the
 * rest of the canvas) and deterministic, so an expansion shows at once and the same expansion lands
 * the same way every time.
 */

export interface Point {
  x: number;
  y: number;
}

/** The room one node takes on a ring, its label included. */
export interface Slot {
  w: number;
  h: number;
}

/** The innermost ring's axes, in slots: even on its diagonals (× cos 45°) it clears the anchor's own slot. */
const INNER = 1.5;

/**
 * Ring j's axes are (INNER + j) slots wide and high, so neighbours on a ring sit one slot apart whichever
 * way the ring runs there (a slot's width along the top, its height along the sides), and rings sit one
 * slot apart too. Ring j therefore holds about 2π(INNER + j) nodes; the last ring spreads what is left
 * evenly around.
 */
export function ringPositions(anchor: Point, count: number, slot: Slot): Point[] {
  const out: Point[] = [];
  for (let ring = 0; out.length < count; ring++) {
    const scale = INNER + ring;
    const capacity = Math.floor(2 * Math.PI * scale);
    const here = Math.min(capacity, count - out.length);
    // Rings alternate their starting angle so nodes of neighbouring rings do not line up in spokes.
    const start = -Math.PI / 2 + (ring % 2 === 0 ? 0 : Math.PI / capacity);
    for (let i = 0; i < here; i++) {
      const angle = start + (2 * Math.PI * i) / here;
      out.push({ x: anchor.x + Math.cos(angle) * scale * slot.w, y: anchor.y + Math.sin(angle) * scale * slot.h });
    }
  }
  return out;
}
