import { describe, expect, it } from 'vitest';
import { parseTime, spanOf } from './time-span.ts';

describe('parseTime', () => {
  it('reads a year, a month and a day as the days they cover', () => {
    expect(parseTime('2025')).toEqual({ start: '2025-01-01', end: '2025-12-31', precision: 'year' });
    expect(parseTime('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29', precision: 'month' });
    expect(parseTime('2023-02')).toEqual({ start: '2023-02-01', end: '2023-02-28', precision: 'month' });
    expect(parseTime('2025-02-19')).toEqual({ start: '2025-02-19', end: '2025-02-19', precision: 'day' });
    expect(parseTime('2025-02-19T10:30:00Z')).toEqual({ start: '2025-02-19', end: '2025-02-19', precision: 'day' });
  });

  it('reads an interval as a period from the start of one end to the end of the other', () => {
    expect(parseTime('2022/2026')).toEqual({ start: '2022-01-01', end: '2026-12-31', precision: 'period' });
    expect(parseTime('2023-03/2023-05-10')).toEqual({ start: '2023-03-01', end: '2023-05-10', precision: 'period' });
  });

  it('refuses what is not a date: words, impossible days, reversed or open intervals', () => {
    for (const value of ['', 'soon', '2025-13', '2023-02-30', '2026/2022', '2022/', '1/2/3', '25-02-19']) expect(parseTime(value)).toBeNull();
  });
});

describe('spanOf', () => {
  it('prefers a Date node’s bounds and granularity over its date text', () => {
    expect(spanOf({ date: '2022/2026', granularity: 'period', date_start: '2022-01-01', date_end: '2026-12-31' })).toEqual({ start: '2022-01-01', end: '2026-12-31', precision: 'period' });
    expect(spanOf({ date: '2002', granularity: 'year', date_start: '2002-01-01', date_end: '2002-12-31' })).toEqual({ start: '2002-01-01', end: '2002-12-31', precision: 'year' });
  });

  it('falls back to the date when the bounds are missing or wrong, and to nothing without a date', () => {
    expect(spanOf({ date: '2025-02-19' })).toEqual({ start: '2025-02-19', end: '2025-02-19', precision: 'day' });
    expect(spanOf({ date: '2025', date_start: '2026-01-01', date_end: '2025-01-01' })?.precision).toBe('year');
    expect(spanOf({ date: null })).toBeNull();
    expect(spanOf({ date: 42 })).toBeNull();
  });
});
