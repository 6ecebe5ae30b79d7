/**
 * Readable ids for new entities: the English name when a gazetteer or lexicon gives one, else a romanisation
 * of the Arabic name. The romanisation is a plain letter-for-letter table (no vowels are guessed beyond the
 * long ones written in the text), so the same name always gives the same slug.
 */
import { normalizeArabic, normalizeLatin } from '../text/normalize.ts';

const LETTERS: Readonly<Record<string, string>> = {
  ا: 'a', ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh', د: 'd', ذ: 'dh', ر: 'r', ز: 'z', س: 's', ش: 'sh', ص: 's',
  ض: 'd', ط: 't', ظ: 'z', ع: 'a', غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', و: 'w', ي: 'y',
  ء: '', ڤ: 'v', پ: 'p', گ: 'g', چ: 'ch',
};

/** A word romanised: the article as «al-», long vowels as a/ou/i between consonants, ta marbuta as «a». */
function romanizeWord(word: string): string {
  let w = word;
  let prefix = '';
  if (w.startsWith('ال') && w.length > 3) {
    prefix = 'al-';
    w = w.slice(2);
  }
  let out = '';
  for (let k = 0; k < w.length; k += 1) {
    const ch = w[k] ?? '';
    const last = k === w.length - 1;
    if (ch === 'ه' && last && k > 0) {
      // ta marbuta (normalised to ه) at the end of a word
      out += 'a';
      continue;
    }
    if (ch === 'و' && k > 0 && !last) {
      out += 'ou';
      continue;
    }
    if (ch === 'ي' && k > 0 && !last) {
      out += 'i';
      continue;
    }
    if (ch === 'ي' && last && k > 0) {
      out += 'i';
      continue;
    }
    out += LETTERS[ch] ?? (/[a-z0-9]/i.test(ch) ? ch.toLowerCase() : '');
  }
  return prefix + out;
}

export function romanize(arabic: string): string {
  return normalizeArabic(arabic)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')
    .map((w) => (/[\u0621-\u064A]/.test(w) ? romanizeWord(w) : w.toLowerCase()))
    .join(' ');
}

/** A slug: lowercase a-z, 0-9 and single hyphens, at most 60 characters, never empty. */
export function slugify(text: string): string {
  const latin = /[\u0600-\u06FF]/.test(text) ? romanize(text) : text;
  const slug = normalizeLatin(latin)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return slug === '' ? 'entity' : slug;
}

/** `base`, or `base-2`, `base-3`… : the first not in `taken`. */
export function uniqueSlug(base: string, taken: { has(slug: string): boolean }): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
