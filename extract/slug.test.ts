import { describe, expect, it } from 'vitest';
import { romanize, slugify, uniqueSlug } from './slug.ts';

describe('slugs', () => {
  it('romanises Arabic letter by letter, the article as al-', () => {
    expect(romanize('الناظور')).toBe('al-nazour');
    expect(romanize('خلية إرهابية')).toBe('khlia arhabia');
    expect(slugify('النيابة العامة')).toBe('al-niaba-al-aama');
  });

  it('makes lowercase a-z0-9 slugs from English names, never empty', () => {
    expect(slugify('Spanish National Police')).toBe('spanish-national-police');
    expect(slugify("M'diq-Fnideq")).toBe('mdiq-fnideq');
    expect(slugify('Fès')).toBe('fes');
    expect(slugify('***')).toBe('entity');
    expect(slugify('a'.repeat(100))).toHaveLength(60);
  });

  it('is the same for the same name, whatever its diacritics and hamza', () => {
    expect(slugify('إسبانيا')).toBe(slugify('اسبانيا'));
    expect(slugify('الأَمن')).toBe(slugify('الامن'));
  });

  it('avoids slugs already taken', () => {
    expect(uniqueSlug('nador', new Set())).toBe('nador');
    expect(uniqueSlug('nador', new Set(['nador', 'nador-2']))).toBe('nador-3');
  });
});
