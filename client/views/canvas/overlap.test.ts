import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overlapping, separate, type Box } from './overlap.ts';

function apply(boxes: Box[], moves: Map<string, { dx: number; dy: number }>): Box[] {
  return boxes.map((box) => {
    const move = moves.get(box.id) ?? { dx: 0, dy: 0 };
    return { ...box, x1: box.x1 + move.dx, x2: box.x2 + move.dx, y1: box.y1 + move.dy, y2: box.y2 + move.dy };
  });
}

function clash(boxes: Box[], i: number, j: number): boolean {
  const a = boxes[i];
  const b = boxes[j];
  if (!a || !b) throw new Error('no such box');
  return overlapping(a, b);
}

describe('separate', () => {
  it('moves two overlapping label boxes apart and leaves distant ones alone', () => {
    const boxes: Box[] = [
      { id: 'a', x1: 0, y1: 0, x2: 100, y2: 20 },
      { id: 'b', x1: 90, y1: 5, x2: 190, y2: 25 },
      { id: 'far', x1: 1000, y1: 1000, x2: 1010, y2: 1010 },
    ];
    const moves = separate(boxes);
    const after = apply(boxes, moves);
    expect(clash(after, 0, 1)).toBe(false);
    expect(moves.has('far')).toBe(false);
  });

  it('never moves a fixed (pinned) box', () => {
    const boxes: Box[] = [
      { id: 'pinned', x1: 0, y1: 0, x2: 100, y2: 20, fixed: true },
      { id: 'free', x1: 10, y1: 10, x2: 110, y2: 30 },
    ];
    const moves = separate(boxes);
    expect(moves.has('pinned')).toBe(false);
    const after = apply(boxes, moves);
    expect(clash(after, 0, 1)).toBe(false);
  });

  it('leaves no overlaps among a few dozen random labels', () => {
    const box = fc.record({ x: fc.integer({ min: 0, max: 400 }), y: fc.integer({ min: 0, max: 400 }), w: fc.integer({ min: 10, max: 120 }), h: fc.integer({ min: 10, max: 40 }) });
    fc.assert(
      fc.property(fc.array(box, { minLength: 2, maxLength: 30 }), (specs) => {
        const boxes = specs.map((s, i) => ({ id: String(i), x1: s.x, y1: s.y, x2: s.x + s.w, y2: s.y + s.h }));
        const after = apply(boxes, separate(boxes, 2, 400));
        for (let i = 0; i < after.length; i++) for (let j = i + 1; j < after.length; j++) expect(clash(after, i, j)).toBe(false);
      }),
      { numRuns: 60 },
    );
  });
});
