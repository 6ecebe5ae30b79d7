/**
 * Builds the Lucene query strings for the two full-text indexes from normalised query words.
 * Every term is escaped here: the person's text never reaches Lucene's parser as syntax.
 */
import { arabicLightStem } from '../../../text/arabic-stem.ts';
import { isArabicWord, readings } from '../../../text/query-text.ts';

/** Characters with a meaning in Lucene's classic query syntax. */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/<>=]/g;
/** Operators the classic parser recognises when written in capitals. */
const OPERATORS = new Set(['AND', 'OR', 'NOT', 'TO']);

/** A term that Lucene's parser reads as literal text. */
export function escapeTerm(term: string): string {
  const escaped = term.replace(SPECIAL, (ch) => `\\${ch}`).replace(/\s/g, (ch) => `\\${ch}`);
  // An operator word survives escaping unchanged, so it is lower-cased: both analyzers lower-case anyway.
  return OPERATORS.has(escaped) ? escaped.toLowerCase() : escaped;
}

/** Prefix search on very short stems would expand to most of the dictionary and rank nothing. */
const MIN_PREFIX = 2;
const MIN_FUZZY_ARABIC = 3;
const MIN_FUZZY_LATIN = 4;
const MIN_FUZZY_TWO_EDITS = 7;

/**
 * Clauses for one word, OR-ed: the word as Lucene analyses it (boosted, so exact words lead the
 * candidates), its prefix, and its near spellings. Arabic wildcard and fuzzy terms are stemmed here
 * because Lucene does not stem them.
 */
function wordClauses(word: string, isLast: boolean): string[] {
  const clauses: string[] = [];
  for (const { form, guessed } of readings(word)) {
    clauses.push(`${escapeTerm(form)}^${guessed ? 2 : 4}`);
    if (guessed) continue;
    const term = isArabicWord(form) ? arabicLightStem(form) : form;
    if (term.length >= MIN_PREFIX) clauses.push(`${escapeTerm(term)}*^${isLast ? 2 : 1}`);
    if (isArabicWord(form)) {
      if (term.length >= MIN_FUZZY_ARABIC) clauses.push(`${escapeTerm(term)}~1`);
    } else if (term.length >= MIN_FUZZY_LATIN) {
      clauses.push(`${escapeTerm(term)}~${term.length >= MIN_FUZZY_TWO_EDITS ? 2 : 1}`);
    }
  }
  return clauses;
}

export interface LuceneQueries {
  /** For the index with the arabic analyzer; null when the query has no Arabic word. */
  arabic: string | null;
  /** For the index of romanisations; null when the query has no Latin-script word. */
  latin: string | null;
}

/** One OR-query per script; the precise ranking is done afterwards on the stored keys. */
export function luceneQueries(queryWords: readonly string[]): LuceneQueries {
  const arabic: string[] = [];
  const latin: string[] = [];
  queryWords.forEach((word, i) => {
    const clauses = wordClauses(word, i === queryWords.length - 1);
    (isArabicWord(word) ? arabic : latin).push(...clauses);
  });
  // A repeated word adds nothing but clauses.
  const join = (clauses: string[]): string | null => (clauses.length > 0 ? [...new Set(clauses)].join(' OR ') : null);
  return { arabic: join(arabic), latin: join(latin) };
}
