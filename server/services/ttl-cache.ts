/**
 * Remembers the promise of an expensive read for a short time, keyed by its parameters. Concurrent
 * callers share one pending read instead of each starting their own, and a failed read is forgotten at
 * once so an outage is never served from memory. At most `maxEntries` keys are kept (oldest first out).
 */
export class TtlCache<K, V> {
  readonly #entries = new Map<K, { expires: number; value: Promise<V> }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  get(key: K, load: () => Promise<V>): Promise<V> {
    const entry = this.#entries.get(key);
    if (entry && entry.expires > this.now()) return entry.value;
    this.#entries.delete(key);
    const value = load();
    this.#entries.set(key, { expires: this.now() + this.ttlMs, value });
    value.catch(() => {
      if (this.#entries.get(key)?.value === value) this.#entries.delete(key);
    });
    while (this.#entries.size > this.maxEntries) {
      const oldest = this.#entries.keys().next();
      if (oldest.done === true) break;
      this.#entries.delete(oldest.value);
    }
    return value;
  }

  clear(): void {
    this.#entries.clear();
  }
}

/**
 * One TtlCache per owner (the process's Database), made on first use and dropped with its owner: what the
 * server remembers of one database never answers for another, as when tests start servers side by side.
 */
export function cachePerOwner<K, V>(ttlMs: number, maxEntries: number): (owner: object) => TtlCache<K, V> {
  const caches = new WeakMap<object, TtlCache<K, V>>();
  return (owner) => {
    let cache = caches.get(owner);
    if (!cache) {
      cache = new TtlCache<K, V>(ttlMs, maxEntries);
      caches.set(owner, cache);
    }
    return cache;
  };
}
