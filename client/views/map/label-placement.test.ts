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

describe('placeLabels with many places', () => {
  // A deterministic scatter of 1,000 labelled points over a 1,200 × 700 map.
  let state = 7;
  const random = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const many = Array.from({ length: 1000 }, (_, i) => ({ id: `p${i}`, x: random() * 1200, y: random() * 700, width: 50 + random() * 60, height: 14, priority: Math.floor(random() * 20) }));
  const boxOf = (id: string, at: { x: number; y: number }) => {
    const r = many.find((m) => m.id === id);
    if (!r) throw new Error(id);
    return { x0: at.x, y0: at.y, x1: at.x + r.width, y1: at.y + r.height };
  };

  const expectApart = (placed: Map<string, { x: number; y: number; crowded: boolean }>): void => {
    const boxes = [...placed].filter(([, p]) => !p.crowded).map(([id, p]) => boxOf(id, p));
    let clashes = 0;
    for (let i = 0; i < boxes.length; i++) {
      const a = boxes[i];
      if (!a) continue;
      for (const b of boxes.slice(i + 1)) if (a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1) clashes++;
      for (const m of many) if (a.x0 < m.x + 5 && m.x - 5 < a.x1 && a.y0 < m.y + 5 && m.y - 5 < a.y1) clashes++;
    }
    expect(clashes).toBe(0);
  };

  it('lets no uncrowded label touch another or cover a point', () => {
    const placed = placeLabels(many);
    expect([...placed.values()].filter((p) => !p.crowded).length).toBeGreaterThan(50);
    expectApart(placed);
  });

  it('leaves out crowded labels when asked (which frees room for more), and labels of points outside the bounds', () => {
    const uncrowded = [...placeLabels(many).values()].filter((p) => !p.crowded).length;
    const culled = placeLabels(many, { hideCrowded: true });
    expect([...culled.values()].every((p) => !p.crowded)).toBe(true);
    expect(culled.size).toBeGreaterThanOrEqual(uncrowded);
    expect(culled.size).toBeLessThan(many.length);
    expectApart(culled);
    const left = placeLabels(many, { bounds: { width: 600, height: 700 } });
    expect(left.size).toBe(many.filter((m) => m.x <= 600).length);
    expect(many.filter((m) => m.x > 600).some((m) => left.has(m.id))).toBe(false);
  });

  it('puts a centred label on its point only, after the labels that outrank it, and leaves it out where one is', () => {
    const city = { id: 'city', x: 100, y: 100, width: 40, height: 12, priority: 10 };
    const region = { id: 'region', x: 110, y: 100, width: 60, height: 10, priority: -1, centred: true };
    const far = { id: 'far-region', x: 400, y: 400, width: 60, height: 10, priority: -1, centred: true };
    const placed = placeLabels([region, far, city], { hideCrowded: true });
    expect(placed.get('city')?.crowded).toBe(false);
    expect(placed.has('region')).toBe(false);
    expect(placed.get('far-region')).toEqual({ x: 370, y: 395, crowded: false });
  });
});
