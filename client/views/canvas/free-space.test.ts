import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { settleInFreeSpace } from './free-space.ts';
import { overlapping, type Box } from './overlap.ts';

function apply(boxes: readonly Box[], moves: Map<string, { dx: number; dy: number }>): Box[] {
  return boxes.map((box) => {
    const move = moves.get(box.id) ?? { dx: 0, dy: 0 };
    return { ...box, x1: box.x1 + move.dx, x2: box.x2 + move.dx, y1: box.y1 + move.dy, y2: box.y2 + move.dy };
  });
}

const box = fc.record({ x: fc.integer({ min: 0, max: 600 }), y: fc.integer({ min: 0, max: 600 }), w: fc.integer({ min: 10, max: 120 }), h: fc.integer({ min: 10, max: 50 }) });

describe('settleInFreeSpace', () => {
  it('leaves a box alone where it already has room', () => {
    const moves = settleInFreeSpace([{ id: 'new', x1: 500, y1: 0, x2: 560, y2: 40 }], [{ id: 'old', x1: 0, y1: 0, x2: 100, y2: 40 }]);
    expect(moves.size).toBe(0);
  });

  it('gets new boxes clear of fixed ones and of each other, even inside a crowd, moving no fixed box', () => {
    fc.assert(
      fc.property(fc.array(box, { minLength: 0, maxLength: 80 }), fc.array(box, { minLength: 1, maxLength: 40 }), (fixedSpecs, freeSpecs) => {
        const fixed = fixedSpecs.map((s, i) => ({ id: `f${i}`, x1: s.x, y1: s.y, x2: s.x + s.w, y2: s.y + s.h }));
        const free = freeSpecs.map((s, i) => ({ id: `m${i}`, x1: s.x, y1: s.y, x2: s.x + s.w, y2: s.y + s.h }));
        const moves = settleInFreeSpace(free, fixed, 4);
        expect([...moves.keys()].every((id) => id.startsWith('m'))).toBe(true);
        expect(settleInFreeSpace(free, fixed, 4)).toEqual(moves);
        const after = apply(free, moves);
        for (let i = 0; i < after.length; i++) {
          const a = after[i];
          if (!a) continue;
          for (const f of fixed) expect(overlapping(a, f)).toBe(false);
          for (let j = i + 1; j < after.length; j++) {
            const b = after[j];
            if (b) expect(overlapping(a, b)).toBe(false);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
