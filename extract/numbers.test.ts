import { describe, expect, it } from 'vitest';
import { countAt, numberAt } from './numbers.ts';
import { tokenize } from './tokens.ts';

const count = (text: string) => countAt(tokenize(text), 0);
const value = (text: string) => numberAt(tokenize(text), 0)?.value;

describe('numbers and counts', () => {
  it('reads digits, Arabic-Indic digits and number words', () => {
    expect(value('12 متطرفا')).toBe(12);
    expect(value('١٣ عنصرا')).toBe(13);
    expect(value('أربعة عناصر')).toBe(4);
    expect(value('ثلاث نساء')).toBe(3);
    expect(value('عشرة أشخاص')).toBe(10);
    expect(value('اثنا عشر متطرفا')).toBe(12);
    expect(value('خمسة عشر شخصا')).toBe(15);
    expect(value('عشرين عنصرا')).toBe(20);
    expect(value('خمسة وعشرون')).toBe(25);
    expect(value('مائة وعشرون')).toBe(120);
    expect(value('ثلاثة آلاف')).toBe(3000);
    expect(value('بيان')).toBeUndefined();
  });

  it('reads the qualifiers news put before a count', () => {
    expect(count('أزيد من 40 خلية')).toMatchObject({ value: 40, qualifier: 'more_than' });
    expect(count('أكثر من عشرة أشخاص')).toMatchObject({ value: 10, qualifier: 'more_than' });
    expect(count('حوالي 20 شخصا')).toMatchObject({ value: 20, qualifier: 'approximate' });
    expect(count('ما لا يقل عن خمسة عناصر')).toMatchObject({ value: 5, qualifier: 'at_least' });
    expect(count('7 عناصر')).toMatchObject({ value: 7, qualifier: 'exact' });
  });
});
