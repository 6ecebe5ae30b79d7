import { describe, expect, it } from 'vitest';
import { assignRows } from './lanes.ts';

describe('assignRows', () => {
  it('puts items that do not touch on one row and stacks those that do', () => {
    const rows = assignRows([{ id: 'a', x0: 0, x1: 50 }, { id: 'b', x0: 40, x1: 60 }, { id: 'c', x0: 70, x1: 90 }], 4, 5);
    expect(rows.get('a')).toBe(0);
    expect(rows.get('b')).toBe(1);
    expect(rows.get('c')).toBe(0);
  });

  it('never uses more rows than allowed: the row that ends first takes the rest', () => {
    const rows = assignRows([{ id: 'a', x0: 0, x1: 100 }, { id: 'b', x0: 0, x1: 30 }, { id: 'c', x0: 10, x1: 20 }], 2, 2);
    expect(rows.get('c')).toBe(1);
    expect(Math.max(...rows.values())).toBe(1);
  });
});
