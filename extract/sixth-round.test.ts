/**
 * The sixth round's rule families on sentences of their own (not the dev articles'): a time of day before a weekday,
 * places named after a word of nearness, communes framed by a village or an administrative level, heads of places
 * (border posts, prisons, forests, mountains, camps).
 */
import { describe, expect, it } from 'vitest';
import { factsOf as facts, readersOf } from '../test/extraction-facts.ts';
import { findDates } from './dates.ts';
import { createExtractor } from './index.ts';
import { tokenize } from './tokens.ts';
import type { KnownEntity } from './types.ts';

const known: KnownEntity[] = [
  { id: 'bcij', kind: 'Agency', names: ['المكتب المركزي للأبحاث القضائية', 'BCIJ'] },
  { id: 'daesh', kind: 'Organization', names: ['تنظيم داعش', 'داعش'] },
];
const extractor = createExtractor(known);
const { read, entities } = readersOf(extractor);
const dates = (text: string, published?: string) => findDates(tokenize(text), text, published);

describe('a time of day before a weekday', () => {
  it('reads «مساء الاثنين», «فجر الأربعاء» and «ليلة الجمعة» as that day, resolved against the publication date', () => {
    expect(dates('أوقفت الشرطة مساء الاثنين شخصين', '2023-05-10')[0]).toMatchObject({ iso: '2023-05-08', text: 'مساء الاثنين' });
    expect(dates('وداهمت العناصر فجر الاربعاء منزلا')[0]).toMatchObject({ weekday: 'Wednesday', granularity: 'day' });
    expect(dates('نفذت العملية ليلة الجمعه الماضي', '2022-11-20')[0]?.iso).toBe('2022-11-18');
  });

  it('keeps a time of day with no weekday after it out of the dates', () => {
    expect(dates('وقعت المواجهة صباح أمس في الحي')).toEqual([]);
    expect(dates('اشتغلت العناصر ليلة كاملة')).toEqual([]);
  });
});

describe('places the gazetteer may not hold', () => {
  it('names the place after a word of nearness without the word', () => {
    expect(entities('عثر المحققون على مخبأ قرب تاغازوت')).toContain('Place:تاغازوت');
    expect(entities('تم توقيفه بضواحي تيفلت')).toContain('Place:تيفلت');
    expect(entities('نشط المتهم قرب المدينة').some((e) => e.includes('المدينة'))).toBe(false);
  });

  it('reads «جماعة» framed by a village or an administrative level as a commune, and keeps «جماعة أنصار الدين» an organisation', () => {
    const x = entities('ينحدر الموقوف من دوار تافراوت بجماعة سيدي بوعثمان، فيما يقطن الآخر بجماعة أيت ورير بإقليم الحوز.');
    expect(x).toContain('Place:جماعة سيدي بوعثمان');
    expect(x).toContain('Place:جماعة أيت ورير');
    expect(x.some((e) => e.startsWith('Organization:'))).toBe(false);
    expect(entities('بايع المتهم جماعة أنصار الدين الناشطة في مالي')).toContain('Organization:جماعة أنصار الدين');
  });

  it('names border posts, prisons, forests, mountains and camps after their head noun', () => {
    const x = entities('عبر المتسللون معبر باب سبتة، وكانوا قد اختبأوا في غابة المعمورة ثم في جبل تازكا، قبل نقلهم إلى سجن تولال.');
    expect(x).toEqual(expect.arrayContaining(['Place:معبر باب سبتة', 'Place:غابة المعمورة', 'Place:جبل تازكا', 'Place:سجن تولال']));
  });

  it('places the village in its commune and the commune in its province', () => {
    const f = read('ينحدر الموقوف من دوار تافراوت بجماعة سيدي بوعثمان بإقليم الرحامنة.');
    expect(f.some((x) => /^دوار تافراوت (LOCATED_IN|PART_OF) جماعة سيدي بوعثمان$/.test(x))).toBe(true);
  });
});

describe('persons named without a title or a known given name', () => {
  it('takes a foreign name framed by a defendant\'s slot and a nationality or a head noun after it', () => {
    const x = entities('وقضت الهيئة بعشرين سنة سجنا في حق ماتياس فيرنر كول، الألماني المقيم بطنجة.');
    expect(x).toContain('Person:ماتياس فيرنر كول');
    expect(entities('وأدانت المحكمة ياسر تيمور، المعتقل سابقا في ملف آخر، بخمس سنوات.')).toContain('Person:ياسر تيمور');
  });

  it('takes a name followed by an age in brackets, whatever stands before it', () => {
    expect(entities('واعتقل الأمن بوبكر ديالو (27 عاما) بحي التقدم.')).toContain('Person:بوبكر ديالو');
    // one word before the age is a noun of people, not a name
    expect(entities('وألقي القبض على شاب (27 سنة) بحي التقدم.').some((e) => e.startsWith('Person:'))).toBe(false);
  });

  it('reads a nationality in apposition to a noun of people as the title of the name after it', () => {
    const x = entities('وقتل المهاجمون السائح الهولندي يان دي فريس قرب مراكش.');
    expect(x).toContain('Person:يان دي فريس');
  });

  it('keeps a clause after a comma out of names', () => {
    expect(entities('وأوضح البلاغ، المنشور اليوم، أن العملية تمت.').some((e) => e.startsWith('Person:'))).toBe(false);
  });
});

describe('groups of people in the forms the genre uses', () => {
  it('reads an uncounted part of people («عدد من», «مجموعة من») as a group, with its nationality', () => {
    const f = read('وكان الموقوف يتولى استقطاب عدد من القاصرين بحي المسيرة.');
    expect(f.some((x) => /RECRUITED عدد من القاصرين$/.test(x))).toBe(true);
    expect(read('وأوقفت الشرطة مجموعة من الشبان الجزائريين.')).toContain('مجموعة من الشبان الجزائريين NATIONAL_OF الجزائر');
  });

  it('keeps «عدد من المتهمين» the article\'s defendants, not a group of its own', () => {
    const x = extractor.extract('أصدرت المحكمة أحكاما في حق عدد من المتهمين.');
    expect(x.entities.some((e) => e.kind === 'Group' && e.name_ar.startsWith('عدد من'))).toBe(false);
  });

  it('reads an indefinite plural of people and a nationality as a group of that nationality', () => {
    expect(read('ورصدت الأجهزة مقاتلين ليبيين في المنطقة.')).toContain('مقاتلين ليبيين NATIONAL_OF ليبيا');
  });

  it('names people after what was done to them («المرحلين», «المجندين») and where they come from', () => {
    expect(read('وأكد المصدر أن المدانين ينحدرون من مدينة سلا.')).toContain('المدانين FROM سلا');
  });
});

describe('coordinated persons', () => {
  it('gives the persons coordinated after a named one what the clause says of it, an apposition between commas skipped', () => {
    const f = read('وأدانت الهيئة عبد الإله الفاسي، زعيم الشبكة، ومراد الحيحي وأنس بنموسى بالسجن عشر سنوات.');
    expect(f.filter((x) => /TARGETED (عبد الإله الفاسي|مراد الحيحي|أنس بنموسى)$/.test(x))).toHaveLength(3);
    const g = read('واعتقلت الشرطة سفيان الزروالي وهشام بنعلي بحي التقدم.');
    expect(g).toContain('الشرطة ARRESTED هشام بنعلي');
  });

  it('shares no nationality or role along the list, and stops where the list does', () => {
    const f = read('وأدانت الهيئة عبد الإله الفاسي، زعيم الشبكة، ومراد الحيحي بالسجن. وقالت إن سعيد الناصري فر إلى الخارج.');
    expect(f.some((x) => x.startsWith('مراد الحيحي LEADS'))).toBe(false);
    expect(f.some((x) => x.endsWith('TARGETED سعيد الناصري'))).toBe(false);
  });
});

describe('people brought back', () => {
  it('reads the verbal noun of bringing back as an event and its people as returning from the places after «من»', () => {
    const x = extractor.extract('عنوان\n\nوأعلنت السلطات عن عودة ستة مقاتلين مغاربة من العراق وسوريا.');
    expect(x.entities.some((e) => e.kind === 'Event' && e.name_ar === 'عودة')).toBe(true);
    const f = facts(x);
    expect(f).toContain('ستة مقاتلين مغاربة RETURNED_FROM العراق');
    expect(f).toContain('ستة مقاتلين مغاربة RETURNED_FROM سوريا');
  });

  it('dates a repatriation announced on a weekday', () => {
    const x = extractor.extract('عنوان\n\nوقررت الحكومة، مساء الخميس، ترحيل 12 شخصا من ليبيا.', { published: '2024-05-11' });
    expect(x.entities.some((e) => e.kind === 'Date' && e.name_ar === 'مساء الخميس')).toBe(true);
    const f = facts(x);
    expect(f).toContain('ترحيل ON_DATE مساء الخميس');
    expect(f).toContain('12 شخصا RETURNED_FROM ليبيا');
  });
});

describe('unnamed persons and nicknames', () => {
  it('reads an indefinite noun of one person told apart by a clause or a nationality as a person of its own', () => {
    const f = read('عنوان\n\nوأفادت المصادر أن الموقوفين تواصلوا مع شخص يحمل الجنسية الجزائرية.');
    expect(f.some((x) => /^شخص NATIONAL_OF الجزائر$/.test(x))).toBe(true);
    expect(f.filter((x) => /NATIONAL_OF الجزائر$/.test(x))).toEqual(['شخص NATIONAL_OF الجزائر']);
  });

  it('takes no word for a nickname («بكنية», «بلقب») into a name or an organisation', () => {
    const x = extractor.extract('عنوان\n\nوكان يتلقى تعليمات من قيادي في التنظيم يدعى عمر ولد سالم، المعروف بكنية "أبو دجانة"، وينشط بليبيا.');
    expect(x.entities.some((e) => e.name_ar.includes('كنية') || e.name_ar.includes('كنيه'))).toBe(false);
    expect(x.entities.some((e) => e.kind === 'Person' && e.name_ar === 'عمر ولد سالم')).toBe(true);
  });
});

describe('membership said by a noun or a verb before its subject', () => {
  it('reads «عضو (بارز) في X» after its subject as membership', () => {
    expect(read('عنوان\n\nويعد محمد الزروالي عضوا بارزا في خلية "الموحدين".')).toContain('محمد الزروالي MEMBER_OF خلية الموحدين');
    expect(read('عنوان\n\nوأوقفت الشرطة ثلاثة أشخاص، أحدهم عضو سابق في تنظيم داعش.').some((x) => x.endsWith('MEMBER_OF تنظيم داعش'))).toBe(true);
  });

  it('reads «ينتمي X إلى Y» with the verb first', () => {
    expect(read('عنوان\n\nوينتمي المعتقلون الثلاثة إلى تنظيم داعش.')).toContain('المعتقلون الثلاثة MEMBER_OF تنظيم داعش');
  });
});

describe('lists of places', () => {
  it('reads a place cue glued to «و» as the list going on, not as the container of the places before it', () => {
    const f = read('عنوان\n\nوأوقفت الشرطة ثلاثة أشخاص بكل من فاس ومكناس ومدينة تازة.');
    expect(f.some((x) => /^(فاس|مكناس) LOCATED_IN تازة$/.test(x))).toBe(false);
    expect(f.some((x) => x.endsWith('TOOK_PLACE_IN تازة'))).toBe(true);
    expect(read('عنوان\n\nوينشطون بحي الطوابل بمدينة تطوان.')).toContain('حي الطوابل LOCATED_IN تطوان');
  });
});

describe('one person of a group', () => {
  it('reads «ومنهم شاب من حي …» as one person of the group named before, from that place', () => {
    const f = read('عنوان\n\nوأكدت المصادر أن المدانين ينحدرون من مدن الجنوب، ومنهم شاب من حي السلام بأكادير.');
    expect(f.some((x) => /^شاب.* MEMBER_OF المدانين$/.test(x))).toBe(true);
    expect(f.some((x) => /^شاب.* FROM حي السلام$/.test(x))).toBe(true);
  });
});
