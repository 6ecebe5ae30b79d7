import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistanceAtMost, readings, romanisationSkeleton, withoutArticle, words } from './query-text.ts';

describe('words', () => {
  it('normalises hamza, alef, ta marbuta, alef maqsura, diacritics, tatweel, bidi and zero-width marks', () => {
    expect(words('  الْحَمُّوشِى\u200f ')).toEqual(['الحموشي']);
    expect(words('\u202bطنجة\u202c')).toEqual(['طنجه']);
    expect(words('أسـود الخلافة')).toEqual(['اسود', 'الخلافه']);
  });

  it('folds case and accents and drops punctuation of romanisations', () => {
    expect(words('Fès')).toEqual(['fes']);
    expect(words('B.C.I.J.')).toEqual(['bcij']);
    expect(words('al-Qaeda')).toEqual(['al', 'qaeda']);
  });

  it('reads Arabic presentation forms as plain letters and survives the ones NFKC cannot fold', () => {
    expect(words('\uFEDF\uFEE0\uFEE4')).toEqual(words('للم'));
    expect(words('\uFEFB')).toEqual(['لا']);
    expect(words('\uFD3Eداعش\uFD3F')).toEqual(['داعش']);
  });

  it('never throws, whatever the text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => Array.isArray(words(text))));
  });

  it('leaves nothing of a query made only of syntax or invisible characters', () => {
    expect(words('"*~(\\:)')).toEqual([]);
    expect(words('\u200b\u200d')).toEqual([]);
  });
});

describe('readings', () => {
  it('offers the word without its article', () => {
    expect(readings('الحموشي').map((r) => r.form)).toEqual(['الحموشي', 'حموشي']);
  });

  it('offers the word without a proclitic, marked as a guess', () => {
    expect(readings('بطنجه')).toContainEqual({ form: 'طنجه', guessed: true });
    expect(readings('والحموشي')).toContainEqual({ form: 'حموشي', guessed: true });
    expect(readings('للمكتب')).toContainEqual({ form: 'مكتب', guessed: false });
  });

  it('never strips a proclitic from a word that would keep fewer than three letters', () => {
    expect(readings('بين').map((r) => r.form)).toEqual(['بين']);
  });

  it('keeps Latin words as they are', () => {
    expect(readings('bcij')).toEqual([{ form: 'bcij', guessed: false }]);
  });
});

describe('withoutArticle', () => {
  it('removes ال or لل only when two letters remain', () => {
    expect(withoutArticle('الرباط')).toBe('رباط');
    expect(withoutArticle('للابحاث')).toBe('ابحاث');
    expect(withoutArticle('الا')).toBe('الا');
  });
});

describe('romanisationSkeleton', () => {
  it('makes the usual spellings of one name equal', () => {
    const hammouchi = romanisationSkeleton('hammouchi');
    for (const variant of ['hamouchi', 'hammouchy', 'hamuchi']) expect(romanisationSkeleton(variant)).toBe(hammouchi);
    expect(romanisationSkeleton('fez')).toBe(romanisationSkeleton('fes'));
  });

  it('keeps different names apart', () => {
    expect(romanisationSkeleton('rabat')).not.toBe(romanisationSkeleton('ribat'));
  });
});

describe('editDistanceAtMost', () => {
  it.each([
    ['tanger', 'tanger', 0],
    ['tanger', 'tangr', 1],
    ['tanger', 'tnager', 1],
    ['طنجه', 'طنحه', 1],
    ['tanger', 'tangier', 1],
    ['tanger', 'tnagre', 2],
    ['abc', 'abcdef', 2],
  ])('%s ~ %s is %i (capped at 2)', (a, b, distance) => {
    expect(editDistanceAtMost(a, b, 1)).toBe(Math.min(distance, 2));
  });
});
