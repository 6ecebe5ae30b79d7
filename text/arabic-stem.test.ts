import { describe, expect, it } from 'vitest';
import { arabicLightStem } from './arabic-stem.ts';

describe('arabicLightStem (the stem Lucene indexes for a normalised word)', () => {
  it.each([
    ['الحموشي', 'حموش'],
    ['طنجه', 'طنج'],
    ['الخلافه', 'خلاف'],
    ['والحموشي', 'حموش'],
    ['للابحاث', 'ابحاث'],
    ['المغربيه', 'مغرب'],
    ['الارهابيه', 'ارهاب'],
    ['داعش', 'داعش'],
  ])('%s → %s', (word, stem) => {
    expect(arabicLightStem(word)).toBe(stem);
  });

  it('leaves short words alone: the conjunction و needs four letters, suffixes leave two', () => {
    expect(arabicLightStem('ولد')).toBe('ولد');
    expect(arabicLightStem('به')).toBe('به');
    expect(arabicLightStem('اله')).toBe('ال');
    expect(arabicLightStem('فاس')).toBe('فاس');
  });

  it('tries every suffix in Lucene order, so two can come off one word', () => {
    expect(arabicLightStem('معلومات')).toBe('معلوم');
    expect(arabicLightStem('كتابيه')).toBe('كتاب');
    expect(arabicLightStem('مكتبتها')).toBe('مكتبت');
  });
});
