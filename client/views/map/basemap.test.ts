import { describe, expect, it } from 'vitest';
import { regionName } from './basemap.ts';

describe('regionName', () => {
  it('drops the package’s (EH) marks and keeps the administration’s name', () => {
    expect(regionName('Laâyoune-Sakia El Hamra (EH-partial)')).toBe('Laâyoune-Sakia El Hamra');
    expect(regionName('Dakhla-Oued Ed-Dahab (EH)')).toBe('Dakhla-Oued Ed-Dahab');
    expect(regionName('العيون الساقية الحمراء')).toBe('العيون الساقية الحمراء');
    expect(regionName(undefined)).toBe('');
  });
});
