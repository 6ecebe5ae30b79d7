import { describe, expect, it } from 'vitest';
import {
  arabicCharMap,
  normalizeArabic,
  normalizeArabicChar,
  normalizeArabicMapped,
  normalizeForSearch,
  normalizeLatin,
} from './normalize.ts';

describe('normalizeArabic, mapping by mapping', () => {
  it('removes harakat, shadda, sukun, superscript alef and Quranic marks', () => {
    expect(normalizeArabic('نُفِّذَتْ')).toBe('نفذت');
    expect(normalizeArabic('كِتَابٌ')).toBe('كتاب');
    expect(normalizeArabic('رَحْمٰن')).toBe('رحمن');
    expect(normalizeArabic('الۡكتاب')).toBe('الكتاب');
  });

  it('removes tatweel', () => {
    expect(normalizeArabic('لـ"ولاية')).toBe('ل"ولايه');
    expect(normalizeArabic('الأمـــن')).toBe('الامن');
  });

  it('maps أ إ آ ٱ (and the rarer hamza/wavy alefs) to ا', () => {
    expect(normalizeArabic('أ')).toBe('ا');
    expect(normalizeArabic('إ')).toBe('ا');
    expect(normalizeArabic('آ')).toBe('ا');
    expect(normalizeArabic('ٱ')).toBe('ا');
    expect(normalizeArabic('ٲٳٵ')).toBe('ااا');
    expect(normalizeArabic('الإدارة')).toBe(normalizeArabic('الادارة'));
    expect(normalizeArabic('آخر')).toBe(normalizeArabic('أخر'));
  });

  it('maps ى to ي, ة to ه, ئ to ي and ؤ to و, keeping a lone ء', () => {
    expect(normalizeArabic('على')).toBe('علي');
    expect(normalizeArabic('خلية')).toBe('خليه');
    expect(normalizeArabic('القضائية')).toBe('القضاييه');
    expect(normalizeArabic('مؤسسة')).toBe('موسسه');
    expect(normalizeArabic('الصحراء')).toBe('الصحراء');
  });

  it('maps Arabic-Indic and extended (Persian) digits to ASCII', () => {
    expect(normalizeArabic('١٩ فبراير ٢٠٢٥')).toBe('19 فبراير 2025');
    expect(normalizeArabic('۱۲۳۴۵۶۷۸۹۰')).toBe('1234567890');
  });

  it('maps Persian look-alike letters to their Arabic forms', () => {
    expect(normalizeArabic('کی')).toBe('كي');
    expect(normalizeArabic('ہۀە')).toBe('ههه');
  });

  it('maps Arabic punctuation to ASCII', () => {
    expect(normalizeArabic('نعم، لا؛ لماذا؟ ٥٪ ٣٫٥ ١٬٠٠٠')).toBe('نعم, لا; لماذا? 5% 3.5 1,000');
  });

  it('decomposes presentation forms and ligatures', () => {
    expect(normalizeArabic('ﻻ')).toBe('لا');
    // Characters of those blocks without a compatibility form stay as they are (this once recursed forever).
    expect(normalizeArabic('﴾داعش﴿')).toBe('﴾داعش﴿');
    expect(normalizeArabic('ﺍﻟﻤﻐﺮﺏ')).toBe('المغرب');
  });

  it('removes zero-width and direction marks, turns any space into one ASCII space and trims', () => {
    expect(normalizeArabic('\u200fالمغرب\u200c\u00a0\u2009 الرباط\ufeff ')).toBe('المغرب الرباط');
  });

  it('leaves Latin text and other punctuation alone', () => {
    expect(normalizeArabic('BCIJ (DGST) "x"')).toBe('BCIJ (DGST) "x"');
  });

  it('makes every spelling variant of this article equal', () => {
    const pairs: [string, string][] = [
      ['الامنية', 'الأمنية'],
      ['الادارة', 'الإدارة'],
      ['أخر', 'آخر'],
      ['الإفريقي', 'الافريقى'],
      ['الارهابية', 'الإرهابية'],
    ];
    for (const [a, b] of pairs) expect(normalizeArabic(a)).toBe(normalizeArabic(b));
  });

  it('documents every single-character mapping in arabicCharMap', () => {
    for (const [from, to] of Object.entries(arabicCharMap)) expect(normalizeArabicChar(from)).toBe(to);
  });

  it('is idempotent', () => {
    const text = 'وأشار بأن المكتب المركزي للأبحاث القضائية، قد تمكن بتنسيق وثيق';
    expect(normalizeArabic(normalizeArabic(text))).toBe(normalizeArabic(text));
  });
});

describe('normalizeArabicMapped', () => {
  it('remembers, for each output character, where it came from in the original', () => {
    const original = 'نُفذت لـ"ولاية';
    const { text, origin } = normalizeArabicMapped(original);
    expect(text).toBe('نفذت ل"ولايه');
    expect(origin).toHaveLength(text.length);
    for (let i = 0; i < text.length; i += 1) {
      expect(normalizeArabicChar(original[origin[i] ?? -1] ?? '')).toContain(text[i]);
    }
  });

  it('maps both letters of a decomposed ligature to the ligature', () => {
    const { text, origin } = normalizeArabicMapped('xﻻy');
    expect(text).toBe('xلاy');
    expect(origin).toEqual([0, 1, 1, 2]);
  });
});

describe('normalizeLatin', () => {
  it('strips accents and lowercases', () => {
    expect(normalizeLatin('Fès')).toBe('fes');
    expect(normalizeLatin('État islamique')).toBe('etat islamique');
    expect(normalizeLatin('Laâyoune')).toBe('laayoune');
    expect(normalizeLatin('El Aaiún')).toBe('el aaiun');
  });

  it('drops apostrophes and dots, turns hyphens and other punctuation into spaces', () => {
    expect(normalizeLatin('B.C.I.J.')).toBe('bcij');
    expect(normalizeLatin("Da'esh")).toBe('daesh');
    expect(normalizeLatin('al-Qaeda')).toBe('al qaeda');
    expect(normalizeLatin('Al-Qaïda')).toBe('al qaida');
    expect(normalizeLatin("Province d'Errachidia")).toBe('province derrachidia');
    expect(normalizeLatin('  Tanger / Tangier  ')).toBe('tanger tangier');
  });

  it('spells out letters that have no accent-free decomposition', () => {
    expect(normalizeLatin('Œuvre Straße Łódź')).toBe('oeuvre strasse lodz');
  });
});

describe('normalizeForSearch', () => {
  it('applies both normalisers, so Arabic and Latin keys share one function', () => {
    expect(normalizeForSearch('عبد اللطيف الحمّوشي')).toBe('عبد اللطيف الحموشي');
    expect(normalizeForSearch('Abdellatif HAMMOUCHI')).toBe('abdellatif hammouchi');
    expect(normalizeForSearch('الإدارة العامة للأمن الوطني')).toBe(normalizeForSearch('الادارة العامه للامن الوطني'));
  });
});
