/**
 * What every fact rule of a sentence reads: its keyed spans, the words between them, and the facts found so
 * far. The rule families (facts.ts and extract/facts/) share these helpers so each reads a sentence the same
 * way: a word as written or with its conjunction read off, the nearest span of some kinds before or after a
 * word, the subject of a clause, and the members of a list («A وB وC», «A، B»).
 */
import type { Lexicons } from './lexicons.ts';
import type { SentenceContext, Span } from './spans.ts';
import type { PropertyValue } from './types.ts';
import { readings } from './tokens.ts';
import { clauseBreakBetween } from './cues/words.ts';

export interface KeyedSpan extends Span {
  key: string;
}

export interface FactDraft {
  source: string;
  type: string;
  target: string;
  rule: string;
  confidence: number;
  properties: Record<string, PropertyValue>;
}

export interface FactContext {
  ctx: SentenceContext;
  lex: Lexicons;
  spans: readonly KeyedSpan[];
  facts: FactDraft[];
  add: (source: KeyedSpan | string, type: string, target: KeyedSpan | string, rule: string, confidence: number, properties?: Record<string, PropertyValue>) => void;
  /** The normalised word at `i` ('' past the end). */
  word: (i: number) => string;
  /** The word without a glued conjunction («وأفاد» → «أفاد»). */
  bare: (i: number) => string;
  /** The word at `i` is in the set, as written or with its conjunction read off. */
  has: (set: ReadonlySet<string>, i: number) => boolean;
  startingAt: (i: number) => KeyedSpan | undefined;
  /** The first span of these kinds starting after `i`, at most `within` tokens on. */
  nextSpan: (i: number, kinds: readonly string[], within?: number) => KeyedSpan | undefined;
  /** The nearest span of these kinds ending before `i`, at most `within` tokens back. */
  prevSpan: (i: number, kinds: readonly string[], within?: number, crossClause?: boolean) => KeyedSpan | undefined;
  /** The nearest span before `i` of the first kind in `order` that has one (people before the cell they form). */
  subjectBefore: (i: number, order: readonly string[], within: number) => KeyedSpan | undefined;
  /** `first` and the spans of the same kinds coordinated after it («فرنسا واسبانيا وبلجيكا», «A، B و C»). */
  listFrom: (first: KeyedSpan, kinds: readonly string[]) => KeyedSpan[];
  /** Spans that are the object of an act of the sentence («تمويل أعضاء الخلية»): no subject of a later clause. */
  objects: Set<string>;
  /** The nearest span before `i` of the first kind in `kinds` that has one within `within` tokens, objects skipped. */
  prior: (i: number, kinds: readonly string[], within: number) => KeyedSpan | undefined;
  /** The acting agency of the clause before `i` (set by facts.ts once complements are known). */
  actorBefore: (i: number) => KeyedSpan | undefined;
}

const COMPLEMENT_PREPOSITIONS: ReadonlySet<string> = new Set(['امام', 'لدي', 'رفقه', 'بحضور', 'بمعيه']);

export function factContext(ctx: SentenceContext, lex: Lexicons, spans: readonly KeyedSpan[]): FactContext {
  const facts: FactDraft[] = [];
  const tokens = ctx.tokens;
  const word = (i: number): string => tokens[i]?.norm ?? '';
  const bare = (i: number): string => {
    const n = word(i);
    const r = readings(n).find((x) => x.clitic !== '' && !x.article);
    return n.length >= 3 && r !== undefined && ['و', 'ف'].includes(r.clitic) ? r.core : n;
  };
  const reversed = [...spans].reverse();
  const nextSpan = (i: number, kinds: readonly string[], within = 4): KeyedSpan | undefined =>
    spans.find((s) => s.first > i && s.first <= i + within && kinds.includes(s.kind));
  const prevSpan = (i: number, kinds: readonly string[], within = 12, crossClause = true): KeyedSpan | undefined =>
    reversed.find((s) => s.last < i && i - s.last <= within && kinds.includes(s.kind) && (crossClause || !clauseBreakBetween(ctx, s.last, i)));
  const fc: FactContext = {
    ctx,
    lex,
    spans,
    facts,
    add: (source, type, target, rule, confidence, properties = {}) => {
      const s = typeof source === 'string' ? source : source.key;
      const t = typeof target === 'string' ? target : target.key;
      if (s === t) return;
      if (facts.some((f) => f.source === s && f.type === type && f.target === t)) return;
      facts.push({ source: s, type, target: t, rule, confidence, properties });
    },
    word,
    bare,
    has: (set, i) => set.has(word(i)) || set.has(bare(i)),
    startingAt: (i) => spans.find((s) => s.first === i),
    nextSpan,
    prevSpan,
    subjectBefore: (i, order, within) => {
      const nearest = prevSpan(i, order, within);
      if (nearest === undefined) return undefined;
      // «أعضاء هذه الخلية»: the people, not the cell named inside their phrase
      const outer = spans.find((s) => s !== nearest && s.first <= nearest.first && nearest.last <= s.last && order.includes(s.kind) && order.indexOf(s.kind) < order.indexOf(nearest.kind));
      return outer ?? nearest;
    },
    listFrom: (first, kinds) => {
      const out = [first];
      for (;;) {
        const last = out[out.length - 1];
        if (last === undefined) break;
        const next = spans.find((s) => s.first > last.last && kinds.includes(s.kind) && !(s.first <= last.last));
        if (next === undefined || next.first - last.last > 2) break;
        // only «و», a comma or nothing between the members
        let joined = next.clitic.startsWith('و') || next.first === last.last + 1;
        for (let k = last.last + 1; k < next.first; k += 1) {
          const t = tokens[k];
          if (t === undefined) break;
          if (t.norm === 'و' || t.text === '،' || t.text === ',') joined = true;
          else if (t.type !== 'clitic' && !/^["“”«»]$/.test(t.text)) joined = false;
        }
        if (!joined) break;
        out.push(next);
      }
      return out;
    },
    objects: new Set<string>(),
    prior: (i, kinds, within) => {
      for (const kind of kinds) {
        const s = reversed.find((x) => x.kind === kind && x.last < i && i - x.last <= within && !fc.objects.has(x.key));
        if (s !== undefined) return s;
      }
      return undefined;
    },
    actorBefore: () => undefined,
  };
  // «اعترف أمام قاضي التحقيق بأنه بايع …»: the person after a preposition of place or company is a complement,
  // never the subject of a later clause
  for (const s of spans) {
    if ((s.kind === 'Person' || s.kind === 'Agency') && COMPLEMENT_PREPOSITIONS.has(word(s.first - 1))) fc.objects.add(s.key);
  }
  return fc;
}
