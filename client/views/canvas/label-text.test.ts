import { describe, expect, it } from 'vitest';
import { displayLabel, wrapWords } from './label-text.ts';

describe('canvas label text', () => {
  it('wraps between words and never splits one', () => {
    expect(wrapWords('Lions of the Caliphate operation (February 2025)', 20)).toEqual(['Lions of the', 'Caliphate operation', '(February 2025)']);
    expect(wrapWords('Supercalifragilistic', 5)).toEqual(['Supercalifragilistic']);
  });

  it('isolates each line in the direction of its script', () => {
    expect(displayLabel('عبد اللطيف الحموشي\nAbdellatif Hammouchi')).toBe('\u2067عبد اللطيف الحموشي\u2069\n\u2066Abdellatif Hammouchi\u2069');
  });
});
