import { describe, expect, it } from 'vitest';
import { placeLabels } from './label-placement.ts';

describe('placeLabels', () => {
  it('puts a lone label to the side of its point', () => {
    const placed = placeLabels([{ id: 'a', x: 100, y: 100, width: 40, height: 14, priority: 1 }]);
    expect(placed.get('a')).toEqual({ x: 106, y: 93, crowded: false });
  });

  it('moves a second label to a free side instead of on top of the first', () => {
    const placed = placeLabels([
      { id: 'big', x: 100, y: 100, width: 60, height: 14, priority: 5 },
      { id: 'near', x: 110, y: 102, width: 60, height: 14, priority: 1 },
    ]);
    const big = placed.get('big');
    const near = placed.get('near');
    expect(big?.crowded).toBe(false);
    expect(near?.crowded).toBe(false);
    const overlap = big && near && big.x < near.x + 60 && near.x < big.x + 60 && big.y < near.y + 14 && near.y < big.y + 14;
    expect(overlap).toBe(false);
  });

  it('marks a label crowded when every side is taken', () => {
    const ring = Array.from({ length: 12 }, (_, i) => ({ id: `r${i}`, x: 100 + Math.cos(i) * 8, y: 100 + Math.sin(i) * 8, width: 80, height: 16, priority: 10 - i }));
    const placed = placeLabels(ring);
    expect([...placed.values()].some((p) => p.crowded)).toBe(true);
    expect(placed.size).toBe(12);
  });
});
