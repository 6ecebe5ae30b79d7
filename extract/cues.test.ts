/**
 * Each cue family and fact rule on sentences of the genre written for these tests (not from the dev set).
 */
import { describe, expect, it } from 'vitest';
import { createExtractor } from './index.ts';
import type { Extraction, ProposedEntity } from './types.ts';

const extractor = createExtractor([]);
const run = (text: string, published?: string): Extraction => extractor.extract(text, published === undefined ? {} : { published });
/** The entity of that kind named `name`, else the first whose names contain it. */
const entity = (x: Extraction, kind: string, name: string): ProposedEntity | undefined =>
  x.entities.find((e) => e.kind === kind && (e.name_ar === name || e.aliases_ar.includes(name))) ??
  x.entities.find((e) => e.kind === kind && (e.name_ar.includes(name) || e.aliases_ar.some((a) => a.includes(name))));
const fact = (x: Extraction, source: ProposedEntity | undefined, type: string, target: ProposedEntity | undefined): boolean =>
  source !== undefined && target !== undefined && x.facts.some((f) => f.source === source.key && f.type === type && f.target === target.key);

describe('places', () => {
  it('finds Moroccan cities, provinces and regions with coordinates, and foreign countries', () => {
    const x = run('جرت العملية بمدينة وجدة وبإقليم تاوريرت وفي جهة سوس ماسة، كما شملت ألمانيا.');
    expect(entity(x, 'Place', 'وجدة')?.properties).toMatchObject({ place_type: 'city', country_code: 'MA' });
    expect(entity(x, 'Place', 'إقليم تاوريرت')?.properties['place_type']).toBe('province');
    expect(entity(x, 'Place', 'سوس ماسة')?.properties['place_type']).toBe('region');
    expect(entity(x, 'Place', 'ألمانيا')?.properties).toMatchObject({ place_type: 'country', country_code: 'DE' });
    expect(typeof entity(x, 'Place', 'وجدة')?.properties['lat']).toBe('number');
  });

  it('needs a place cue for a name that is also an everyday word', () => {
    expect(entity(run('وجدة الشرطة الأدلة في المنزل.'), 'Place', 'وجدة')).toBeUndefined();
    expect(entity(run('وصل المتهم إلى مدينة الجديدة.'), 'Place', 'الجديدة')?.slug).toBe('el-jadida');
    expect(entity(run('اعتمدت الخطة الجديدة للأمن.'), 'Place', 'الجديدة')).toBeUndefined();
  });

  it('places a town in the city it lies near', () => {
    const x = run('ينشط المتطرفون بدوار أولاد سالم وسيدي مومن بضواحي الدار البيضاء.');
    expect(fact(x, entity(x, 'Place', 'سيدي مومن'), 'LOCATED_IN', entity(x, 'Place', 'الدار البيضاء'))).toBe(true);
  });
});

describe('agencies and organisations', () => {
  it('reads agency names by their head and the words that follow, with a nisba for the country', () => {
    const x = run('أعلنت المديرية العامة للأمن الوطني بتنسيق مع الشرطة الفرنسية عن توقيف متطرف.');
    const police = entity(x, 'Agency', 'الشرطة الفرنسية');
    expect(police).toBeDefined();
    expect(fact(x, police, 'BASED_IN', entity(x, 'Place', 'فرنسا'))).toBe(true);
    expect(fact(x, entity(x, 'Agency', 'المديرية العامة للأمن الوطني'), 'COORDINATED_WITH', police)).toBe(true);
  });

  it('reads an agency attached to another (PART_OF)', () => {
    const x = run('تمكنت الفرقة الوطنية للشرطة القضائية التابعة للمديرية العامة للأمن الوطني من حجز أسلحة.');
    expect(fact(x, entity(x, 'Agency', 'الفرقة الوطنية'), 'PART_OF', entity(x, 'Agency', 'المديرية العامة للأمن الوطني'))).toBe(true);
  });

  it('reads organisations from the lexicon, quoted names and «ما يسمى»', () => {
    const x = run('بايع المتهمون تنظيم "الدولة الإسلامية" وكانوا على صلة بما يسمى "جند الخلافة".');
    expect(entity(x, 'Organization', 'داعش')?.slug).toBe('daesh');
    expect(entity(x, 'Organization', 'جند الخلافة')).toBeDefined();
  });
});

describe('cells, people and groups', () => {
  it('reads a named cell, its members with count and ages, and its loyalty', () => {
    const x = run('تم تفكيك خلية "ذئاب الأطلس" الموالية لتنظيم القاعدة، والتي تضم سبعة متطرفين تتراوح أعمارهم ما بين 19 و33 سنة.');
    const cell = entity(x, 'Cell', 'ذئاب الأطلس');
    const group = entity(x, 'Group', 'سبعة متطرفين');
    expect(group?.properties).toMatchObject({ count: 7, count_qualifier: 'exact', age_min: 19, age_max: 33 });
    expect(fact(x, cell, 'AFFILIATED_WITH', entity(x, 'Organization', 'القاعدة'))).toBe(true);
    expect(fact(x, group, 'MEMBER_OF', cell)).toBe(true);
  });

  it('resolves «هذه الخلية» and «المشتبه فيهم» to what the article introduced', () => {
    const x = run('تفكيك خلية إرهابية بطنجة.\n\nوتضم هذه الخلية خمسة أشخاص. وتم وضع المشتبه فيهم تحت تدبير الحراسة النظرية.');
    expect(x.entities.filter((e) => e.kind === 'Cell')).toHaveLength(1);
    expect(x.entities.filter((e) => e.kind === 'Group')).toHaveLength(1);
    expect(fact(x, entity(x, 'Group', 'خمسة أشخاص'), 'PLACED_UNDER', entity(x, 'Event', 'الحراسة النظرية'))).toBe(true);
  });

  it('reads titled names, name shapes, roles and kinship', () => {
    const x = run('ترأس المدير العام محمد الدخيسي الاجتماع، وتم توقيف زعيم الخلية وشقيق أحد المقاتلين بالساحة السورية.');
    expect(entity(x, 'Person', 'محمد الدخيسي')?.properties['role']).toBe('Director General');
    const leader = entity(x, 'Person', 'زعيم');
    expect(fact(x, leader, 'LEADS', entity(x, 'Cell', 'خلية'))).toBe(true);
    expect(fact(x, entity(x, 'Person', 'شقيق'), 'KIN_OF', entity(x, 'Person', 'أحد المقاتلين'))).toBe(true);
  });
});

describe('events, documents, items and dates', () => {
  it('ties an operation to its agent, target, places, date and seizures', () => {
    const x = run('تمكن المكتب المركزي للأبحاث القضائية، يوم 4 أبريل 2024، من تفكيك خلية إرهابية بمدينتي فاس ومكناس، وحجز أسلحة نارية وذخيرة.');
    const op = entity(x, 'Event', 'تفكيك');
    const bcij = entity(x, 'Agency', 'المكتب المركزي');
    expect(fact(x, bcij, 'CONDUCTED', op)).toBe(true);
    expect(fact(x, bcij, 'DISMANTLED', entity(x, 'Cell', 'خلية'))).toBe(true);
    expect(fact(x, op, 'TOOK_PLACE_IN', entity(x, 'Place', 'فاس'))).toBe(true);
    expect(fact(x, op, 'TOOK_PLACE_IN', entity(x, 'Place', 'مكناس'))).toBe(true);
    expect(fact(x, op, 'ON_DATE', entity(x, 'Date', '4 أبريل 2024'))).toBe(true);
    expect(fact(x, op, 'SEIZED', entity(x, 'Item', 'أسلحة نارية'))).toBe(true);
    expect(fact(x, op, 'SEIZED', entity(x, 'Item', 'ذخيرة'))).toBe(true);
  });

  it('reads a statement, its issuer and what it reports', () => {
    const x = run('وذكر بيان لوزارة الداخلية أن الخلية كانت تخطط لتنفيذ عمليات إرهابية.');
    const doc = entity(x, 'Document', 'بيان');
    expect(fact(x, entity(x, 'Agency', 'وزارة الداخلية'), 'ISSUED', doc)).toBe(true);
    expect(x.facts.some((f) => f.source === doc?.key && f.type === 'REPORTS')).toBe(true);
  });

  it('reads supervision and incitement', () => {
    const x = run('ويجري البحث تحت إشراف النيابة العامة المختصة. وكان المخطط الإرهابي بتحريض من قيادي في تنظيم داعش.');
    expect(fact(x, entity(x, 'Agency', 'النيابة العامة'), 'SUPERVISED', entity(x, 'Event', 'البحث'))).toBe(true);
    expect(x.facts.some((f) => f.type === 'INCITED')).toBe(true);
  });

  it('every proposal carries a rule and a confidence in [0, 1], and mentions cite their words', () => {
    const text = 'أوقفت عناصر الدرك الملكي بإقليم الحسيمة ثلاثة أشخاص يشتبه في ارتباطهم بتنظيم داعش.';
    const x = run(text);
    for (const p of [...x.entities, ...x.mentions, ...x.facts]) {
      expect(p.rule).toMatch(/^[a-z]/);
      expect(p.confidence).toBeGreaterThanOrEqual(0);
      expect(p.confidence).toBeLessThanOrEqual(1);
    }
    for (const m of x.mentions) {
      const s = x.sentences.find((t) => t.index === m.sentence);
      expect(s?.text.slice(m.start, m.end)).toBe(m.surface);
    }
    expect(entity(x, 'Agency', 'الدرك الملكي')).toBeDefined();
  });
});

describe('one suspect, verbs and their distant objects', () => {
  it('keeps one suspect through «متطرف», «بمتطرف» and «المشتبه فيه», with the agent of a verb that comes first', () => {
    const x = run('توقيف متطرف بالعرائش\n\nأوقفت عناصر الدرك الملكي، فجر اليوم، بمدينة العرائش متطرفا يبلغ من العمر 24 سنة. وأفاد بيان أن المشتبه فيه أعلن ولاءه لتنظيم داعش.');
    const people = x.entities.filter((e) => e.kind === 'Person');
    expect(people).toHaveLength(1);
    expect(people[0]?.properties['age']).toBe(24);
    expect(fact(x, entity(x, 'Agency', 'الدرك الملكي'), 'ARRESTED', people[0])).toBe(true);
    expect(fact(x, people[0], 'AFFILIATED_WITH', entity(x, 'Organization', 'داعش'))).toBe(true);
    expect(x.facts.some((f) => f.type === 'TOOK_PLACE_IN' && f.target === entity(x, 'Place', 'العرائش')?.key)).toBe(true);
  });

  it('reads a joint statement and an investigation carried out by an agency under a prosecutor', () => {
    const x = run('وأورد بلاغ مشترك للمديرية العامة للأمن الوطني والمديرية العامة لمراقبة التراب الوطني أن البحث الذي يجريه المكتب المركزي للأبحاث القضائية يتم تحت إشراف النيابة العامة.');
    const doc = entity(x, 'Document', 'بلاغ');
    expect(fact(x, entity(x, 'Agency', 'المديرية العامة للأمن الوطني'), 'ISSUED', doc)).toBe(true);
    expect(fact(x, entity(x, 'Agency', 'المديرية العامة لمراقبة التراب الوطني'), 'ISSUED', doc)).toBe(true);
    expect(fact(x, entity(x, 'Agency', 'المكتب المركزي'), 'CONDUCTED', entity(x, 'Event', 'البحث'))).toBe(true);
  });

  it('drops a dateline and does not read a purpose clause as an event', () => {
    const x = run('طنجة – تمكنت المصالح الأمنية من حجز أسلحة للكشف عن مخططات المتطرفين.');
    expect(entity(x, 'Place', 'طنجة')).toBeUndefined();
    expect(x.entities.some((e) => e.kind === 'Event' && e.properties['event_type'] === 'discovery')).toBe(false);
  });
});

describe('sentences', () => {
  it('numbers a headline 0 and the body from 1, dropping page furniture', () => {
    const x = run('توقيف متطرف بطنجة\n\nاقرأ أيضا: خبر آخر\nتمكنت المصالح الأمنية من توقيف متطرف. وتم حجز هاتف.\nشارك المقال');
    expect(x.sentences.map((s) => [s.index, s.headline])).toEqual([
      [0, true],
      [1, false],
      [2, false],
    ]);
    expect(x.dropped.map((d) => d.reason)).toEqual(['boilerplate', 'share']);
  });
});
