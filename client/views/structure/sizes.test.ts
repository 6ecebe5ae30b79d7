import { describe, expect, it } from 'vitest';
import { SIZE_RANGE, sizeScale } from './sizes.ts';

describe('sizeScale', () => {
  it('maps the smallest score to the smallest size and the largest to the largest, by square root', () => {
    const size = sizeScale({ leaf: 0, mid: 25, hub: 100 });
    expect(size(0)).toBe(SIZE_RANGE[0]);
    expect(size(100)).toBe(SIZE_RANGE[1]);
    expect(size(25)).toBeCloseTo(SIZE_RANGE[0] + (SIZE_RANGE[1] - SIZE_RANGE[0]) * 0.5, 6);
    expect(size(undefined)).toBe(SIZE_RANGE[0]);
  });

  it('gives every node one size when all scores are equal', () => {
    const size = sizeScale({ a: 3, b: 3 });
    expect(size(3)).toBe(size(0));
  });
});
