import { describe, expect, it } from 'vitest';
import { displayLabel, wrapToWidth, wrapWords } from './label-text.ts';

describe('canvas label text', () => {
  it('wraps between words and never splits one', () => {
    expect(wrapWords('Lions of the Caliphate operation (February 2025)', 20)).toEqual(['Lions of the', 'Caliphate operation', '(February 2025)']);
    expect(wrapWords('Supercalifragilistic', 5)).toEqual(['Supercalifragilistic']);
  });

  it('isolates each line in the direction of its script', () => {
    expect(displayLabel('عبد اللطيف الحموشي\nAbdellatif Hammouchi')).toBe('\u2067عبد اللطيف الحموشي\u2069\n\u2066Abdellatif Hammouchi\u2069');
  });

  it('wraps by width at a font size, so that the canvas never has to wrap a line again', () => {
    const lines = wrapToWidth('Daesh (Islamic State) in the Sahel and the Sahara', 24, 168);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Daesh (Islamic State) in the Sahel and the Sahara');
    expect(displayLabel('Daesh (Islamic State) in the Sahel', 24).split('\n').every((line) => line.startsWith('\u2066') && line.endsWith('\u2069'))).toBe(true);
  });
});
