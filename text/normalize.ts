/**
 * Normalisers for Arabic text and Latin romanisations.
 *
 * Both are used twice: by the mention finder (to compare the article with the aliases of the model)
 * and by search (the server normalises a query the same way the `keys_norm` of every entity were built).
 *
 * Arabic mapping, one rule per line (see `arabicCharMap` and `normalizeArabicChar`):
 *   - harakat and other marks U+064B–U+065F (fathatan … wavy hamza below), superscript alef U+0670,
 *     Quranic annotation marks U+0610–U+061A and U+06D6–U+06ED: removed
 *   - tatweel ـ U+0640: removed
 *   - zero-width and direction marks (ZWSP, ZWNJ, ZWJ, LRM, RLM, ALM, BOM, LRE…PDF, LRI…PDI): removed
 *   - أ إ آ ٱ ٲ ٳ ٵ → ا   (every alef with hamza, madda or wasla is a bare alef)
 *   - ى → ي   (alef maqsura written as ya)
 *   - ئ → ي, ؤ → و   (hamza on a seat is dropped with its seat kept); a lone ء is kept
 *   - ة → ه   (ta marbuta written as ha)
 *   - Persian/Urdu look-alikes: ک → ك, ی ې ۍ → ي, ہ ە → ه, ۀ → ه
 *   - Arabic-Indic digits ٠–٩ and extended (Persian) digits ۰–۹ → 0–9
 *   - Arabic punctuation: ، → ,  ؛ → ;  ؟ → ?  ٪ → %  ٫ → .  ٬ → ,
 *   - Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF, e.g. the ligature ﻻ) → their NFKC letters
 *   - every Unicode space (NBSP, thin space, ideographic space…) → an ASCII space
 *   - `normalizeArabic` then collapses runs of spaces and trims; Latin letters, other punctuation kept as is.
 */

const REMOVED = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF]/;

/** One-character substitutions of the Arabic normaliser. */
export const arabicCharMap: Readonly<Record<string, string>> = {
  'أ': 'ا',
  'إ': 'ا',
  'آ': 'ا',
  'ٱ': 'ا',
  'ٲ': 'ا',
  'ٳ': 'ا',
  'ٵ': 'ا',
  'ى': 'ي',
  'ئ': 'ي',
  'ؤ': 'و',
  'ة': 'ه',
  'ک': 'ك',
  'ی': 'ي',
  'ې': 'ي',
  'ۍ': 'ي',
  'ہ': 'ه',
  'ە': 'ه',
  'ۀ': 'ه',
  '،': ',',
  '؛': ';',
  '؟': '?',
  '٪': '%',
  '٫': '.',
  '٬': ',',
};

const SPACE = /[\s\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;

/** The normalised form of one character: '' when it is removed, possibly several characters for a ligature. */
export function normalizeArabicChar(ch: string): string {
  if (REMOVED.test(ch)) return '';
  const mapped = arabicCharMap[ch];
  if (mapped !== undefined) return mapped;
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  if ((code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfeff)) {
    const decomposed = ch.normalize('NFKC');
    // Some characters of these blocks (ornate parentheses ﴾ ﴿) have no compatibility form: keep them.
    if (decomposed === ch) return ch;
    return Array.from(decomposed, normalizeArabicChar).join('');
  }
  if (SPACE.test(ch)) return ' ';
  return ch;
}

/** Normalised text plus, for every character of it, the index in the original text it came from. */
export interface MappedText {
  text: string;
  /** `origin[i]` is the index (in UTF-16 units) of the original character that produced `text[i]`. */
  origin: number[];
}

/** Character-by-character Arabic normalisation that remembers where each output character came from. */
export function normalizeArabicMapped(original: string): MappedText {
  let text = '';
  const origin: number[] = [];
  let index = 0;
  for (const ch of original) {
    const out = normalizeArabicChar(ch);
    for (let k = 0; k < out.length; k += 1) origin.push(index);
    text += out;
    index += ch.length;
  }
  return { text, origin };
}

/** Arabic normalisation for comparison and search: see the mapping at the top of this file. */
export function normalizeArabic(text: string): string {
  return normalizeArabicMapped(text).text.replace(/ {2,}/g, ' ').trim();
}

const LATIN_LETTERS: Readonly<Record<string, string>> = {
  'ß': 'ss',
  'æ': 'ae',
  'œ': 'oe',
  'ø': 'o',
  'đ': 'd',
  'ð': 'd',
  'ł': 'l',
  'ı': 'i',
  'þ': 'th',
};

/**
 * Latin normalisation for romanisations, French names and acronyms:
 * accents stripped (Fès → fes, État → etat), lowercase, ß æ œ ø đ ł ı þ spelled out,
 * apostrophes and dots dropped (B.C.I.J. → bcij, Ma'rib → marib),
 * hyphens, underscores and other punctuation → space (al-Qaeda → al qaeda), spaces collapsed.
 */
export function normalizeLatin(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[ßæœøđðłıþ]/g, (ch) => LATIN_LETTERS[ch] ?? ch)
    .replace(/['’‘ʼʻ`´.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The key under which a name is stored in `keys_norm` and a query is looked up:
 * Arabic normalisation followed by Latin normalisation (each leaves the other script alone).
 */
export function normalizeForSearch(text: string): string {
  return normalizeLatin(normalizeArabic(text));
}
