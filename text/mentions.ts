/**
 * The mention finder: every occurrence of every alias of every entity in a text, with offsets into the ORIGINAL text.
 *
 * Text and aliases are compared after Arabic normalisation (normalize.ts), so hamza, alef, ya, ta marbuta,
 * diacritic and tatweel variation never matter (الامنية = الأمنية, الادارة = الإدارة, أخر = آخر). On top of that:
 *   - clitics: the first word of an alias may carry a proclitic: و ف ب ك ل and their pairs وب فب ول فل وك فك;
 *     before an alias that starts with ال, the clitic ل fuses with it as the article writes it (ل + الادارة = للادارة);
 *   - split words: one stray space inside a word of the text is skipped (الأ بحاث = الأبحاث), flagged `split`;
 *   - joined words: a space of the alias may be missing in the text (عبداللطيف), flagged `joined`;
 *   - one wrong letter: in a word of 6+ letters that is not the first word of the alias, one substituted letter
 *     is forgiven (المففكة for المفككة), flagged `fuzzy`; the exact first word anchors the match;
 *   - quotes between words of the text count as spaces («خلية "أسود الخلافة"»);
 *   - a match starts and ends on word boundaries: a letter/digit run never continues on either side.
 * Overlaps: a match inside a longer match of the SAME entity is dropped (تنظيم داعش swallows داعش); matches of
 * different entities are all kept, because a name that contains another name mentions both
 * («ولاية داعش بالساحل» mentions Daesh and the Sahel).
 */
import { normalizeArabic, normalizeArabicMapped, type MappedText } from './normalize.ts';

export interface AliasSet {
  entityId: string;
  aliases: readonly string[];
  /** A generic name: inside a longer name of another entity it is not a mention of this one. */
  standaloneOnly?: boolean;
}

export type MatchNoise = 'split' | 'joined' | 'fuzzy';

export interface Mention {
  entityId: string;
  /** The alias (as written in the model) that matched. */
  alias: string;
  /** Offsets into the original text; `surface === text.slice(start, end)`. */
  start: number;
  end: number;
  surface: string;
  /** The proclitic in front of the name, normalised ('' when none); it is outside `surface` unless fused (لل). */
  clitic: string;
  noise: MatchNoise[];
}

const CLITICS = ['', 'و', 'ف', 'ب', 'ك', 'ل', 'وب', 'فب', 'ول', 'فل', 'وك', 'فك'] as const;
const QUOTES = /["'“”«»‘’„]/;
const MIN_FUZZY_WORD = 6;

type CharClass = 'letter' | 'digit' | 'other';

function charClass(ch: string | undefined): CharClass {
  if (ch === undefined) return 'other';
  if (/[0-9]/.test(ch)) return 'digit';
  if (/\p{L}/u.test(ch)) return 'letter';
  return 'other';
}

interface PreparedAlias {
  entityId: string;
  alias: string;
  norm: string;
  /** For every index of `norm`: the length of the alias word it belongs to and whether that word is the first. */
  wordLength: number[];
  firstWord: boolean[];
}

function prepare(entityId: string, alias: string): PreparedAlias | null {
  const norm = normalizeArabic(alias).replace(/["'“”«»‘’„]/g, ' ').replace(/ {2,}/g, ' ').trim();
  if (norm === '') return null;
  const wordLength: number[] = [];
  const firstWord: boolean[] = [];
  let wordIndex = 0;
  for (const word of norm.split(' ')) {
    for (let k = 0; k < word.length; k += 1) {
      wordLength.push(word.length);
      firstWord.push(wordIndex === 0);
    }
    wordLength.push(0);
    firstWord.push(false);
    wordIndex += 1;
  }
  return { entityId, alias, norm, wordLength, firstWord };
}

interface RawMatch {
  /** Normalised-text offsets of the name (after the clitic unless fused) and of the match end. */
  nameStart: number;
  end: number;
  clitic: string;
  noise: MatchNoise[];
}

/** Tries to match `a` at normalised position `p` with the given clitic; returns the match or null. */
function matchAt(norm: string, p: number, a: PreparedAlias, clitic: string): RawMatch | null {
  if (clitic !== '') {
    if (charClass(a.norm[0]) !== 'letter') return null;
    if (!norm.startsWith(clitic, p)) return null;
  }
  const fused = clitic.endsWith('ل') && a.norm.startsWith('ال');
  let i = fused ? 1 : 0;
  let j = p + clitic.length;
  const nameStart = fused ? p + clitic.length - 1 : p + clitic.length;
  const noise = new Set<MatchNoise>();
  let fuzzyUsed = false;
  let splitUsed = false;
  while (i < a.norm.length) {
    const ac = a.norm[i];
    const tc = norm[j];
    if (ac === ' ') {
      let k = j;
      while (k < norm.length && (norm[k] === ' ' || QUOTES.test(norm[k] ?? ''))) k += 1;
      if (k === j) noise.add('joined');
      j = k;
      i += 1;
      continue;
    }
    if (tc === ' ' && i > 0 && a.norm[i - 1] !== ' ' && !splitUsed) {
      // A stray space inside a word of the text: one is forgiven, between two letters only.
      if (charClass(norm[j - 1]) === 'letter' && charClass(norm[j + 1]) === 'letter' && norm[j + 1] === ac) {
        splitUsed = true;
        noise.add('split');
        j += 1;
        continue;
      }
    }
    if (tc === ac) {
      i += 1;
      j += 1;
      continue;
    }
    const canFuzz =
      !fuzzyUsed &&
      tc !== undefined &&
      charClass(tc) === 'letter' &&
      charClass(ac) === 'letter' &&
      a.firstWord[i] === false &&
      (a.wordLength[i] ?? 0) >= MIN_FUZZY_WORD;
    if (canFuzz) {
      fuzzyUsed = true;
      noise.add('fuzzy');
      i += 1;
      j += 1;
      continue;
    }
    return null;
  }
  // The match must end on a boundary: the next character is not of the class of the last one.
  if (charClass(norm[j]) !== 'other' && charClass(norm[j]) === charClass(norm[j - 1])) return null;
  return { nameStart, end: j, clitic, noise: [...noise] };
}

/** Word starts of the normalised text: where a letter or digit run begins. */
function wordStarts(norm: string): number[] {
  const starts: number[] = [];
  for (let p = 0; p < norm.length; p += 1) {
    const c = charClass(norm[p]);
    if (c !== 'other' && c !== charClass(norm[p - 1])) starts.push(p);
  }
  return starts;
}

/** Original offsets of a normalised span; the end is widened over marks removed right after the last letter. */
function originalSpan(mapped: MappedText, original: string, start: number, end: number): { start: number; end: number } {
  const s = mapped.origin[start] ?? 0;
  let e = (mapped.origin[end - 1] ?? s) + 1;
  while (e < original.length && /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/.test(original[e] ?? '')) e += 1;
  return { start: s, end: e };
}

/** Every occurrence of every alias of every entity in `text`, sorted by position then entity id. */
export function findMentions(text: string, entities: readonly AliasSet[]): Mention[] {
  const mapped = normalizeArabicMapped(text);
  const norm = mapped.text;
  const prepared = entities.flatMap((e) =>
    [...new Set(e.aliases)].map((alias) => prepare(e.entityId, alias)).filter((a): a is PreparedAlias => a !== null),
  );
  const found: Mention[] = [];
  for (const p of wordStarts(norm)) {
    for (const a of prepared) {
      for (const clitic of CLITICS) {
        const m = matchAt(norm, p, a, clitic);
        if (m === null) continue;
        const span = originalSpan(mapped, text, m.nameStart, m.end);
        found.push({
          entityId: a.entityId,
          alias: a.alias,
          start: span.start,
          end: span.end,
          surface: text.slice(span.start, span.end),
          clitic: m.clitic,
          noise: m.noise,
        });
        break;
      }
    }
  }
  const standaloneOnly = new Set(entities.filter((e) => e.standaloneOnly === true).map((e) => e.entityId));
  return resolveOverlaps(found, standaloneOnly);
}

/**
 * Drops duplicates and matches contained in a longer match of the same entity (preferring exact over noisy
 * matches), and matches of `standaloneOnly` entities contained in a longer match of another entity.
 */
export function resolveOverlaps(mentions: readonly Mention[], standaloneOnly: ReadonlySet<string> = new Set()): Mention[] {
  const ordered = [...mentions].sort(
    (x, y) => y.end - y.start - (x.end - x.start) || x.noise.length - y.noise.length || x.start - y.start,
  );
  const kept: Mention[] = [];
  for (const m of ordered) {
    const inside = kept.some(
      (k) =>
        k.start <= m.start &&
        m.end <= k.end &&
        (k.entityId === m.entityId || (standaloneOnly.has(m.entityId) && k.end - k.start > m.end - m.start)),
    );
    if (!inside) kept.push(m);
  }
  return kept.sort((x, y) => x.start - y.start || x.end - y.end || x.entityId.localeCompare(y.entityId));
}

/**
 * A finder prepared once for a set of entities and used on many texts: what ingestion keeps per graph
 * version. `find(text)` returns what `findMentions(text, entities)` returns.
 */
export interface MentionFinder {
  find(text: string): Mention[];
  /** How many names (aliases) it searches for. */
  readonly size: number;
}

export function createMentionFinder(entities: readonly AliasSet[]): MentionFinder {
  const copy = entities.map((e) => ({ ...e, aliases: [...e.aliases] }));
  return {
    find: (text) => findMentions(text, copy),
    size: copy.reduce((n, e) => n + new Set(e.aliases).size, 0),
  };
}
