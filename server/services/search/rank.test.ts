import { describe, expect, it } from 'vitest';
import { rankCandidates, TIER, matchKey, type Candidate, type NameKey } from './rank.ts';
import { words } from '../../../text/query-text.ts';

const key = (display: string, primary = false): NameKey => ({ words: words(display), display, primary });

function entity(id: string, names: string[], mentionCount = 0): Candidate<string> {
  return { id, keys: names.map((n, i) => key(n, i === 0)), mentionCount, payload: id };
}

const rank = (query: string, candidates: Candidate<string>[], limit = 10): string[] =>
  rankCandidates(words(query), candidates, limit).map((h) => h.id);

describe('matchKey tiers', () => {
  const tier = (query: string, name: string): number | undefined => matchKey(words(query), key(name))?.tier;

  it('puts an exact name (after normalisation) at the top tier', () => {
    expect(tier('الدار البيضاء', 'الدار البيضاء')).toBe(TIER.exact);
    expect(tier('Fès', 'Fes')).toBe(TIER.exact);
    expect(tier('طنجه', 'طنجة')).toBe(TIER.exact);
  });

  it('forgives the article, and a proclitic at a small cost', () => {
    expect(tier('دار البيضاء', 'الدار البيضاء')).toBe(TIER.sameWords);
    expect(tier('بطنجة', 'طنجة')).toBe(TIER.sameWords - 2);
  });

  it('recognises whole words, words being typed, near spellings and shared stems', () => {
    expect(tier('الحموشي', 'عبد اللطيف الحموشي')).toBe(TIER.allWords);
    expect(tier('الحمو', 'عبد اللطيف الحموشي')).toBe(TIER.typing);
    expect(tier('Hamm', 'Abdellatif Hammouchi')).toBe(TIER.typing);
    expect(tier('طنحة', 'طنجة')).toBe(TIER.approximate);
    expect(tier('Hammouchy', 'Hammouchi')).toBe(TIER.approximate);
    expect(tier('Fez', 'Fes')).toBe(TIER.approximate);
    expect(tier('المغربية', 'المغرب')).toBe(TIER.stem);
  });

  it('only lets the last word be a prefix', () => {
    expect(tier('عبد اللطيف', 'عبد اللطيف الحموشي')).toBe(TIER.allWords);
    expect(tier('عب اللطيف', 'عبد اللطيف الحموشي')).toBeLessThan(TIER.approximate);
  });

  it('scores a query of which only some words match as partial', () => {
    const partial = tier('الحموشي المدير', 'عبد اللطيف الحموشي') ?? 0;
    expect(partial).toBeGreaterThanOrEqual(TIER.partial);
    expect(partial).toBeLessThan(TIER.stem);
  });

  it('does not match unrelated names', () => {
    expect(tier('داعش', 'طنجة')).toBeUndefined();
    expect(tier('Tanger', 'Rabat')).toBeUndefined();
  });
});

describe('rankCandidates', () => {
  const daesh = entity('daesh', ['داعش', 'Daesh', 'ISIS', 'Islamic State'], 4);
  const issp = entity('issp', ['ولاية داعش بالساحل', 'Islamic State Sahel Province'], 1);
  const leader = entity('sahel-daesh-leader', ['قيادي بارز في تنظيم داعش', 'Daesh leader in the Sahel'], 9);

  it('puts the exact name first, even before a more mentioned entity', () => {
    expect(rank('داعش', [leader, issp, daesh])[0]).toBe('daesh');
    expect(rank('Islamic State', [issp, daesh])[0]).toBe('daesh');
  });

  it('orders equal scores by id, so the order never depends on the candidates order', () => {
    const a = entity('a-city', ['Tanger']);
    const b = entity('b-city', ['Tanger']);
    expect(rank('Tanger', [b, a])).toEqual(['a-city', 'b-city']);
    expect(rank('Tanger', [a, b])).toEqual(['a-city', 'b-city']);
  });

  it('prefers the primary name, then the entity mentioned more, among equal matches', () => {
    const alias = entity('alias-holder', ['Something else', 'Tanger']);
    const primary = entity('primary-holder', ['Tanger']);
    expect(rank('Tanger', [alias, primary])).toEqual(['primary-holder', 'alias-holder']);
    const famous = entity('z-famous', ['Tanger'], 50);
    expect(rank('Tanger', [primary, famous])).toEqual(['z-famous', 'primary-holder']);
  });

  it('shows stem and partial matches only when nothing matches better', () => {
    const morocco = entity('morocco', ['المغرب']);
    const authorities = entity('moroccan-authorities', ['السلطات المغربية']);
    expect(rank('المغربية', [morocco, authorities])).toEqual(['moroccan-authorities']);
    expect(rank('المغربية', [morocco])).toEqual(['morocco']);
    const hammouchi = entity('hammouchi', ['عبد اللطيف الحموشي']);
    expect(rank('الحموشي المدير', [hammouchi])).toEqual(['hammouchi']);
    expect(rank('الحموشي المدير', [hammouchi, authorities, entity('director', ['المدير العام الحموشي'])])).toEqual(['director']);
  });

  it('drops candidates that share no word with the query', () => {
    expect(rank('Tanger', [entity('rabat', ['Rabat'])])).toEqual([]);
  });

  it('says which name matched', () => {
    const [hit] = rankCandidates(words('ISIS'), [daesh], 5);
    expect(hit?.matched).toBe('ISIS');
  });

  it('returns at most limit hits', () => {
    expect(rank('داعش', [daesh, issp, leader], 2)).toHaveLength(2);
  });
});
