/**
 * The tenth round's rules on sentences of their own (not the dev articles'): a person an age tells apart, loyalty and
 * contact told by a pronoun, an agency apposed to a counterpart of a nationality, what information made possible, an
 * agency watching someone, a word of time between a title and a name.
 */
import { describe, expect, it } from 'vitest';
import { readersOf } from '../test/extraction-facts.ts';
import { createExtractor } from './index.ts';
import { ordinalAgeAt } from './numbers.ts';
import { tokenize } from './tokens.ts';
import type { KnownEntity } from './types.ts';

const known: KnownEntity[] = [
  { id: 'dgst', kind: 'Agency', names: ['المديرية العامة لمراقبة التراب الوطني', 'الديستي', 'DGST'] },
  { id: 'daesh', kind: 'Organization', names: ['داعش', 'تنظيم داعش', 'الدولة الإسلامية'] },
  { id: 'iswap', kind: 'Organization', names: ['ولاية داعش في غرب إفريقيا', 'ISWAP'] },
];
const extractor = createExtractor(known);
const { read, entities } = readersOf(extractor);
const age = (text: string): ReturnType<typeof ordinalAgeAt> => ordinalAgeAt(tokenize(text), 0);

describe('an age told by an ordinal', () => {
  it('reads teens, tens and decades', () => {
    expect(age('السابعة عشرة')).toMatchObject({ min: 17, max: 17 });
    expect(age('الثلاثين')).toMatchObject({ min: 30, max: 30 });
    expect(age('العشرينات')).toMatchObject({ min: 20, max: 29 });
    expect(age('الخامسة والعشرين')).toMatchObject({ min: 25, max: 25 });
    expect(age('الخامسة')).toBeNull();
  });

  it('makes a person of an indefinite noun the age tells apart, with the age', () => {
    const x = extractor.extract('أوقفت عناصر الأمن قاصرا في السابعة عشرة من عمره بمدينة فاس');
    const person = x.entities.find((e) => e.kind === 'Person');
    expect(person?.properties['age']).toBe(17);
  });

  it('keeps a noun with no age after it nobody', () => {
    expect(entities('وصل شاب في الصباح إلى المدينة')).not.toContain('Person:شاب');
  });
});

describe('loyalty and contact told by a pronoun', () => {
  it('reads «في ولائها» with the hamza on its seat as her loyalty', () => {
    expect(read('وتم توقيف امرأة في الثلاثين من عمرها يشتبه في ولائها لتنظيم داعش')).toContain('امرأة AFFILIATED_WITH داعش');
  });

  it('links whom «تواصلها مع» names to the one the clause is about', () => {
    const facts = read('وأوقفت المصالح الأمنية شابة في العشرينات من عمرها، بعدما رصدت الديستي تواصلها مع عناصر متطرفة');
    expect(facts).toContain('شابة LINKED_TO عناصر متطرفة');
    expect(facts).toContain('المديرية العامة لمراقبة التراب الوطني SURVEILLED شابة');
  });

  it('has an agency watch the members whose moves it followed', () => {
    expect(read('وكانت الديستي قد رصدت تحركات أعضاء الخلية الإرهابية منذ أشهر')).toContain('المديرية العامة لمراقبة التراب الوطني SURVEILLED أعضاء الخلية');
  });
});

describe('counterparts and what information made possible', () => {
  const sentence = 'وأفاد المصدر أن معلومات قدمتها الديستي لنظيرتها البلجيكية، الشرطة الفيدرالية البلجيكية، مكنت من إحباط مخطط إرهابي كان يستهدف محطة قطارات';

  it('gives the information to the agency apposed to the counterpart, of that nationality', () => {
    const facts = read('وأفاد المصدر أن معلومات قدمتها الديستي لنظيرتها الإسبانية، المفوضية العامة للاستعلامات، مكنت من توقيف متطرف');
    expect(facts).toContain('المديرية العامة لمراقبة التراب الوطني PROVIDED_INTELLIGENCE_TO المفوضية العامة للاستعلامات');
    expect(facts).toContain('المفوضية العامة للاستعلامات BASED_IN إسبانيا');
  });

  it('has both who gave and who received the information foil the plot it made possible to foil', () => {
    const facts = read(sentence);
    expect(facts.filter((f) => f.endsWith('FOILED مخطط إرهابي')).length).toBeGreaterThanOrEqual(2);
    expect(facts).toContain('المديرية العامة لمراقبة التراب الوطني FOILED مخطط إرهابي');
  });
});

describe('a word of time between a title and a name', () => {
  it('names the president, not the word «آنذاك»', () => {
    const names = entities('وأجرى الرئيس الفرنسي آنذاك جاك شيراك اتصالا هاتفيا بالوزير الأول');
    expect(names).toContain('Person:جاك شيراك');
    expect(names).not.toContain('Person:آنذاك');
    expect(read('وأجرى الرئيس الفرنسي آنذاك جاك شيراك اتصالا هاتفيا بالوزير الأول')).toContain('جاك شيراك HEADS فرنسا');
  });
});

describe('awards announced and grades', () => {
  const sentence = 'وكانت بلجيكا قد أعلنت في شهر مارس 2019 عزمها توشيح مدير الأمن بوسام التاج من درجة قائد، تقديرا لجهوده';

  it('has who announced the award give it', () => {
    expect(read(sentence)).toContain('بلجيكا CONDUCTED توشيح');
  });

  it('reads the grade of a decoration as no person', () => {
    expect(entities(sentence)).not.toContain('Person:قائد');
  });
});

describe('the event someone died in, and what an event followed', () => {
  const sentence = 'ولقي زعيم الخلية حتفه خلال مداهمة نفذتها الشرطة الإسبانية بضاحية خيتافي جنوب مدريد، بعد ثلاثة أسابيع من التفجيرات الإرهابية';

  it('has the raid he died in kill him, and take place in the suburb', () => {
    const facts = read(sentence);
    expect(facts).toContain('مداهمة KILLED زعيم الخلية');
    expect(facts).toContain('مداهمة TOOK_PLACE_IN ضاحية خيتافي');
  });

  it('has the raid follow the bombings a span of time before it', () => {
    expect(read(sentence)).toContain('مداهمة FOLLOWED التفجيرات الإرهابية');
  });

  it('reads no sequence into «بعد» with no span of time or attack after it', () => {
    expect(read('وتمت مداهمة المنزل بعد توقيف المشتبه فيه').filter((f) => f.includes('FOLLOWED'))).toEqual([]);
  });
});

describe('links, activity and claims of organisations', () => {
  const arrest = 'أوقفت عناصر الشرطة القضائية بمدينة أكادير شخصين للاشتباه في ارتباطهما بـ"جماعة نصرة الإسلام والمسلمين" الناشطة بشمال مالي';

  it('links two suspects to the organisation «ارتباطهما» names', () => {
    expect(read(arrest)).toContain('شخصين LINKED_TO جماعة نصرة الإسلام والمسلمين');
  });

  it('has the organisation act where its adjective «الناشطة» says, past the quotation mark, and not the arrest', () => {
    const facts = read(arrest);
    expect(facts).toContain('جماعة نصرة الإسلام والمسلمين ACTIVE_IN شمال مالي');
    expect(facts).not.toContain('توقيف شخصين TOOK_PLACE_IN شمال مالي');
  });

  it('has a coordinated «وتبنت» go on with the organisation the sentence is about', () => {
    expect(read('وتأسست "نصرة الإسلام والمسلمين" سنة 2017 تحت قيادة إياد أغ غالي، وتبنت هجمات دامية في المنطقة')).toContain('جماعة نصرة الإسلام والمسلمين CLAIMED هجمات');
  });
});

describe('operations told together and the questioned', () => {
  it('has an arrest «بالتزامن مع ذلك» coincide with the operation told before', () => {
    const facts = read('وأوقفت الشرطة ثلاثة متطرفين بمدينة فاس. وبالتزامن مع ذلك، تم توقيف شخص آخر في العشرينيات من عمره بمدينة مكناس.');
    expect(facts).toContain('توقيف شخص COINCIDED_WITH توقيف ثلاثة متطرفين');
  });

  it('has an investigation concern those it is carried out with', () => {
    expect(read('ويتواصل البحث مع الموقوفين الأربعة تحت إشراف النيابة العامة المختصة')).toContain('البحث CONCERNS الموقوفين الأربعة');
  });
});

describe('what was sent, and where it was hidden', () => {
  const sentence = 'وأكد المسؤول أن الأسلحة التي تم حجزها داخل مخبأ بضواحي مدينة تازة أرسلها قيادي في تنظيم القاعدة إلى عناصر الخلية';

  it('reads the definite item a relative clause of seizing tells of as an item', () => {
    expect(entities(sentence)).toContain('Item:الأسلحة');
  });

  it('has the subject after «أرسلها» send the item told before, to those after «إلى»', () => {
    const facts = read(sentence);
    const sender = facts.find((f) => f.includes(' SENT الأسلحة'));
    expect(sender).toBeDefined();
    expect(facts.some((f) => f.startsWith('الأسلحة SENT_TO '))).toBe(true);
  });

  it('hides the item in the hiding place its word names, not in the place around it', () => {
    expect(read(sentence).filter((f) => f.startsWith('الأسلحة HIDDEN_IN')).map((f) => f.split(' HIDDEN_IN ')[1])).toEqual([expect.stringMatching(/^مخبأ/)]);
  });
});

describe('a branch named after its organisation', () => {
  it('has «ولاية داعش في غرب إفريقيا» be part of Daesh', () => {
    expect(read('وأعلنت "ولاية داعش في غرب إفريقيا" مسؤوليتها عن الهجوم')).toContain('ولاية داعش في غرب إفريقيا PART_OF داعش');
  });
});

describe('links a holder has, and where an organisation spreads', () => {
  it('links the cells «لها ارتباطات», not the speaker', () => {
    const facts = read('وأكد المسؤول الأمني أن المصالح فككت عشر خلايا لها ارتباطات بتنظيم داعش');
    expect(facts.filter((f) => f.includes('LINKED_TO'))).toEqual([expect.stringMatching(/^عشر خلايا LINKED_TO/)]);
  });

  it('has the organisation of the relative clause expand toward the place', () => {
    expect(read('وحذر من تنظيم داعش الذي يسعى إلى توسيع نفوذه نحو تونس')).toContain('داعش EXPANDS_TO تونس');
  });

  it('leaves spreading «في» a place to where the organisation is active', () => {
    expect(read('وتعكس الهجمات تمدد تنظيم داعش في ليبيا').filter((f) => f.includes('EXPANDS_TO'))).toEqual([]);
  });
});

describe('custody for an investigation', () => {
  it('has the investigation concern those held for it', () => {
    const facts = read('وقد تم إخضاع الموقوفين الخمسة لتدبير الحراسة النظرية رهن إشارة البحث القضائي الذي يشرف عليه الوكيل العام للملك');
    expect(facts).toContain('البحث القضائي CONCERNS الموقوفين الخمسة');
  });
});

describe('journeys through somewhere to somewhere', () => {
  it('has two who meant to slip across a border plan to travel where they were headed', () => {
    expect(read('وأفاد المصدر أن الموقوفين كانا يعتزمان التسلل عبر الحدود البرية في اتجاه ليبيا')).toContain('الموقوفين PLANNED_TO_TRAVEL_TO ليبيا');
  });
});

describe('what defendants are convicted of', () => {
  it('reads the crime after the word of the case («في قضية مقتل …»)', () => {
    expect(read('وقضت غرفة الجنايات الابتدائية بالسجن المؤبد في حق أربعة متهمين في قضية مقتل شرطي')).toContain('أربعة متهمين CONVICTED_OF مقتل');
  });
});
