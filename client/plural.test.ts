import { describe, expect, it } from 'vitest';
import { COUNTED } from './counts.ts';
import { plural, pluralCategory } from './plural.ts';

describe('counted phrases', () => {
  it('takes each of the six Arabic plural forms from Intl.PluralRules', () => {
    expect([0, 1, 2, 3, 10, 11, 99, 100, 102, 103].map((n) => pluralCategory('ar', n))).toEqual(['zero', 'one', 'two', 'few', 'few', 'many', 'many', 'other', 'other', 'few']);
    const nodes = COUNTED.nodes.ar;
    expect([0, 1, 2, 3, 11, 100].map((n) => plural('ar', n, nodes))).toEqual(['لا عقد', 'عقدة واحدة', 'عقدتان', '3 عقد', '11 عقدة', '100 عقدة']);
    expect([1, 2, 5, 11, 100].map((n) => plural('ar', n, COUNTED.paths.ar))).toEqual(['مسار واحد', 'مساران', '5 مسارات', '11 مسارًا', '100 مسار']);
  });

  it('takes the two English forms, and fills in other values', () => {
    expect([0, 1, 2].map((n) => plural('en', n, COUNTED.hops.en))).toEqual(['0 hops', '1 hop', '2 hops']);
    expect(plural('en', 2, COUNTED.missingIds.en, { list: 'a, b' })).toBe('2 ids in the link were not found: a, b');
  });

  it('has a phrase for every category the rules can pick, in every counted noun', () => {
    const categories = new Set(Array.from({ length: 1200 }, (_, n) => pluralCategory('ar', n)));
    for (const [noun, forms] of Object.entries(COUNTED)) {
      for (const category of categories) expect(plural('ar', [...Array(1200).keys()].find((n) => pluralCategory('ar', n) === category) ?? 0, forms.ar), `${noun} ${category}`).not.toBe('');
      expect(Object.keys(forms.ar).sort(), noun).toEqual(expect.arrayContaining(['one', 'other', 'two', 'few', 'many']));
    }
  });
});
