import { describe, expect, it } from 'vitest';
import { assignRows, type Placed } from './lanes.ts';

/** An item whose label runs `label` pixels to the right of its mark (to its left when negative, as in Arabic). */
const item = (id: string, x0: number, x1: number, label = 0): Placed => ({
  id,
  mark: { x0, x1 },
  labelled: label < 0 ? { x0: x0 + label, x1 } : { x0, x1: x1 + label },
});

describe('assignRows', () => {
  it('puts items that do not touch on one row and stacks those that do', () => {
    const rows = assignRows([item('a', 0, 50), item('b', 40, 60), item('c', 70, 90)], 4, 5);
    expect(rows.get('a')?.row).toBe(0);
    expect(rows.get('b')?.row).toBe(1);
    expect(rows.get('c')?.row).toBe(0);
  });

  it('counts the label: an item whose label would cover the next mark goes on another row', () => {
    const rows = assignRows([item('a', 0, 10, 100), item('b', 60, 70, 20)], 4, 5);
    expect(rows.get('a')).toEqual({ row: 0, label: true });
    expect(rows.get('b')).toEqual({ row: 1, label: true });
  });

  it('when no row has room for a label, shows the mark alone where it fits, never a label over another', () => {
    const rows = assignRows([item('a', 0, 10, 200), item('b', 0, 10, 200), item('c', 300, 310, -200)], 4, 2);
    expect(rows.get('a')).toEqual({ row: 0, label: true });
    expect(rows.get('b')).toEqual({ row: 1, label: true });
    expect(rows.get('c')).toEqual({ row: 0, label: false });
  });

  it('a mark that finds no free row takes the row that ends first and hides the labels it would cover there', () => {
    const rows = assignRows([item('a', 0, 10, 200), item('b', 0, 10, 100), item('c', 50, 60)], 4, 2);
    expect(rows.get('c')).toEqual({ row: 1, label: false });
    expect(rows.get('b')?.label).toBe(false);
    expect(rows.get('a')?.label).toBe(true);
  });

  it('never uses more rows than allowed: the row that ends first takes the rest', () => {
    const rows = assignRows([item('a', 0, 100), item('b', 0, 30), item('c', 10, 20)], 2, 2);
    expect(rows.get('c')?.row).toBe(1);
    expect(Math.max(...[...rows.values()].map((r) => r.row))).toBe(1);
  });
});
