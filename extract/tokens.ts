/**
 * Words of a sentence with their offsets, normalised forms and the ways a proclitic can be read off them.
 *
 * Arabic glues conjunctions, prepositions and the article to the next word (وبالدار = و + ب + الدار), so a
 * word is compared under each reading: as written, without a proclitic (و ف ب ك ل and their pairs), and
 * without the article ال. A clitic written apart with a tatweel («لـ“داعش”») is carried to the next word.
 */
import { normalizeArabic } from '../text/normalize.ts';

/** `clitic`: a proclitic written apart with a tatweel («لـ»), carried by the next word as `detached`. */
export type TokenType = 'word' | 'number' | 'punct' | 'clitic';

export interface Token {
  /** Position in the sentence's token list. */
  i: number;
  type: TokenType;
  /** As written; `start`/`end` are offsets into the sentence text. */
  text: string;
  start: number;
  end: number;
  /** Arabic-normalised (text/normalize.ts) and lower-cased. */
  norm: string;
  /** A proclitic written apart just before this word («لـ», «بـ»), normalised; '' when none. */
  detached: string;
}

export interface Reading {
  /** The word without its proclitic and article. */
  core: string;
  /** The proclitic read off ('' when none), e.g. 'و', 'ب', 'ول'; «لل» reads as 'ل' with the article. */
  clitic: string;
  article: boolean;
}

const PROCLITICS = ['', 'و', 'ف', 'ب', 'ك', 'ل', 'وب', 'فب', 'ول', 'فل', 'وك', 'فك'] as const;
const DETACHABLE = new Set(['ل', 'ب', 'و', 'ك', 'ف', 'ول', 'وب', 'فل', 'فب']);
const TOKEN = /([\p{L}\p{M}\u0640]+)|([0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.,٫][0-9\u0660-\u0669\u06F0-\u06F9]+)?)|(\S)/gu;

const WORDS = new Map<string, string>();

/** Arabic-normalised and lower-cased (memoised: the words of a genre repeat). */
export function normalizeWord(text: string): string {
  const cached = WORDS.get(text);
  if (cached !== undefined) return cached;
  const norm = normalizeArabic(text).toLowerCase();
  if (WORDS.size > 100_000) WORDS.clear();
  WORDS.set(text, norm);
  return norm;
}

export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  let pendingClitic = '';
  for (const m of sentence.matchAll(TOKEN)) {
    const text = m[0];
    const start = m.index;
    const type: TokenType = m[1] !== undefined ? 'word' : m[2] !== undefined ? 'number' : 'punct';
    const norm = type === 'number' ? normalizeArabic(text).replace(/٫/g, '.') : normalizeWord(text);
    if (type === 'word' && text.includes('\u0640') && DETACHABLE.has(norm)) {
      // «لـ» before a quoted name: the clitic of the next word.
      pendingClitic = norm;
      tokens.push({ i: tokens.length, type: 'clitic', text, start, end: start + text.length, norm, detached: '' });
      continue;
    }
    const detached = type === 'punct' ? '' : pendingClitic;
    if (type !== 'punct') pendingClitic = '';
    tokens.push({ i: tokens.length, type, text, start, end: start + text.length, norm, detached });
  }
  return tokens;
}

const READINGS = new Map<string, readonly Reading[]>();
const READINGS_CACHE = 50_000;

/** Every reading of a normalised word, the plainest first: as written, then with a proclitic and/or article off. */
export function readings(norm: string): readonly Reading[] {
  const cached = READINGS.get(norm);
  if (cached !== undefined) return cached;
  const out = computeReadings(norm);
  if (READINGS.size >= READINGS_CACHE) READINGS.clear();
  READINGS.set(norm, out);
  return out;
}

function computeReadings(norm: string): Reading[] {
  const out: Reading[] = [];
  const seen = new Set<string>();
  const add = (core: string, clitic: string, article: boolean): void => {
    if (core.length < 2) return;
    const id = `${core}|${clitic}|${article}`;
    if (seen.has(id)) return;
    seen.add(id);
    out.push({ core, clitic, article });
  };
  for (const clitic of PROCLITICS) {
    if (!norm.startsWith(clitic)) continue;
    const rest = norm.slice(clitic.length);
    if (clitic !== '' && rest.length < 2) continue;
    add(rest, clitic, false);
    if (rest.startsWith('ال') && rest.length >= 4) add(rest.slice(2), clitic, true);
    // «لل» is ل + the article with its alef dropped (للأمن = ل + الأمن).
    if (clitic.endsWith('ل') && rest.startsWith('ل') && rest.length >= 3) add(rest.slice(1), clitic, true);
  }
  return out;
}

/** The core of a word: without proclitic and article, when the word has them («وبالمدينة» → «مدينه»). */
export function stripArticle(norm: string): string {
  if (norm.startsWith('ال') && norm.length >= 4) return norm.slice(2);
  if (norm.startsWith('لل') && norm.length >= 4) return norm.slice(2);
  return norm;
}

/** Punctuation a multi-word name may carry between its words: hyphens and quotation marks. */
export const SOFT_PUNCT = new Set(['-', '‐', '–', '"', '“', '”', '«', '»', "'", '‘', '’', '„']);
export const QUOTE = new Set(['"', '“', '”', '«', '»', "'", '‘', '’', '„']);

/** The next word or number after `i`, skipping soft punctuation and detached clitics; -1 when other punctuation comes first. */
export function nextWord(tokens: readonly Token[], i: number): number {
  for (let k = i + 1; k < tokens.length; k += 1) {
    const t = tokens[k];
    if (t === undefined) break;
    if (t.type === 'word' || t.type === 'number') return k;
    if (t.type === 'punct' && !SOFT_PUNCT.has(t.text)) return -1;
  }
  return -1;
}

/** The previous word or number before `i`, skipping soft punctuation and detached clitics; -1 when other punctuation comes first. */
export function prevWord(tokens: readonly Token[], i: number): number {
  for (let k = i - 1; k >= 0; k -= 1) {
    const t = tokens[k];
    if (t === undefined) break;
    if (t.type === 'word' || t.type === 'number') return k;
    if (t.type === 'punct' && !SOFT_PUNCT.has(t.text)) return -1;
  }
  return -1;
}
