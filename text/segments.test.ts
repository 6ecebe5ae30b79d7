import { describe, expect, it } from 'vitest';
import { segments } from './segments.ts';

describe('text segments under overlapping spans', () => {
  it('cut at every span boundary and list the covering spans, outermost first', () => {
    const text = 'ولاية داعش بالساحل';
    const spans = [
      { start: 0, end: text.length },
      { start: 6, end: 10 },
      { start: 11, end: text.length },
    ];
    expect(segments(text.length, spans).map((s) => [text.slice(s.start, s.end), s.covering])).toEqual([
      ['ولاية ', [0]],
      ['داعش', [0, 1]],
      [' ', [0]],
      ['بالساحل', [0, 2]],
    ]);
  });

  it('keep plain text between spans and cover crossing spans with both', () => {
    expect(segments(10, [{ start: 2, end: 6 }, { start: 4, end: 8 }]).map((s) => [s.start, s.end, s.covering])).toEqual([
      [0, 2, []],
      [2, 4, [0]],
      [4, 6, [0, 1]],
      [6, 8, [1]],
      [8, 10, []],
    ]);
  });

  it('ignore spans outside the text or empty ones, and give every valid span at least one segment', () => {
    const spans = [{ start: -1, end: 3 }, { start: 5, end: 5 }, { start: 1, end: 2 }, { start: 1, end: 2 }, { start: 0, end: 4 }];
    const result = segments(4, spans);
    expect(result.flatMap((s) => s.covering)).not.toContain(0);
    expect(result.flatMap((s) => s.covering)).not.toContain(1);
    for (const index of [2, 3, 4]) expect(result.some((s) => s.covering.includes(index))).toBe(true);
  });
});
