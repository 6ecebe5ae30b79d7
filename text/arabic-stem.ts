/**
 * A re-implementation of the light stemmer inside Lucene's `arabic` analyzer (Larkey, Ballesteros and
 * Connell's "light8"), applied to text already normalised by seed/normalize.ts.
 *
 * Why it is needed: Lucene stems every indexed word, but wildcard (`طنج*`) and fuzzy (`طنجه~1`) terms skip
 * the stemmer at query time, so a prefix or a misspelling must be turned into the same stem here or it
 * never meets the indexed term (`الحمو*` finds nothing, `حمو*` finds الحموشي, indexed as حموش).
 */

/** Definite article and conjunction prefixes, in the order Lucene tries them; the first that fits is removed. */
const PREFIXES = ['ال', 'وال', 'بال', 'كال', 'فال', 'لل', 'و'] as const;
/**
 * Suffixes in Lucene's order, each removed in turn when it fits. Lucene also lists ية and ة, but its
 * normaliser has already written ta marbuta as ه, so those two never fire and are left out.
 */
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'] as const;

function stripPrefix(word: string): string {
  for (const prefix of PREFIXES) {
    // The one-letter conjunction needs a word of 4+ letters, the others leave at least 2 letters.
    const longEnough = prefix.length === 1 ? word.length >= 4 : word.length >= prefix.length + 2;
    if (longEnough && word.startsWith(prefix)) return word.slice(prefix.length);
  }
  return word;
}

function stripSuffixes(word: string): string {
  let stem = word;
  for (const suffix of SUFFIXES) {
    if (stem.length >= suffix.length + 2 && stem.endsWith(suffix)) stem = stem.slice(0, stem.length - suffix.length);
  }
  return stem;
}

/** The term Lucene's arabic analyzer indexes for one normalised word. */
export function arabicLightStem(word: string): string {
  return stripSuffixes(stripPrefix(word));
}
