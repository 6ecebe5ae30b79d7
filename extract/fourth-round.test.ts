/**
 * The fourth round's rule families on sentences of their own (not the dev articles'): descriptions of known entities,
 * nationality and origin, geography stated by the text, court cases, organisations of the Sahel.
 */
import { describe, expect, it } from 'vitest';
import { factsOf as facts } from '../test/extraction-facts.ts';
import { describe as describeName, stem } from './descriptive.ts';
import { createExtractor } from './index.ts';
import type { KnownEntity } from './types.ts';

const known: KnownEntity[] = [
  { id: 'bcij', kind: 'Agency', names: ['المكتب المركزي للأبحاث القضائية', 'BCIJ'] },
  { id: 'daesh', kind: 'Organization', names: ['تنظيم داعش', 'داعش'] },
  { id: 'integrated-strategy', kind: 'Document', names: ['الاستراتيجية المنسجمة للمغرب'] },
  { id: 'proactive-policy', kind: 'Document', names: ['السياسة الاستباقية'] },
  { id: 'sahel-leader', kind: 'Person', names: ['قيادي بارز في تنظيم داعش بمنطقة الساحل الإفريقي'] },
  { id: 'old-cells', kind: 'Cell', names: ['الخلايا الإرهابية المفككة'] },
  { id: 'sahel-cells', kind: 'Cell', names: ['أزيد من 30 خلية مرتبطة بالتنظيمات الإرهابية بالساحل'] },
  { id: 'sahel-orgs', kind: 'Organization', names: ['التنظيمات الإرهابية بمنطقة الساحل جنوب الصحراء'] },
];
const extractor = createExtractor(known);
const linked = (text: string): string[] => extractor.extract(text).entities.flatMap((e) => (e.existingId === null ? [] : [e.existingId]));

describe('descriptions of known entities', () => {
  it('reads a description as a head class, a number and distinctive modifiers', () => {
    expect(stem('بالتنظيمات')).toBe('تنظيم');
    expect(stem('الاستباقية')).toBe('استباق');
    const d = describeName('المقاربة المندمجة التي يعتمدها المغرب');
    expect(d?.head).toBe('policy');
    expect([...(d?.modifiers ?? [])]).toEqual(['integrated', 'مغرب']);
    expect(describeName('التنظيمات الإرهابية')?.plural).toBe(true);
  });

  it('links a definite description sharing a distinctive modifier: «المقاربة الشاملة التي يعتمدها المغرب»', () => {
    const x = extractor.extract('أشاد التقرير بالاستراتيجية الشاملة التي يعتمدها المغرب في مكافحة الإرهاب.');
    const strategy = x.entities.find((e) => e.kind === 'Document' && e.existingId === 'integrated-strategy');
    expect(strategy?.rule).toContain('coref.description');
  });

  it('links a counted description with the same count, and the organisations it names', () => {
    const ids = linked('فككت المصالح الأمنية أكثر من 30 خلية مرتبطة بالتنظيمات الإرهابية الناشطة في الساحل.');
    expect(ids).toContain('sahel-cells');
    expect(ids).toContain('sahel-orgs');
  });

  it('does not link a count other than the known one', () => {
    expect(linked('فككت المصالح الأمنية 12 خلية مرتبطة بالتنظيمات الإرهابية الناشطة في الساحل.')).not.toContain('sahel-cells');
  });

  it('links «الخلايا التي تم تفكيكها» to the dismantled cells, not a new cell of the article', () => {
    expect(linked('وأوضح المسؤول أن الخلايا التي تم تفكيكها منذ سنة 2002 تجاوز عددها 200 خلية.')).toContain('old-cells');
    // an article's own cell, introduced indefinite, stays its own
    expect(linked('تم تفكيك خلية إرهابية بمدينة فاس. وكانت الخلية التي تم تفكيكها تخطط لاستهداف منشآت.')).not.toContain('old-cells');
  });

  it('links a definite counted description to the known group of that count: «المتطرفين الاثني عشر»', () => {
    const withGroup = createExtractor([...known, { id: 'twelve', kind: 'Group', names: ['12 متطرفا'] }]);
    const ids = (text: string): (string | null)[] => withGroup.extract(text).entities.filter((e) => e.kind === 'Group').map((e) => e.existingId);
    expect(ids('وأوضح المسؤول أن المتطرفين الاثني عشر الذين تم توقيفهم كانوا على اتصال بقيادي.')).toContain('twelve');
    // a new article's own twelve, introduced indefinite, stay new
    expect(ids('أوقفت المصالح الأمنية 12 متطرفا بمدينة فاس. وكان المتطرفين الاثني عشر يخططون لعمليات.')).not.toContain('twelve');
  });

  it('links a person by title and organisation only with two distinctive modifiers', () => {
    expect(linked('كان الموقوفون على اتصال بقيادي في "ولاية داعش بالساحل" يدعى أبو عمر.')).toContain('sahel-leader');
    expect(linked('كان الموقوفون على اتصال بقيادي في تنظيم داعش يدعى أبو عمر.')).not.toContain('sahel-leader');
  });

  it('proposes several known entities a description fits as possibly the same, linking none', () => {
    const two = createExtractor([...known, { id: 'sahel-leader-2', kind: 'Person', names: ['قيادي في داعش بالساحل'] }]);
    const x = two.extract('كان الموقوفون على اتصال بقيادي في "ولاية داعش بالساحل" يدعى أبو عمر.');
    const person = x.entities.find((e) => e.kind === 'Person' && e.possiblySameAs.includes('sahel-leader'));
    expect(person?.existingId).toBeNull();
    expect(person?.possiblySameAs).toEqual(['sahel-leader', 'sahel-leader-2']);
  });

  it('links a description met later through extend, as a new extractor would', () => {
    const growing = createExtractor(known.filter((k) => k.id !== 'proactive-policy'));
    const text = 'وشدد على نجاعة السياسة الاستباقية التي تعتمدها المصالح الأمنية.';
    expect(linked(text)).toContain('proactive-policy');
    growing.extend([{ id: 'proactive-policy', kind: 'Document', names: ['السياسة الاستباقية'] }]);
    expect(growing.extract(text).entities.some((e) => e.existingId === 'proactive-policy')).toBe(true);
    expect(facts(growing.extract(text))).toBeDefined();
  });
});

const plain = createExtractor([]);

describe('geography the text states', () => {
  it('places a city in the country its nisba names, with no nationality for anyone', () => {
    const x = plain.extract('أوقف المتهم الرابع بمدينة مدريد الإسبانية، وكان شريكه يقيم في ليون الفرنسية.');
    expect(facts(x)).toEqual(expect.arrayContaining(['مدريد LOCATED_IN إسبانيا', 'ليون LOCATED_IN فرنسا']));
    expect(facts(x).some((f) => f.includes('NATIONAL_OF'))).toBe(false);
  });

  it('makes «شمال مالي» a region PART_OF Mali, and a border PART_OF its country', () => {
    const f = facts(plain.extract('كانوا يعتزمون عبور الحدود الشرقية للمملكة ثم الحدود الجزائرية للالتحاق بمعسكرات في شمال مالي.'));
    expect(f).toEqual(expect.arrayContaining(['شمال مالي PART_OF مالي', 'الحدود الشرقية PART_OF المغرب', 'الحدود الجزائرية PART_OF الجزائر']));
  });

  it('does not read a direction before a city as a region («شمال باريس» stays the city\'s outskirts)', () => {
    const x = plain.extract('نفذت المداهمة في ضاحية سان دوني شمال باريس.');
    expect(x.entities.some((e) => e.name_ar === 'شمال باريس')).toBe(false);
  });
});

describe('nationality and origin', () => {
  it('reads where a traveller came from, and not the country of that city as a second origin', () => {
    const f = facts(plain.extract('وكشفت الأبحاث أن الموقوف، الذي كان قادما من مدينة مرسيليا الفرنسية، سبق له أن أقام ببروكسل.'));
    expect(f.some((x) => x.endsWith(' CAME_FROM مرسيليا'))).toBe(true);
    expect(f).toContain('مرسيليا LOCATED_IN فرنسا');
    expect(f.some((x) => x.endsWith(' CAME_FROM فرنسا'))).toBe(false);
  });

  it('gives «أحد الموقوفين، وهو إسباني من أصل مغربي» to the person, not to the detainees', () => {
    const f = facts(plain.extract('وأوقفت المصالح الأمنية ثلاثة أشخاص، وكشفت الأبحاث أن أحد الموقوفين، وهو إسباني من أصل مغربي، كان يتولى استقطاب شبان.'));
    expect(f.some((x) => /^أحد الموقوفين.* NATIONAL_OF إسبانيا$/.test(x))).toBe(true);
    expect(f.some((x) => /^أحد الموقوفين.* FROM المغرب$/.test(x))).toBe(true);
    expect(f.some((x) => x.startsWith('ثلاثة أشخاص NATIONAL_OF'))).toBe(false);
  });
});

describe('court cases: appeals and the defence', () => {
  it('reads who appealed which verdict, by the noun and by the verb with its pronoun', () => {
    const f = facts(plain.extract('وكانت غرفة الجنايات الابتدائية قد أصدرت حكمها في أكتوبر 2011، قبل أن يستأنفه دفاع المتهمين والنيابة العامة.'));
    expect(f).toEqual(expect.arrayContaining(['دفاع المتهمين APPEALED حكمها', 'النيابة العامة APPEALED حكمها']));
    const g = facts(plain.extract('وقررت المحكمة رفع العقوبة بعد استئناف النيابة العامة للحكم الابتدائي.'));
    expect(g.some((x) => x.startsWith('النيابة العامة APPEALED'))).toBe(true);
  });

  it('makes «دفاع المتهمين» a party, not the defendants themselves', () => {
    const x = plain.extract('وطالب دفاع المتهمين بالبراءة.');
    expect(x.entities.map((e) => e.name_ar)).toContain('دفاع المتهمين');
    expect(x.entities.some((e) => e.name_ar === 'المتهمين')).toBe(false);
  });
});

describe('organisations of the Sahel', () => {
  it('reads a claim, the leader after «تحت زعامة», where it is active and what «هذه الجماعة» and «التنظيم الأخير» point to', () => {
    const x = plain.extract(
      'تبنت جماعة نصرة الإسلام والمسلمين، التابعة لتنظيم القاعدة، هجوما استهدف ثكنة للجيش. وتأسست هذه الجماعة في مارس 2017 تحت زعامة إياد أغ غالي. وتنشط الجماعة في مالي والنيجر، حيث تواجه تنظيم "ولاية داعش بالساحل". وقتل زعيم التنظيم الأخير عدنان أبو وليد الصحراوي سنة 2021.',
    );
    const f = facts(x);
    expect(f).toEqual(
      expect.arrayContaining([
        'جماعة نصرة الإسلام والمسلمين CLAIMED هجوما',
        'جماعة نصرة الإسلام والمسلمين ACTIVE_IN مالي',
        'جماعة نصرة الإسلام والمسلمين ACTIVE_IN النيجر',
        'عدنان أبو وليد الصحراوي LEADS ولاية داعش بالساحل',
      ]),
    );
    expect(f.some((s) => /FOUNDED جماعة نصرة الإسلام والمسلمين$/.test(s))).toBe(true);
    expect(x.entities.filter((e) => e.kind === 'Person').map((e) => e.name_ar)).toEqual(expect.arrayContaining(['إياد أغ غالي', 'عدنان أبو وليد الصحراوي']));
    expect(x.entities.some((e) => e.name_ar === 'التنظيم الأخير')).toBe(false);
  });
});

describe('documents of foreign governments, memberships and calls', () => {
  it('reads what a report praises, far after its issuer, and never its issuer', () => {
    const f = facts(extractor.extract('أشاد تقرير وزارة الخارجية الأمريكية حول الإرهاب لسنة 2022، الصادر يوم الخميس 30 نونبر 2023، بالاستراتيجية الشاملة التي يعتمدها المغرب. ونوه التقرير بدور المكتب المركزي للأبحاث القضائية.'));
    expect(f).toEqual(expect.arrayContaining(['وزارة الخارجية الأمريكية ISSUED تقرير', 'تقرير PRAISED الاستراتيجية المنسجمة للمغرب', 'المغرب ADOPTED الاستراتيجية المنسجمة للمغرب', 'تقرير PRAISED المكتب المركزي للأبحاث القضائية']));
    expect(f.some((s) => s.startsWith('تقرير PRAISED وزارة'))).toBe(false);
    // the State Department is no Moroccan ministry of the lexicon
    expect(f.some((s) => s.includes('وزارة الشؤون الخارجية'))).toBe(false);
  });

  it('reads «مقاربة مندمجة» as a policy, membership of a body, and who called whom', () => {
    const x = plain.extract('وواصلت المملكة تنفيذ مقاربة مندمجة. والمغرب عضو في التحالف الدولي ضد داعش. وأجرى الرئيس الفرنسي فرانسوا هولاند اتصالا هاتفيا مع الملك محمد السادس.');
    expect(x.entities.some((e) => e.kind === 'Document' && e.name_ar === 'مقاربة مندمجة')).toBe(true);
    const f = facts(x);
    expect(f.some((s) => /^المغرب MEMBER_OF التحالف الدولي/.test(s))).toBe(true);
    expect(f.some((s) => /هولاند CALLED .*محمد السادس/.test(s))).toBe(true);
    expect(f.some((s) => s.startsWith('فرنسا CALLED'))).toBe(false);
  });
});

describe('videos, notices and the targets of plots abroad', () => {
  it('makes a video a document the people who appear in it APPEARED_IN', () => {
    const f = facts(plain.extract('أوقفت المصالح الأمنية خمسة متطرفين. وقد ظهر عدد منهم في شريط فيديو يعلنون فيه البيعة لتنظيم داعش. وكان زعيم الجماعة قد ظهر في شريط فيديو سنة 2017.'));
    expect(f).toContain('خمسة متطرفين APPEARED_IN شريط فيديو');
    expect(f.some((s) => /^زعيم .*APPEARED_IN شريط فيديو/.test(s))).toBe(true);
  });

  it('reads a red notice issued by Interpol, and a church as the site a plot aims at', () => {
    const x = plain.extract('وكان مطلوبا بموجب نشرة حمراء صادرة عن الأنتربول للاشتباه في ارتباطه بخلية كانت تخطط لهجوم على كنيسة بمدينة ليون.');
    expect(x.entities.some((e) => e.kind === 'Place' && e.name_ar === 'كنيسة')).toBe(true);
    expect(facts(x)).toEqual(expect.arrayContaining(['الأنتربول ISSUED نشرة حمراء', 'كنيسة LOCATED_IN ليون']));
  });
});
