/**
 * The queries a person ran, newest first, kept across reloads. Storage is injected so the store
 * works (and is tested) without a browser, and survives storage that throws (private mode, quota).
 */

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const historyStorageKey = 'sila.console.history';
export const historyLimit = 50;

export class QueryHistory {
  private items: string[];

  constructor(
    private readonly storage: KeyValueStorage | null,
    private readonly key: string = historyStorageKey,
    private readonly limit: number = historyLimit,
  ) {
    this.items = this.read();
  }

  entries(): readonly string[] {
    return this.items;
  }

  /** Puts a query first; running it again moves it up instead of repeating it. */
  add(query: string): void {
    const text = query.trim();
    if (text === '') return;
    this.items = [text, ...this.items.filter((item) => item !== text)].slice(0, this.limit);
    this.write();
  }

  clear(): void {
    this.items = [];
    this.write();
  }

  private read(): string[] {
    try {
      const parsed: unknown = JSON.parse(this.storage?.getItem(this.key) ?? '[]');
      if (!Array.isArray(parsed)) return [];
      const texts = parsed.filter((item): item is string => typeof item === 'string' && item.trim() !== '');
      return [...new Set(texts)].slice(0, this.limit);
    } catch {
      return [];
    }
  }

  private write(): void {
    try {
      this.storage?.setItem(this.key, JSON.stringify(this.items));
    } catch {
      // Without storage the history still works for this page; it just will not outlive it.
    }
  }
}

/**
 * Steps through the history from the editor, shell-style: the first step back keeps what was being
 * typed, and stepping forward past the newest entry gives it back.
 */
export class HistoryCursor {
  private index = -1;
  private draft = '';

  constructor(private readonly entries: () => readonly string[]) {}

  older(current: string): string | null {
    const list = this.entries();
    if (this.index + 1 >= list.length) return null;
    if (this.index === -1) this.draft = current;
    this.index += 1;
    return list[this.index] ?? null;
  }

  newer(): string | null {
    if (this.index === -1) return null;
    this.index -= 1;
    return this.index === -1 ? this.draft : (this.entries()[this.index] ?? null);
  }

  reset(): void {
    this.index = -1;
    this.draft = '';
  }
}
