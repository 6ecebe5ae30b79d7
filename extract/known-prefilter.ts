/**
 * Narrows the known entities to those that can occur in a text before the mention finder runs, so
 * extraction stays fast with 100,000 known names whatever the finder's internals. A name can only match where
 * the text has its first word's first letters (up to 5, the article ال skipped) at a word start, after at most
 * 4 letters of clitics and article; the text's keys are taken both as written and with spaces removed, so
 * the finder's split- and joined-word matches are kept. The result is a superset: the finder's output is
 * the same as over all entities.
 */
import { normalizeArabic } from '../text/normalize.ts';
import type { AliasSet } from '../text/mentions.ts';
import type { KnownEntity } from './types.ts';

const KEY = 5;
const OFFSETS = 5;

function aliasKey(alias: string): string {
  const norm = normalizeArabic(alias).replace(/["'“”«»‘’„]/g, ' ').trim();
  const first = norm.split(' ')[0] ?? '';
  const core = first.startsWith('ال') && first.length > 3 ? first.slice(2) : first;
  return core.slice(0, KEY);
}

export function createPrefilter(known: readonly KnownEntity[]): (text: string) => AliasSet[] {
  const byKey = new Map<string, number[]>();
  const sets: AliasSet[] = known.map((k) => ({ entityId: k.id, aliases: k.names, ...(k.standaloneOnly === true ? { standaloneOnly: true } : {}) }));
  known.forEach((k, n) => {
    for (const alias of new Set(k.names)) {
      const key = aliasKey(alias);
      if (key === '') continue;
      const list = byKey.get(key) ?? [];
      if (list[list.length - 1] !== n) list.push(n);
      byKey.set(key, list);
    }
  });
  const lengths = [...new Set([...byKey.keys()].map((k) => k.length))];
  if (lengths.length === 0) return () => [];
  return (text) => {
    const norm = normalizeArabic(text);
    const found = new Set<number>();
    for (let p = 0; p < norm.length; p += 1) {
      const prev = norm[p - 1];
      if (p > 0 && prev !== undefined && /[\p{L}\p{N}]/u.test(prev)) continue;
      for (let off = 0; off < OFFSETS; off += 1) {
        const windows = [norm.slice(p + off, p + off + KEY), norm.slice(p + off, p + off + KEY + 6).replace(/ /g, '')];
        for (const w of windows) {
          for (const len of lengths) {
            const hit = byKey.get(w.slice(0, len));
            if (hit !== undefined) for (const n of hit) found.add(n);
          }
        }
      }
    }
    return [...found].sort((a, b) => a - b).map((n) => sets[n]).filter((s): s is AliasSet => s !== undefined);
  };
}
