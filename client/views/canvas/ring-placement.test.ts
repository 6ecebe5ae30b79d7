import { describe, expect, it } from 'vitest';
import { ringPositions } from './ring-placement.ts';

describe('ringPositions', () => {
  it('places every node once, away from the anchor and from each other, the same way each time', () => {
    const slot = { w: 80, h: 50 };
    const anchor = { x: 100, y: -40 };
    for (const count of [1, 7, 50, 200]) {
      const points = ringPositions(anchor, count, slot);
      expect(points).toHaveLength(count);
      expect(ringPositions(anchor, count, slot)).toEqual(points);
      for (const p of points) {
        expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
        // Outside the anchor's own slot.
        expect(Math.abs(p.x - anchor.x) >= slot.w || Math.abs(p.y - anchor.y) >= slot.h).toBe(true);
      }
      for (let i = 0; i < points.length; i++) {
        for (let j = i + 1; j < points.length; j++) {
          const a = points[i];
          const b = points[j];
          if (!a || !b) continue;
          // Two slot-sized boxes at these centres would not overlap much: at least 70% of a slot apart on one axis.
          expect(Math.abs(a.x - b.x) >= 0.7 * slot.w || Math.abs(a.y - b.y) >= 0.7 * slot.h, `${count}: ${i} ~ ${j}`).toBe(true);
        }
      }
    }
  });
});
