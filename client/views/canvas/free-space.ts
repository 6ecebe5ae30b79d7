import { overlapping, type Box } from './overlap.ts';

/** Grid cell size for looking up nearby boxes: about one label. */
const CELL = 120;

class Occupancy {
  private readonly cells = new Map<string, Box[]>();

  add(box: Box, gap: number): void {
    for (const key of this.keys(box, gap)) {
      const list = this.cells.get(key);
      if (list) list.push(box);
      else this.cells.set(key, [box]);
    }
  }

  collides(box: Box, gap: number): boolean {
    for (const key of this.keys(box, gap)) {
      for (const other of this.cells.get(key) ?? []) if (overlapping(box, other, gap)) return true;
    }
    return false;
  }

  private *keys(box: Box, gap: number): Generator<string> {
    for (let cx = Math.floor((box.x1 - gap) / CELL); cx <= Math.floor((box.x2 + gap) / CELL); cx++) {
      for (let cy = Math.floor((box.y1 - gap) / CELL); cy <= Math.floor((box.y2 + gap) / CELL); cy++) yield `${cx},${cy}`;
    }
  }
}

const moved = (box: Box, dx: number, dy: number): Box => ({ ...box, x1: box.x1 + dx, x2: box.x2 + dx, y1: box.y1 + dy, y2: box.y2 + dy });

/**
 * Moves each of `movable`, in order, to the nearest spot where its box touches neither a fixed box nor
 * one placed before it: a spiral search outward from where it stands. New labels of an expansion must
 * find room among labels that may not move, and pushing pairs apart (overlap.ts) can trap a box between
 * fixed neighbours for ever; a search always ends, because room exists far enough out. Returns how far
 * each moved box travelled.
 */
export function settleInFreeSpace(movable: readonly Box[], fixed: readonly Box[], gap = 6): Map<string, { dx: number; dy: number }> {
  const occupied = new Occupancy();
  for (const box of fixed) occupied.add(box, 0);
  const out = new Map<string, { dx: number; dy: number }>();
  for (const box of movable) {
    let placed = box;
    if (occupied.collides(box, gap)) {
      const step = Math.max(8, Math.min(box.x2 - box.x1, box.y2 - box.y1) / 3);
      search: for (let ring = 1; ; ring++) {
        const radius = ring * step;
        const points = Math.max(8, Math.ceil((2 * Math.PI * radius) / step));
        for (let i = 0; i < points; i++) {
          const angle = (2 * Math.PI * i) / points;
          const candidate = moved(box, Math.cos(angle) * radius, Math.sin(angle) * radius);
          if (!occupied.collides(candidate, gap)) {
            placed = candidate;
            break search;
          }
        }
      }
      out.set(box.id, { dx: placed.x1 - box.x1, dy: placed.y1 - box.y1 });
    }
    occupied.add(placed, 0);
  }
  return out;
}
