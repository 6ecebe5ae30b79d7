import { describe, expect, it } from 'vitest';
import { readArticleText } from '../corpus/seed/article-graph.ts';
import { findMentions, resolveOverlaps, type Mention } from './mentions.ts';

const find = (text: string, aliases: string[], entityId = 'e'): Mention[] => findMentions(text, [{ entityId, aliases }]);
const surfaces = (text: string, aliases: string[]): string[] => find(text, aliases).map((m) => m.surface);

describe('findMentions: offsets', () => {
  it('gives offsets into the original text, surface = text.slice(start, end)', () => {
    const text = 'قال المكتب المركزي للأبحاث القضائية إن العملية نُفذت.';
    const [m] = find(text, ['المكتب المركزي للأبحاث القضائية']);
    expect(m).toBeDefined();
    expect(m?.surface).toBe('المكتب المركزي للأبحاث القضائية');
    expect(text.slice(m?.start, m?.end)).toBe(m?.surface);
  });

  it('keeps the diacritics of the original inside and right after the surface', () => {
    const text = 'العملية نُفذتْ اليوم';
    const [m] = find(text, ['نفذت']);
    expect(m?.surface).toBe('نُفذتْ');
  });

  it('finds every occurrence', () => {
    expect(surfaces('المغرب ثم المغرب ثم المغرب', ['المغرب'])).toEqual(['المغرب', 'المغرب', 'المغرب']);
  });
});

describe('findMentions: clitics', () => {
  it('accepts و ف ب ك ل and their pairs before the first word, outside the surface', () => {
    for (const clitic of ['و', 'ف', 'ب', 'ك', 'ل', 'وب', 'فب', 'وك']) {
      const [m] = find(`زار ${clitic}فاس أمس`, ['فاس']);
      expect(m?.surface).toBe('فاس');
      expect(m?.clitic).toBe(clitic);
    }
  });

  it('fuses ل with the article ال as Arabic writes it (ل + الادارة = للادارة, ول + المملكة = وللمملكة)', () => {
    const [m] = find('في بيان للادارة العامة للأمن الوطني', ['الإدارة العامة للأمن الوطني']);
    expect(m?.surface).toBe('للادارة العامة للأمن الوطني');
    expect(m?.clitic).toBe('ل');
    expect(find('وللمملكة دور', ['المملكة'])[0]?.surface).toBe('للمملكة');
  });

  it('accepts بال and وال (a clitic before the article)', () => {
    expect(surfaces('مختلف بالتنظيمات الإرهابية', ['التنظيمات الإرهابية'])).toEqual(['التنظيمات الإرهابية']);
    expect(surfaces('العيون والدار البيضاء', ['الدار البيضاء'])).toEqual(['الدار البيضاء']);
  });

  it('does not take part of a longer word for a name', () => {
    expect(find('المغربية والمغاربة', ['المغرب'])).toEqual([]);
    expect(find('فاسد', ['فاس'])).toEqual([]);
    expect(find('سنة 20021', ['2002'])).toEqual([]);
    expect(find('الاستفاسات', ['فاس'])).toEqual([]);
  });

  it('does not treat a letter that belongs to the word as a clitic when the rest is not the name', () => {
    expect(find('بيانات', ['بيان'])).toEqual([]);
  });

  it('finds a number glued to و (و2026) and an alias with digits', () => {
    expect(surfaces('ما بين 2022 و2026، أي', ['2026'])).toEqual(['2026']);
    expect(surfaces('توقيف 12 متطرفا تتراوح', ['12 متطرفا'])).toEqual(['12 متطرفا']);
  });
});

describe('findMentions: spelling noise of the article', () => {
  it('الامنية / الأمنية (hamza on alef)', () => {
    expect(surfaces('واصلت المصالح الامنية المغربية', ['المصالح الأمنية المغربية'])).toEqual(['المصالح الامنية المغربية']);
    expect(surfaces('بفضل المصالح الأمنية', ['المصالح الامنية'])).toEqual(['المصالح الأمنية']);
  });

  it('الادارة / الإدارة (hamza below alef)', () => {
    expect(surfaces('في بيان للادارة العامة', ['الإدارة العامة'])).toEqual(['للادارة العامة']);
    expect(surfaces('الإدارة العامة', ['الادارة العامة'])).toEqual(['الإدارة العامة']);
  });

  it('أخر / آخر (hamza for madda)', () => {
    expect(surfaces('أخر تلك العمليات الارهابية, تلك', ['آخر تلك العمليات الإرهابية'])).toEqual(['أخر تلك العمليات الارهابية']);
  });

  it('المففكة for المفككة (one wrong letter in a later word), flagged fuzzy', () => {
    const [m] = find('آخر تلك الخلايا المففكة, أعلن عنها', ['آخر تلك الخلايا المفككة']);
    expect(m?.surface).toBe('آخر تلك الخلايا المففكة');
    expect(m?.noise).toEqual(['fuzzy']);
  });

  it('الأ بحاث for الأبحاث (a stray space inside a word), flagged split', () => {
    const text = 'والدعم التقني في مختلف الأ بحاث الجنائية.';
    const [m] = find(text, ['الأبحاث الجنائية']);
    expect(m?.surface).toBe('الأ بحاث الجنائية');
    expect(m?.noise).toEqual(['split']);
    expect(text.slice(m?.start, m?.end)).toBe('الأ بحاث الجنائية');
  });

  it('finds the noisy spellings in the real article text', () => {
    const article = readArticleText();
    const found = (alias: string): string[] => find(article, [alias]).map((m) => m.surface);
    expect(found('الأبحاث الجنائية')).toEqual(['الأ بحاث الجنائية']);
    expect(found('الخلايا المفككة')).toEqual(['الخلايا المففكة']);
    expect(found('آخر تلك العمليات')).toEqual(['أخر تلك العمليات']);
    expect(found('الإدارة العامة للأمن الوطني')).toEqual(['للادارة العامة للأمن الوطني']);
    expect(found('المصالح الأمنية المغربية')).toEqual(['المصالح الامنية المغربية', 'المصالح الأمنية المغربية']);
  });

  it('joined words: a missing space of the alias is forgiven, flagged joined', () => {
    const [m] = find('المدير عبداللطيف الحموشي', ['عبد اللطيف الحموشي']);
    expect(m?.surface).toBe('عبداللطيف الحموشي');
    expect(m?.noise).toEqual(['joined']);
  });

  it('stays strict where it must: no fuzziness in the first word or in short words, one slip at most', () => {
    expect(find('المففكة', ['المفككة'])).toEqual([]);
    expect(find('خلية فاص', ['خلية فاس'])).toEqual([]);
    expect(find('الخلايا المففكه الارهابيت', ['الخلايا المفككة الارهابية'])).toEqual([]);
  });

  it('reads quotes between words as spaces', () => {
    expect(surfaces('عملية تفكيك خلية "أسود الخلافة" من جديد', ['خلية أسود الخلافة'])).toEqual(['خلية "أسود الخلافة']);
    expect(surfaces('لتنظيم “داعش الإرهابي”', ['تنظيم داعش'])).toEqual(['تنظيم “داعش']);
  });
});

describe('overlaps', () => {
  it('drops a match inside a longer match of the same entity', () => {
    const ms = find('تنظيم داعش الإرهابي', ['داعش', 'تنظيم داعش', 'داعش الإرهابي']);
    expect(ms.map((m) => m.surface)).toEqual(['تنظيم داعش', 'داعش الإرهابي']);
  });

  it('keeps nested matches of different entities: a name that contains a name mentions both', () => {
    const ms = findMentions('لإقامة فرع لـ"ولاية داعش بالساحل" بالمملكة', [
      { entityId: 'issp', aliases: ['ولاية داعش بالساحل'] },
      { entityId: 'daesh', aliases: ['داعش'] },
      { entityId: 'sahel', aliases: ['الساحل'] },
    ]);
    expect(ms.map((m) => [m.entityId, m.surface])).toEqual([
      ['issp', 'ولاية داعش بالساحل'],
      ['daesh', 'داعش'],
      ['sahel', 'الساحل'],
    ]);
  });

  it('drops a standalone-only (generic) name inside another entity’s longer name', () => {
    const text = 'ارتباطات بالتنظيمات الإرهابية بمنطقة الساحل، ثم التنظيمات الإرهابية وحدها';
    const ms = findMentions(text, [
      { entityId: 'sahel-orgs', aliases: ['التنظيمات الإرهابية بمنطقة الساحل'] },
      { entityId: 'generic', aliases: ['التنظيمات الإرهابية'], standaloneOnly: true },
    ]);
    expect(ms.map((m) => m.entityId)).toEqual(['sahel-orgs', 'generic']);
  });

  it('prefers an exact match over a noisy one for the same span', () => {
    const base = { entityId: 'e', alias: 'x', start: 0, end: 5, surface: 'xxxxx', clitic: '' };
    const kept = resolveOverlaps([
      { ...base, noise: ['fuzzy'] },
      { ...base, alias: 'y', noise: [] },
    ]);
    expect(kept).toHaveLength(1);
    expect(kept[0]?.alias).toBe('y');
  });
});
