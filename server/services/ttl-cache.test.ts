import { describe, expect, it } from 'vitest';
import { cachePerOwner, TtlCache } from './ttl-cache.ts';

function counter(): { load: () => Promise<number>; calls: () => number } {
  let calls = 0;
  return { load: () => Promise.resolve(++calls), calls: () => calls };
}

describe('TtlCache', () => {
  it('shares one read between callers until the time to live is over', async () => {
    let clock = 0;
    const cache = new TtlCache<number, number>(1000, 4, () => clock);
    const { load, calls } = counter();
    const [a, b] = await Promise.all([cache.get(1, load), cache.get(1, load)]);
    expect([a, b, calls()]).toEqual([1, 1, 1]);
    clock = 999;
    expect(await cache.get(1, load)).toBe(1);
    clock = 1000;
    expect(await cache.get(1, load)).toBe(2);
  });

  it('keeps one entry per key, forgets the oldest past the bound, and forgets everything on clear', async () => {
    const cache = new TtlCache<number, number>(1000, 2, () => 0);
    const { load, calls } = counter();
    await cache.get(1, load);
    await cache.get(2, load);
    await cache.get(3, load);
    expect(calls()).toBe(3);
    await cache.get(3, load);
    expect(calls()).toBe(3);
    await cache.get(1, load);
    expect(calls()).toBe(4);
    cache.clear();
    await cache.get(1, load);
    expect(calls()).toBe(5);
  });

  it('does not remember a failed read', async () => {
    const cache = new TtlCache<number, number>(1000, 4, () => 0);
    await expect(cache.get(1, () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get(1, () => Promise.resolve(7))).toBe(7);
  });
});

describe('cachePerOwner', () => {
  it('keeps one cache per owner, so one owner never answers for another', async () => {
    const cacheFor = cachePerOwner<string, number>(1000, 4);
    const a = {};
    const b = {};
    expect(cacheFor(a)).toBe(cacheFor(a));
    await cacheFor(a).get('k', () => Promise.resolve(1));
    expect(await cacheFor(b).get('k', () => Promise.resolve(2))).toBe(2);
    expect(await cacheFor(a).get('k', () => Promise.resolve(3))).toBe(1);
  });
});
