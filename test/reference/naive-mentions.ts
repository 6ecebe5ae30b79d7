/**
 * The first mention finder, kept as the reference the indexed one (text/mentions.ts) must agree with: it
 * tries every alias with every clitic at every word start (words × aliases × clitics), which is simple to
 * read and slow with many names. test/reference/mention-equivalence.test.ts compares the two.
 */
import { normalizeArabic, normalizeArabicMapped, type MappedText } from '../../text/normalize.ts';
import { resolveOverlaps, type AliasSet, type Mention, type MatchNoise } from '../../text/mentions.ts';

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
export function findMentionsNaive(text: string, entities: readonly AliasSet[]): Mention[] {
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

