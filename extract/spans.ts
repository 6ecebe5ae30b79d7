/**
 * Spans: the candidate mentions one sentence yields, before they become entities of the article.
 * A span knows its words (token range), its kind, how the article may identify it (`ref`), the rule that
 * found it and how sure that rule is.
 */
import type { EntityKind } from '../contract/kinds.ts';
import type { Token } from './tokens.ts';
import type { PropertyValue } from './types.ts';

/**
 * How a span is identified across the article:
 * - `known`: a known entity found by the mention finder;
 * - `lexicon`: an entry of a gazetteer or lexicon (resolved to a known entity sharing a name, else proposed);
 * - `new`: a new entity; spans with the same `key` are one entity;
 * - `anaphor`: points back to an entity met earlier (`target` names which: the latest cell, operation…).
 */
export type SpanRef =
  | { type: 'known'; id: string }
  | { type: 'lexicon'; id: string }
  | { type: 'new'; key: string }
  | { type: 'anaphor'; target: AnaphorTarget };

export type AnaphorTarget = 'cell' | 'operation' | 'suspects' | 'organization' | 'organizations' | 'statement' | 'investigation' | 'event' | `agency:${string}` | `organization:${string}`;

export interface Span {
  first: number;
  last: number;
  kind: EntityKind;
  ref: SpanRef;
  rule: string;
  confidence: number;
  /** The proclitic on the first word, normalised ('' when none). */
  clitic: string;
  /** The Arabic name to propose (defaults to the surface without its proclitic). */
  name?: string;
  nameEn?: string;
  aliasesLatin?: readonly string[];
  description?: string;
  props: Record<string, PropertyValue>;
  /** ISO country of a nisba inside the name («الشرطة الإسبانية» → ES). */
  country?: string;
  /** For people: the lexicon ids of the countries whose nisbas qualify them («المواطن الإسباني السويسري»). */
  countries?: string[];
  /** For person titles: the person leads what the title governs («زعيم الخلية»). */
  leader?: boolean;
  /** For kinship titles: the person is a relative of what follows («شقيق أحد المقاتلين»). */
  relative?: boolean;
  /** Event type, for events. */
  eventType?: string;
  /** A name made only of everyday words. */
  generic?: boolean;
  /** Known ids this span may refer to (a generic or shared known name): proposed for review, never linked. */
  possibly?: string[];
  /**
   * A cue span whose words make a name of its own around a proper name inside it («يونس بن عمر الفاسي» around
   * «عمر الفاسي», «كتيبة الأنصار 65» around «كتيبة الأنصار»): it never takes that name's identity (select.ts).
   */
  ownName?: boolean;
}

export interface SentenceContext {
  index: number;
  text: string;
  tokens: Token[];
  published?: string;
  /** What the article met before this sentence, for rules that reach back (read-only). */
  memory?: ArticleMemory;
}

/** The article's state as the rules of a sentence see it. */
export interface ArticleMemory {
  /** The latest entity of a discourse role ('court', 'suspects', 'cell', 'statement'…), by key. */
  latest(role: string): string | undefined;
  /** A person the article named before, by one word of the name (normalised, article off): «أباعود». */
  personByWord(word: string): { key: string; name: string } | undefined;
  /** A known person by a surname only they bear («الحموشي»), by known id. */
  knownBySurname(word: string): string | undefined;
}

export function spanText(ctx: SentenceContext, s: { first: number; last: number }): string {
  const a = ctx.tokens[s.first];
  const b = ctx.tokens[s.last];
  return a === undefined || b === undefined ? '' : ctx.text.slice(a.start, b.end);
}

/** The span's surface without the proclitic glued to its first word (the name as a dictionary would list it). */
export function spanName(ctx: SentenceContext, s: Span): string {
  const surface = spanText(ctx, s);
  if (s.clitic === '') return surface;
  // Remove as many written letters as the clitic has (diacritics are rare on clitics); «لل» keeps its article.
  const first = ctx.tokens[s.first];
  // A clitic written apart («لـ“داعش”») is outside the span already.
  if (first === undefined || !first.norm.startsWith(s.clitic)) return surface;
  let cut = 0;
  let letters = 0;
  const need = s.clitic.length;
  while (cut < first.text.length && letters < need) {
    if (/[\u0621-\u064A]/.test(first.text[cut] ?? '')) letters += 1;
    cut += 1;
  }
  let rest = surface.slice(cut).replace(/^[\u064B-\u065F\u0640]+/, '');
  // ل + ال written «لل»: give the article back («للمديرية» → «المديرية»).
  if (s.clitic.endsWith('ل') && /^ل/.test(rest) && !/^ال/.test(rest)) rest = `ا${rest}`;
  return rest;
}

export function overlaps(a: { first: number; last: number }, b: { first: number; last: number }): boolean {
  return a.first <= b.last && b.first <= a.last;
}

export function contains(outer: { first: number; last: number }, inner: { first: number; last: number }): boolean {
  return outer.first <= inner.first && inner.last <= outer.last;
}
