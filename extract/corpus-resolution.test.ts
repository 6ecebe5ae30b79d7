/**
 * What resolution may and may not join across articles (issue 12, point 3: never a silent merge). Each case is a
 * construction of the genre met with an entity an earlier article left in the graph; the sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { seedKnownEntities } from '../test/known-entities.ts';
import { createExtractor, type Extraction, type KnownEntity } from './index.ts';

const people = (x: Extraction): string[] => x.entities.filter((e) => e.kind === 'Person').map((e) => e.name_ar);
const PARTICLE_END = /(^|\s)(بن|ابن|بنت|ولد|أبو|عبد)$/u;

describe('counted groups of people', () => {
  it('are the group of their own operation: another article’s group of the same count is never linked', () => {
    const earlier: KnownEntity = { id: 'five-members', kind: 'Group', names: ['خمسة عناصر', '5 members', 'ستة عناصر'] };
    const x = createExtractor([...seedKnownEntities(), earlier]).extract(
      'أوقفت عناصر الشرطة القضائية بمدينة طنجة خمسة عناصر يشتبه في ارتباطهم بتنظيم داعش، تتراوح أعمارهم بين 20 و30 سنة.',
    );
    const group = x.entities.find((e) => e.kind === 'Group' && e.properties['count'] === 5);
    expect(group).toBeDefined();
    expect(group?.existingId).toBeNull();
    expect(group?.possiblySameAs.length ?? 0).toBeLessThanOrEqual(5);
    expect(x.entities.some((e) => e.existingId === 'five-members')).toBe(false);
  });

  it('of a digit count are not linked either («12 متطرفا»)', () => {
    const earlier: KnownEntity = { id: '12-extremists', kind: 'Group', names: ['12 متطرفا', '12 extremists'] };
    const x = createExtractor([...seedKnownEntities(), earlier]).extract('تمكنت المصالح الأمنية من توقيف 12 متطرفا بمدينة فاس.');
    expect(x.entities.some((e) => e.existingId === '12-extremists')).toBe(false);
    expect(x.entities.find((e) => e.kind === 'Group' && e.properties['count'] === 12)?.existingId).toBeNull();
  });
});

describe('seized items', () => {
  it('are what their own operation seized: another article’s items of the same description are never linked', () => {
    const earlier: KnownEntity[] = [
      { id: 'phones-of-2019', kind: 'Item', names: ['هواتف محمولة', 'phones'] },
      { id: 'knives-of-2019', kind: 'Item', names: ['أسلحة بيضاء', 'weapons'] },
    ];
    const x = createExtractor([...seedKnownEntities(), ...earlier]).extract('وأسفرت عمليات التفتيش عن حجز هواتف محمولة وأسلحة بيضاء بمنزل المشتبه فيه بمدينة آسفي.');
    expect(x.entities.filter((e) => e.kind === 'Item').length).toBeGreaterThanOrEqual(2);
    expect(x.entities.filter((e) => e.existingId === 'phones-of-2019' || e.existingId === 'knives-of-2019')).toEqual([]);
  });
});

describe('groups of people without a count', () => {
  it('named by everyday words are the people of their own story («قياديين», «شباب»), at most possibly the same', () => {
    const earlier: KnownEntity[] = [
      { id: 'leaders-of-2019', kind: 'Group', names: ['قياديين', 'leaders'] },
      { id: 'young-people-of-2019', kind: 'Group', names: ['شباب', 'young people'] },
    ];
    const x = createExtractor([...seedKnownEntities(), ...earlier]).extract(
      'وكان المشتبه فيهم على اتصال بقياديين في تنظيم داعش، وتلقوا تعليمات لاستقطاب شباب من مدينة سلا.',
    );
    expect(x.entities.filter((e) => e.existingId === 'leaders-of-2019' || e.existingId === 'young-people-of-2019')).toEqual([]);
  });

  it('named by a nationality still link: a category of people is the same in every article', () => {
    const x = createExtractor(seedKnownEntities()).extract('وأكد المصدر أن المقاتلين المغاربة في صفوف تنظيم داعش يشكلون تهديدا للمملكة.');
    const category = seedKnownEntities().find((k) => k.kind === 'Group' && k.names.some((n) => n.includes('المقاتلين المغاربة')));
    expect(category).toBeDefined();
    expect(x.entities.some((e) => e.existingId === category?.id)).toBe(true);
  });
});

describe('one-off entities named by a rule’s English label', () => {
  it('are not linked to another article’s entity of the same label («Search», «Investigation»)', () => {
    const earlier: KnownEntity[] = [
      { id: 'search-of-2019', kind: 'Event', names: ['عمليات التفتيش', 'Search'] },
      { id: 'investigation-of-2019', kind: 'Event', names: ['البحث القضائي', 'Investigation'] },
    ];
    const x = createExtractor([...seedKnownEntities(), ...earlier]).extract(
      'وأسفرت عمليات التفتيش المنجزة بمدينة وجدة عن حجز أسلحة بيضاء، وقد تم وضع المشتبه فيه رهن إشارة البحث القضائي الذي تشرف عليه النيابة العامة.',
    );
    expect(x.entities.filter((e) => e.existingId === 'search-of-2019' || e.existingId === 'investigation-of-2019')).toEqual([]);
    expect(x.entities.some((e) => e.kind === 'Event' && e.possiblySameAs.includes('search-of-2019'))).toBe(true);
  });
});

describe('name boundaries', () => {
  it('stop at a noun with a preposition glued to it («بمدينة», «بحي», «بإقليم»)', () => {
    const extractor = createExtractor(seedKnownEntities());
    for (const place of ['بمدينة مكناس', 'بحي سيدي مومن', 'بإقليم الحوز', 'لمدينة العيون']) {
      const x = extractor.extract(`وقد تم توقيف المدعو حمزة الزياني ${place} يوم الأحد.`);
      const names = people(x);
      expect(names).toContain('حمزة الزياني');
      for (const n of names) expect(n).not.toMatch(/(^|\s)(ب|ل)(مدينة|حي|إقليم)/u);
    }
  });

  it('take the name after «بن» and start at the name before it', () => {
    const extractor = createExtractor(seedKnownEntities());
    for (const first of ['إدريس', 'إلياس']) {
      const x = extractor.extract(`وقد تم توقيف زعيم الخلية المدعو ${first} بن عمر الفاسي بمدينة مكناس، وهو من ذوي السوابق. وكان ${first} بن عمر الفاسي يشرف على التمويل.`);
      const names = people(x);
      expect(names).toContain(`${first} بن عمر الفاسي`);
      expect(names).not.toContain('عمر الفاسي');
      for (const n of names) expect(n).not.toMatch(PARTICLE_END);
    }
  });

  it('never end in «بن» when the next word is a person the graph knows: the longer name is another person', () => {
    const known: KnownEntity = { id: 'omar-al-fassi', kind: 'Person', names: ['عمر الفاسي'] };
    const x = createExtractor([...seedKnownEntities(), known]).extract('كما أظهرت التحريات أن المدعو يونس بن عمر الفاسي كان يشرف على تمويل الخلية.');
    for (const n of people(x)) expect(n).not.toMatch(PARTICLE_END);
    expect(people(x)).toContain('يونس بن عمر الفاسي');
    // the son is not his father
    const son = x.entities.find((e) => e.name_ar === 'يونس بن عمر الفاسي');
    expect(son?.existingId).toBeNull();
  });
});

describe('names a known entity gains', () => {
  it('are not a longer name that only begins with its name («… 65» is another organisation)', () => {
    const known: KnownEntity = { id: 'katibat-al-ansar', kind: 'Organization', names: ['كتيبة الأنصار'] };
    const x = createExtractor([...seedKnownEntities(), known]).extract(
      'وأوضح البلاغ أن الموقوفين ينتمون إلى خلية إرهابية تطلق على نفسها «كتيبة الأنصار 65» الموالية لتنظيم داعش.',
    );
    const linked = x.entities.find((e) => e.existingId === 'katibat-al-ansar');
    const spellings = x.mentions.filter((m) => m.entity === 'katibat-al-ansar').map((m) => m.surface);
    expect(spellings.filter((s) => /\d/.test(s))).toEqual([]);
    expect(linked?.aliases_ar.filter((a) => /\d/.test(a)) ?? []).toEqual([]);
  });

  it('are not a numbered name read by an organisation’s head («تنظيم “كتيبة الأنصار 65”»)', () => {
    const known: KnownEntity = { id: 'katibat-al-ansar', kind: 'Organization', names: ['كتيبة الأنصار'] };
    const x = createExtractor([...seedKnownEntities(), known]).extract('وأظهرت الأبحاث أن المشتبه فيهم بايعوا تنظيم «كتيبة الأنصار 65» قبل توقيفهم بمدينة فاس.');
    expect(x.mentions.filter((m) => m.entity === 'katibat-al-ansar' && /\d/.test(m.surface))).toEqual([]);
    expect(x.entities.find((e) => e.existingId === 'katibat-al-ansar')?.aliases_ar.filter((a) => /\d/.test(a)) ?? []).toEqual([]);
  });

  it('still include a longer mention that only adds the head or an adjective («تنظيم “داعش” الإرهابي»)', () => {
    const x = createExtractor(seedKnownEntities()).extract('أعلنت السلطات عن تفكيك خلية موالية لما يسمى بتنظيم "داعش" الإرهابي بمدينة تطوان.');
    expect(x.entities.some((e) => e.existingId === 'daesh')).toBe(true);
  });
});
