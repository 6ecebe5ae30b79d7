/**
 * The eighth round's rules on sentences of their own (not the dev articles'): attachment across directions, constructs
 * and lists; the steps of an operation told with it; people by role without a count; unnamed people of a case; a
 * leader's title said again of the named leader; officials by nationality; presence at an event; names.
 */
import { describe, expect, it } from 'vitest';
import { factsOf as facts, readersOf } from '../test/extraction-facts.ts';
import { createExtractor } from './index.ts';
import type { KnownEntity } from './types.ts';

const known: KnownEntity[] = [
  { id: 'dgsn', kind: 'Agency', names: ['المديرية العامة للأمن الوطني'] },
  { id: 'daesh', kind: 'Organization', names: ['تنظيم داعش', 'داعش'] },
];
const extractor = createExtractor(known);
const { read, entities } = readersOf(extractor);

describe('attachment, widened', () => {
  it('reads a place through the directions between the preposition and its name', () => {
    expect(read('وقعت المواجهات في قرية تامكروت بجنوب شرق المغرب')).toContain('قرية تامكروت LOCATED_IN المغرب');
  });

  it('attaches a phrase to the head of a construct as well as to its genitive', () => {
    const found = read('وكانوا يريدون الالتحاق بمعسكرات التنظيم في شمال مالي');
    expect(found.some((f) => f.startsWith('معسكرات LOCATED_IN'))).toBe(true);
  });

  it('gives the places coordinated after the first the same head', () => {
    const found = read('وتم حجز أسلحة خلال مداهمة منازل في مدينتي فاس ومكناس');
    expect(found.filter((f) => f.includes('TOOK_PLACE_IN') && (f.endsWith('فاس') || f.endsWith('مكناس')))).toHaveLength(2);
  });

  it('never places the country of a nationality anywhere', () => {
    expect(read('وكان يتواصل مع المقاتلين الليبيين في تونس').some((f) => f.startsWith('ليبيا LOCATED_IN'))).toBe(false);
  });
});

describe('the steps of an operation', () => {
  it('makes an arrest told with a dismantling a step of it, and the dismantling took place where its arrests did', () => {
    const found = read('فككت المصالح الأمنية خلية إرهابية تتكون من أربعة عناصر تم توقيفهم في مدينتي وجدة وبركان');
    expect(found.some((f) => / PART_OF تفكيك/.test(f))).toBe(true);
    expect(found.some((f) => /^تفكيك .* TOOK_PLACE_IN وجدة$/.test(f))).toBe(true);
    expect(found.some((f) => /^تفكيك .* TOOK_PLACE_IN بركان$/.test(f))).toBe(true);
  });
});

describe('people without a count', () => {
  it('reads plurals of people by role, with their adjectives, as groups', () => {
    expect(entities('وحضر اللقاء مسؤولون قضائيون من البلدين')).toContain('Group:مسؤولون قضائيون');
    expect(entities('وتتم هذه العمليات بتنسيق وثيق مع شركائها الأفارقة')).toContain('Group:شركائها الأفارقة');
    expect(entities('وكانت الأموال تصل إليه عبر وسطاء')).toContain('Group:وسطاء');
  });

  it('reads nominative duals and definite plurals of a nationality as groups', () => {
    expect(entities('وكانت الشبكة تضم عشرة أفراد من بينهم طفلان')).toContain('Group:طفلان');
    expect(entities('وكان يجند الشبان التونسيين عبر الإنترنت')).toContain('Group:الشبان التونسيين');
  });

  it('reads a qualified singular as one person, and an unnamed intermediary as a person', () => {
    expect(entities('وكان على تواصل مع عنصر إرهابي في العراق')).toContain('Person:عنصر إرهابي');
    expect(entities('وتلقى المبلغ من وسيط مقيم في الجزائر')).toContain('Person:وسيط مقيم');
  });
});

describe('people said again', () => {
  it('takes «زعيم الجماعة» for the leader named before', () => {
    const x = extractor.extract('أعلنت جماعة أنصار الإسلام التي يتزعمها أبو حفص المصري مسؤوليتها عن التفجير. وكان زعيم الجماعة قد هدد بهجمات جديدة.');
    const people = x.entities.filter((e) => e.kind === 'Person').map((e) => e.name_ar);
    expect(people).toEqual(['أبو حفص المصري']);
  });

  it('takes a leader\'s title right after a name for that name', () => {
    const people = extractor.extract('وأعلن ولاءه لأبي بكر البغدادي زعيم تنظيم داعش').entities.filter((e) => e.kind === 'Person');
    expect(people).toHaveLength(1);
  });

  it('takes «المسؤول البلجيكي» for the Belgian official named before', () => {
    const x = extractor.extract('واستقبل وزير العدل البلجيكي فانسون فان كويكنبورن وفدا مغربيا. وأكد المسؤول البلجيكي أهمية التعاون.');
    expect(x.entities.filter((e) => e.kind === 'Person')).toHaveLength(1);
  });
});

describe('presence and names', () => {
  it('reads who attended an event from «بحضور» and «بمشاركة»', () => {
    expect(read('وأقيم حفل التكريم بالرباط بحضور مسؤولين قضائيين')).toContain('مسؤولين قضائيين ATTENDED التكريم');
  });

  it('ends a name before a noun with a possessive and before an event', () => {
    expect(entities('أعلنت حركة الشباب التي يقودها أحمد ديري مسؤوليتها عن الهجوم')).toContain('Person:أحمد ديري');
    expect(entities('وعقد المدير ندوة صحفية بالمقر')).not.toContain('Person:المدير ندوة');
  });

  it('reads a militant named after what the genre calls him, never an adjective of the noun before', () => {
    expect(entities('وكان الجهادي البلجيكي ماتيو كلاين قد ظهر في شريط')).toContain('Person:ماتيو كلاين');
    expect(entities('ويشكل التيار الجهادي تهديدا').some((e) => e.startsWith('Person:'))).toBe(false);
  });

  it('reads the people after «يتعلق الأمر بكل من», given names that are everyday words too', () => {
    expect(entities('ويتعلق الأمر بكل من كريم الزياني وحسن البقالي')).toContain('Person:كريم الزياني');
  });

  it('reads who a verb of saying has speak, and no sources', () => {
    expect(entities('وقال الزموري إن الموقوفين كانوا على اتصال بالتنظيم')).toContain('Person:الزموري');
    expect(entities('وأكدت مصادر مطلعة أن العملية نوعية').some((e) => e.startsWith('Person:'))).toBe(false);
    const x = extractor.extract('وقال المحامي يوسف البقالي إن موكله بريء. وأضاف البقالي أن الملف فارغ.');
    expect(x.entities.filter((e) => e.kind === 'Person')).toHaveLength(1);
  });

  it('names a role by its nickname without the glued preposition or the verb after it, and romanises the name for the id', () => {
    const leader = extractor.extract('وكان زعيم الخلية الملقب بالقناص يشرف على التدريب.').entities.find((e) => e.kind === 'Person');
    expect(leader?.name_ar).toBe('القناص');
    expect(leader?.slug).not.toBe('leader');
  });

  it('reads «X بن علي» as a name although «علي» is also a preposition', () => {
    expect(entities('وأدين مراد بن علي بخمس سنوات سجنا')).toContain('Person:مراد بن علي');
  });
});

describe('people of an organisation, and what an organisation acts on', () => {
  it('reads «مقاتلي X» as a group of its members, a vague count before «من» theirs', () => {
    const x = extractor.extract('وقتل العشرات من مقاتلي داعش في غارة جوية');
    expect(entities('وقتل العشرات من مقاتلي داعش في غارة جوية')).toContain('Group:العشرات من مقاتلي داعش');
    expect(facts(x)).toContain('العشرات من مقاتلي داعش MEMBER_OF تنظيم داعش');
    expect(facts(x).some((f) => f.startsWith('تنظيم داعش CONDUCTED'))).toBe(false);
  });

  it('never makes a branch of an organisation out of «في» and a common noun', () => {
    expect(entities('وقتل عدد من مقاتلي داعش في المواجهات').some((e) => e.includes('المواجهات'))).toBe(false);
  });

  it('ends «التنظيم» before the people or the event it acts on', () => {
    expect(entities('ويستقطب التنظيم القاصرين عبر المنصات')).toContain('Organization:التنظيم');
    expect(entities('ويستقطب التنظيم القاصرين عبر المنصات')).toContain('Group:القاصرين');
  });

  it('reads definite plurals of people named as a whole', () => {
    expect(entities('وتمت إعادة الأطفال المغاربة من المخيمات')).toContain('Group:الأطفال المغاربة');
  });
});

describe('places in pairs', () => {
  it('reads the cities after a dual head, common words as they are', () => {
    const found = read('وأوقفت الشرطة متطرفين اثنين في مدينتي وجدة وبركان');
    expect(found).toContain('توقيف متطرفين اثنين TOOK_PLACE_IN وجدة');
    expect(found).toContain('توقيف متطرفين اثنين TOOK_PLACE_IN بركان');
  });
});

describe('people the genre names', () => {
  it('reads officials and leaders by their full and short names, a title before them theirs', () => {
    const x = extractor.extract('وقال وزير الخارجية ناصر بوريطة إن التعاون مستمر. وأكد بوريطة أن المغرب شريك موثوق.');
    const people = x.entities.filter((e) => e.kind === 'Person');
    expect(people.map((p) => p.slug)).toEqual(['nasser-bourita']);
    expect(x.mentions.filter((m) => m.entity === people[0]?.key)).toHaveLength(2);
  });

  it('keeps the nationality a title gives, a word of time between', () => {
    expect(read('وهو ما أعلنه وزير الداخلية الفرنسي آنذاك جيرالد دارمانان')).toContain('جيرالد دارمانان NATIONAL_OF فرنسا');
  });
});

describe('groups said again', () => {
  it('takes a definite plural for the group of people met before under that plural', () => {
    const x = extractor.extract('وكان المتهم يتولى تجنيد متطوعين للقتال في ليبيا. وكان شريكه يتكلف بإيواء المتطوعين قبل سفرهم.');
    expect(x.entities.filter((e) => e.kind === 'Group')).toHaveLength(1);
  });

  it('reads the people a recruiting verb takes, its subject between', () => {
    expect(entities('واستقطب التنظيم شبانا من الأحياء الهامشية')).toContain('Group:شبانا');
  });
});

describe('movements and nationals', () => {
  it('reads the subject after a finite verb of joining', () => {
    expect(read('وقد انضم المتهم إلى تنظيم داعش سنة 2015')).toContain('المشتبه فيه JOINED تنظيم داعش');
  });

  it('reads where one went back to, crossed or lived', () => {
    expect(read('وكان المتهم قد رافق المنفذين قبل أن يعود إلى فاس')).toContain('المشتبه فيه RETURNED_TO فاس');
    expect(read('وكان الموقوفون يعتزمون عبور الحدود الجزائرية').some((f) => f.includes('PLANNED_TO_TRAVEL_TO الحدود'))).toBe(true);
    expect(read('وقد سبق للمتهم أن أقام بمدينة ليون')).toContain('المشتبه فيه RESIDES_IN ليون');
  });

  it('leaves «من» after a movement to the movement: those who came back are not from there', () => {
    const found = read('وعاد المقاتلون من العراق عبر تركيا');
    expect(found.some((f) => f.includes(' FROM '))).toBe(false);
    expect(found.some((f) => f.endsWith('RETURNED_FROM العراق'))).toBe(true);
  });

  it('reads a counted plural nisba as the people of that country, who act in the clause', () => {
    const found = read('وأوضح أن عدد التونسيين الذين التحقوا بتنظيم داعش تجاوز ثلاثة آلاف');
    expect(found).toContain('عدد التونسيين NATIONAL_OF تونس');
    expect(found).toContain('عدد التونسيين JOINED تنظيم داعش');
  });
});

describe('acts within acts', () => {
  it('makes an act told «في إطار» or «ضمن» another a part of it', () => {
    expect(read('وجرى توقيف المتهم في إطار عملية أمنية واسعة').some((f) => /^توقيف .* PART_OF /.test(f))).toBe(true);
  });
});

describe('statements', () => {
  it('gives a statement to the organisation that claims in it', () => {
    expect(read('وتبنت جماعة نصرة الإسلام والمسلمين الهجوم في بيان نشرته على منصاتها')).toContain('جماعة نصرة الإسلام والمسلمين ISSUED بيان جماعة نصرة الإسلام والمسلمين');
  });
});

describe('an agency said again in its own sentence', () => {
  it('takes «المديرية» for the directorate the sentence named before, and makes it the actor', () => {
    const found = read('وأوضح بلاغ للمديرية العامة للأمن الوطني أن عناصر المديرية تمكنت من توقيف ثلاثة متطرفين');
    expect(found).toContain('المديرية العامة للأمن الوطني ARRESTED ثلاثة متطرفين');
  });
});

describe('agencies, their objects and kin', () => {
  it('ends an agency\'s name before the person it acts on, and a title before «و» and the next of a list', () => {
    expect(entities('وأوقفت الشرطة المتهم وشريكه في مدينة فاس')).toContain('Agency:الشرطة');
    expect(entities('وأوقفت الشرطة المتهم وشريكه في مدينة فاس').some((e) => e.includes('وشريكه'))).toBe(false);
  });

  it('takes the person named before as the kin of a possessed relative («شقيقه»)', () => {
    expect(read('وقد استقطب المدعو أيوب الريفي شقيقه الأصغر').some((f) => f.endsWith('KIN_OF أيوب الريفي'))).toBe(true);
  });
});

describe('cells named in the genitive', () => {
  it('reads a cell\'s name after its head, and gives it an id of its own', () => {
    const cell = extractor.extract('وتم تفكيك خلية فتح الأندلس بمدينة سلا').entities.find((e) => e.kind === 'Cell');
    expect(cell?.name_ar).toBe('خلية فتح الأندلس');
    expect(cell?.slug).not.toBe('terrorist-cell');
  });

  it('takes no complement for a name («شبكة لتجنيد …», «خلية بمدينة …»)', () => {
    expect(entities('وتم تفكيك شبكة لتجنيد المقاتلين')).toContain('Cell:شبكة');
  });
});

describe('organisations said again in their own sentence', () => {
  it('takes «التنظيم» and «الجماعة» for the organisation the sentence named before', () => {
    const x = extractor.extract('وكان المتهم على صلة بجماعة نصرة الإسلام والمسلمين، وقد بايع أمير الجماعة قبل سفره.');
    expect(x.entities.filter((e) => e.kind === 'Organization')).toHaveLength(1);
  });

  it('reads no place of the story inside an organisation\'s name', () => {
    expect(entities('وأعلن تنظيم القاعدة في بلاد المغرب الإسلامي مسؤوليته عن الهجوم').some((e) => e.startsWith('Place:'))).toBe(false);
  });
});

describe('groups of the same description in other articles', () => {
  it('proposes another article\'s group that shares one modifier as possibly the same, never linking it', () => {
    const withGroup = createExtractor([...known, { id: 'loyalists-2023', kind: 'Group', names: ['متطرفون موالون لتنظيم داعش'] }]);
    const group = withGroup.extract('وحسب بلاغ للمديرية العامة للأمن الوطني فإن الموقوفين بايعوا داعش.').entities.find((e) => e.kind === 'Group');
    expect(group?.existingId).toBeNull();
    expect(group?.possiblySameAs).toContain('loyalists-2023');
  });
});
