import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HistoryCursor, QueryHistory, historyLimit, historyStorageKey, type KeyValueStorage } from './history-store.ts';

class MemoryStorage implements KeyValueStorage {
  readonly data = new Map<string, string>();
  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.data.set(key, value);
  }
}

describe('query history', () => {
  it('keeps queries newest first and moves a repeated one to the front', () => {
    const history = new QueryHistory(new MemoryStorage());
    history.add('MATCH (a) RETURN a');
    history.add('MATCH (b) RETURN b');
    history.add('  MATCH (a) RETURN a\n');
    expect(history.entries()).toEqual(['MATCH (a) RETURN a', 'MATCH (b) RETURN b']);
  });

  it('ignores blank queries', () => {
    const history = new QueryHistory(new MemoryStorage());
    history.add('   \n ');
    expect(history.entries()).toEqual([]);
  });

  it('survives a reload through its storage', () => {
    const storage = new MemoryStorage();
    new QueryHistory(storage).add('RETURN 1');
    new QueryHistory(storage).add('RETURN 2');
    expect(new QueryHistory(storage).entries()).toEqual(['RETURN 2', 'RETURN 1']);
    expect(JSON.parse(storage.getItem(historyStorageKey) ?? 'null')).toEqual(['RETURN 2', 'RETURN 1']);
  });

  it('reads damaged storage as empty and keeps working', () => {
    const storage = new MemoryStorage();
    storage.setItem(historyStorageKey, '{not json');
    expect(new QueryHistory(storage).entries()).toEqual([]);
    storage.setItem(historyStorageKey, JSON.stringify(['RETURN 1', 42, null, '', 'RETURN 1']));
    expect(new QueryHistory(storage).entries()).toEqual(['RETURN 1']);
  });

  it('keeps working when storage throws or is missing', () => {
    const throwing: KeyValueStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const history = new QueryHistory(throwing);
    history.add('RETURN 1');
    expect(history.entries()).toEqual(['RETURN 1']);
    const memoryOnly = new QueryHistory(null);
    memoryOnly.add('RETURN 2');
    expect(memoryOnly.entries()).toEqual(['RETURN 2']);
  });

  it('clears', () => {
    const storage = new MemoryStorage();
    const history = new QueryHistory(storage);
    history.add('RETURN 1');
    history.clear();
    expect(history.entries()).toEqual([]);
    expect(new QueryHistory(storage).entries()).toEqual([]);
  });

  it('holds at most the limit, without duplicates, the last query first', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...Array.from({ length: 70 }, (_, i) => `RETURN ${i}`)), { maxLength: 200 }), (queries) => {
        const history = new QueryHistory(new MemoryStorage());
        for (const query of queries) history.add(query);
        const entries = history.entries();
        expect(entries.length).toBeLessThanOrEqual(historyLimit);
        expect(new Set(entries).size).toBe(entries.length);
        if (queries.length > 0) expect(entries[0]).toBe(queries.at(-1));
        const expected = [...new Set([...queries].reverse())].slice(0, historyLimit);
        expect(entries).toEqual(expected);
      }),
    );
  });
});

describe('history cursor', () => {
  it('steps back through the history and forward to the draft being typed', () => {
    const history = new QueryHistory(new MemoryStorage());
    history.add('RETURN 1');
    history.add('RETURN 2');
    const cursor = new HistoryCursor(() => history.entries());
    expect(cursor.newer()).toBeNull();
    expect(cursor.older('MATCH (n) RET')).toBe('RETURN 2');
    expect(cursor.older('RETURN 2')).toBe('RETURN 1');
    expect(cursor.older('RETURN 1')).toBeNull();
    expect(cursor.newer()).toBe('RETURN 2');
    expect(cursor.newer()).toBe('MATCH (n) RET');
    expect(cursor.newer()).toBeNull();
  });

  it('starts again from the newest entry after a reset', () => {
    const history = new QueryHistory(new MemoryStorage());
    history.add('RETURN 1');
    history.add('RETURN 2');
    const cursor = new HistoryCursor(() => history.entries());
    cursor.older('');
    cursor.older('');
    cursor.reset();
    expect(cursor.older('draft')).toBe('RETURN 2');
  });

  it('has nothing to recall from an empty history', () => {
    const cursor = new HistoryCursor(() => []);
    expect(cursor.older('draft')).toBeNull();
    expect(cursor.newer()).toBeNull();
  });
});
