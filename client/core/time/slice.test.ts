import { describe, expect, it } from 'vitest';
import { nextWindow, sliceKeeps } from './slice.ts';

const node = (id: string, properties: Record<string, unknown> = {}) => ({ id, properties });

describe('the time slicer', () => {
  const nodes = [
    node('e2002', { date: '2002' }),
    node('e2023', { date: '2023-03-15' }),
    node('via-date'), // dated only through the timeline (its Date node)
    node('period', { date: '2022/2026', date_start: '2022-01-01', date_end: '2026-12-31' }),
    node('e2025', { date: '2025-02-19' }),
    node('agency'),
    node('city'),
    node('loner'),
  ];
  const edges = [
    { source: 'agency', target: 'e2023' },
    { source: 'e2025', target: 'city' },
    { source: 'agency', target: 'e2002' },
  ];
  const known = new Map([['via-date', { start: '2023-03-15', end: '2023-03-15' }]]);

  it('keeps what overlaps the range and its neighbours, and nothing else', () => {
    const kept = sliceKeeps({ nodes, edges, known }, { start: '2023-01-01', end: '2023-12-31' });
    expect([...kept].sort()).toEqual(['agency', 'e2023', 'period', 'via-date']);
  });

  it('counts a range’s first and last days in it', () => {
    expect(sliceKeeps({ nodes, edges, known }, { start: '2025-02-19', end: '2025-02-19' })).toEqual(new Set(['e2025', 'city', 'period']));
    expect(sliceKeeps({ nodes, edges, known }, { start: '2002-12-31', end: '2003-01-05' })).toEqual(new Set(['e2002', 'agency']));
  });

  it('plays forward one window width at a time and stops past the end', () => {
    expect(nextWindow({ start: '2023-01-01', end: '2023-12-31' }, '2025-12-31')).toEqual({ start: '2024-01-01', end: '2024-12-31' });
    expect(nextWindow({ start: '2025-01-01', end: '2025-12-31' }, '2025-12-31')).toBeNull();
  });
});

describe('playing by days', () => {
  it('moves a window of days by its width', () => {
    expect(nextWindow({ start: '2025-02-10', end: '2025-02-19' }, '2025-12-31')).toEqual({ start: '2025-02-20', end: '2025-03-01' });
    expect(nextWindow({ start: '2024-02-01', end: '2024-03-31' }, '2025-12-31')).toEqual({ start: '2024-04-01', end: '2024-05-31' });
  });
});
