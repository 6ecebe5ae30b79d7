/**
 * How a search query and a stored name are cut into comparable words: the shared normaliser
 * (seed/normalize.ts) first, then Arabic article and clitic handling and a Latin romanisation skeleton.
 */
import { normalizeForSearch } from './normalize.ts';

const ARABIC_LETTER = /[\u0621-\u064A]/;

/** More words than this is not a name any more; the rest would only slow Lucene down. */
export const MAX_QUERY_WORDS = 8;

export function isArabicWord(word: string): boolean {
  return ARABIC_LETTER.test(word);
}

const PRESENTATION_FORM = /[\uFB50-\uFDFF\uFE70-\uFEFF]/g;

/**
 * Arabic presentation forms (ligatures, contextual letter shapes) as their plain letters. A form that
 * NFKC leaves unchanged (the ornate parentheses ﴾ ﴿, unassigned code points) becomes a space, so such
 * punctuation separates words in a query instead of sticking to them.
 */
export function foldPresentationForms(text: string): string {
  return text.replace(PRESENTATION_FORM, (ch) => {
    const folded = ch.normalize('NFKC');
    return folded === ch || /[\uFB50-\uFDFF\uFE70-\uFEFF]/.test(folded) ? ' ' : folded;
  });
}

/** The normalised words of a text, as keys_norm stores them (hamza, alef, ya, ta marbuta, marks, case, accents folded). */
export function words(text: string): string[] {
  const normal = normalizeForSearch(foldPresentationForms(text));
  return normal === '' ? [] : normal.split(' ');
}

/** The definite article fused to a word (ال, or لل after the preposition ل), removed when a real word remains. */
export function withoutArticle(word: string): string {
  for (const article of ['ال', 'لل']) {
    if (word.startsWith(article) && word.length >= article.length + 2) return word.slice(article.length);
  }
  return word;
}

/** One-letter proclitics and their pairs (و ف ب ك ل), as a person writes them in front of a name. */
const CLITICS = ['وب', 'فب', 'ول', 'فل', 'وك', 'فك', 'و', 'ف', 'ب', 'ك', 'ل'] as const;

export interface WordForm {
  form: string;
  /** True when a proclitic was taken off: such a reading is a guess, ranked a little lower. */
  guessed: boolean;
}

/**
 * The readings of a query word for comparison: the word itself and, for Arabic, the word without its
 * article and without a leading proclitic (بطنجة → طنجه, والحموشي → حموشي, للمكتب → مكتب).
 */
export function readings(word: string): WordForm[] {
  const out = new Map<string, boolean>();
  // Plain readings are added first, so a form reachable both ways keeps the plain (better) rank.
  const add = (form: string, guessed: boolean): void => {
    if (form.length > 0 && !out.has(form)) out.set(form, guessed);
  };
  add(word, false);
  if (!isArabicWord(word)) return [...out].map(([form, guessed]) => ({ form, guessed }));
  add(withoutArticle(word), false);
  for (const clitic of CLITICS) {
    const rest = word.slice(clitic.length);
    // A word that merely starts with one of these letters keeps at least three letters of its own.
    if (word.startsWith(clitic) && rest.length >= 3) {
      add(rest, true);
      add(withoutArticle(rest), true);
    }
  }
  return [...out].map(([form, guessed]) => ({ form, guessed }));
}

/**
 * A coarse spelling of a romanised word, equal for the usual variants of one name: doubled letters
 * single (Hammouchi/Hamouchi), ou as u (Hamouchi/Hamuchi), ph as f, a final y as i, z as s (Fez/Fes).
 */
export function romanisationSkeleton(word: string): string {
  return word
    .replace(/ph/g, 'f')
    .replace(/ou/g, 'u')
    .replace(/z/g, 's')
    .replace(/y$/, 'i')
    .replace(/(.)\1+/g, '$1');
}

/** Optimal string alignment distance, stopped early once it exceeds `max` (only 0, 1 or more matters here). */
export function editDistanceAtMost(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i += 1) {
    const row: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const above = rows[i - 1] ?? [];
      let best = Math.min((above[j] ?? Infinity) + 1, (row[j - 1] ?? Infinity) + 1, (above[j - 1] ?? Infinity) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (rows[i - 2]?.[j - 2] ?? Infinity) + 1);
      }
      row.push(best);
      rowMin = Math.min(rowMin, best);
    }
    rows.push(row);
    if (i > 0 && rowMin > max) return max + 1;
  }
  return rows[a.length]?.[b.length] ?? max + 1;
}
