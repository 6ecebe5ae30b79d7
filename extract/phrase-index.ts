/**
 * A dictionary of multi-word names (gazetteers, lexicons, trigger phrases) matched against the words of a
 * sentence in one pass: names are indexed by the core of their first word (text/normalize.ts normalisation,
 * proclitic and article off), so each word of the text costs a few map look-ups whatever the dictionary size.
 * The first word may carry a proclitic and the article; the following words must match as written
 * (normalised), with hyphens or quotation marks allowed between them. The longest name wins at each start.
 */
import { nextWord, readings, stripArticle, type Token } from './tokens.ts';
import { normalizeWord } from './tokens.ts';

export interface PhraseMatch<T> {
  value: T;
  /** Token indices of the first and last word, inclusive. */
  first: number;
  last: number;
  /** The proclitic read off the first word ('' when none), and whether it carried the article. */
  clitic: string;
  article: boolean;
}

interface Entry<T> {
  rest: string[];
  value: T;
  /** The first word must be written with the article (its bare core is a different word). */
  needsArticle: boolean;
}

export class PhraseIndex<T> {
  private readonly byCore = new Map<string, Entry<T>[]>();
  private count = 0;

  /** Adds a name. `needsArticle`: «العيون» must be written with ال (bare «عيون» is the common noun). */
  add(phrase: string, value: T, options: { needsArticle?: boolean } = {}): void {
    const words = normalizeWord(phrase)
      .replace(/["“”«»'‘’„]/g, ' ')
      .split(/[\s\-‐–]+/u)
      .filter((w) => w !== '');
    const [first, ...rest] = words;
    if (first === undefined) return;
    const core = stripArticle(first);
    const hadArticle = core !== first;
    const list = this.byCore.get(core) ?? [];
    list.push({ rest, value, needsArticle: hadArticle && options.needsArticle === true });
    list.sort((a, b) => b.rest.length - a.rest.length);
    this.byCore.set(core, list);
    this.count += 1;
  }

  get size(): number {
    return this.count;
  }

  /** The longest match starting at token `i`, or null. */
  matchAt(tokens: readonly Token[], i: number): PhraseMatch<T> | null {
    const t = tokens[i];
    if (t === undefined || (t.type !== 'word' && t.type !== 'number')) return null;
    let best: PhraseMatch<T> | null = null;
    for (const r of readings(t.norm)) {
      const entries = this.byCore.get(r.core);
      if (entries === undefined) continue;
      for (const e of entries) {
        if (e.needsArticle && !r.article) continue;
        const last = this.matchRest(tokens, i, e.rest);
        if (last < 0) continue;
        if (best === null || last > best.last) {
          best = { value: e.value, first: i, last, clitic: r.clitic || t.detached, article: r.article };
        }
        break;
      }
      // A plain reading that matched wins over readings with a clitic read off.
      if (best !== null && r.clitic === '' && !r.article) break;
    }
    return best;
  }

  /** All matches, left to right, without overlaps (longest first at each start). */
  matchAll(tokens: readonly Token[]): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    let i = 0;
    while (i < tokens.length) {
      const m = this.matchAt(tokens, i);
      if (m === null) {
        i += 1;
        continue;
      }
      out.push(m);
      i = m.last + 1;
    }
    return out;
  }

  private matchRest(tokens: readonly Token[], i: number, rest: readonly string[]): number {
    let at = i;
    for (const word of rest) {
      const k = nextWord(tokens, at);
      if (k < 0 || tokens[k]?.norm !== word) return -1;
      at = k;
    }
    return at;
  }
}
