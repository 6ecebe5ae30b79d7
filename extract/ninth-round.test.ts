/**
 * The ninth round's rules on sentences of their own (not the dev articles'): known things an article names by a
 * description only — a site by the place it lies in, the plot the reader already knows — and the number of a cell.
 */
import { describe, expect, it } from 'vitest';
import { readersOf } from '../test/extraction-facts.ts';
import { createExtractor } from './index.ts';
import type { KnownEntity } from './types.ts';

const known: KnownEntity[] = [
  { id: 'errachidia', kind: 'Place', names: ['إقليم الرشيدية', 'الرشيدية', 'Errachidia', 'Errachidia Province'] },
  { id: 'figuig', kind: 'Place', names: ['إقليم فجيج', 'فجيج', 'Figuig'] },
  { id: 'cache', kind: 'Place', names: ['مخبأ للأسلحة', 'Weapons cache in Errachidia Province'] },
  { id: 'plot', kind: 'Event', names: ['مخطط إرهابي بالغ الخطورة', 'Foiled terrorist plot'] },
  { id: 'cells', kind: 'Cell', names: ['الخلايا الإرهابية المفككة', 'Dismantled cells'] },
];
const extractor = createExtractor(known);
const { read } = readersOf(extractor);
const linked = (text: string, kind: string): (string | null)[] =>
  extractor.extract(text).entities.filter((e) => e.kind === kind).map((e) => e.existingId);

describe('a known site by its place', () => {
  it('links a cache found in the province the known cache is named after', () => {
    expect(linked('وعثر المحققون على أسلحة نارية داخل مخبأ بإقليم الرشيدية', 'Place')).toContain('cache');
  });

  it('keeps a cache in another province new', () => {
    const ids = linked('وعثر المحققون على أسلحة نارية داخل مخبأ بإقليم فجيج', 'Place');
    expect(ids).toContain('figuig');
    expect(ids).not.toContain('cache');
  });
});

describe('the plot the reader knows', () => {
  it('links a plot an article names first with the article to the one plot the graph knows', () => {
    expect(linked('وأظهرت الأبحاث أن المخطط الإرهابي كان يستهدف مقرات أمنية', 'Event')).toContain('plot');
  });

  it('keeps a plot the article introduces new, even when it is named again with the article', () => {
    const ids = linked('أحبطت المصالح الأمنية مخططا إرهابيا جديدا. وكان المخطط الإرهابي يستهدف منشآت سياحية', 'Event');
    expect(ids).not.toContain('plot');
  });
});

describe('the number of a cell', () => {
  it('never takes one dismantled cell for the dismantled cells as a whole', () => {
    expect(linked('وكانت الخلية المفككة بمدينة طنجة تخطط لاستهداف مقرات أمنية', 'Cell')).not.toContain('cells');
  });

  it('takes the dismantled cells for the known whole', () => {
    expect(linked('وأشار إلى أن الخلايا الإرهابية التي تم تفكيكها تجاوز عددها المئات', 'Cell')).toContain('cells');
  });
});

describe('what a role says of an event', () => {
  it('makes the mastermind of an attack the one who planned it', () => {
    expect(read('وكشفت التحقيقات أن العقل المدبر للهجوم الإرهابي تلقى تعليمات من الخارج')).toContain('العقل المدبر PLANNED الهجوم الإرهابي');
  });

  it('has a press conference held, not conducted', () => {
    expect(read('وقال مدير المكتب المركزي للأبحاث القضائية خلال ندوة صحفية عقدها بسلا إن الخلية كانت تخطط لهجمات').some((f) => / HELD ندوة صحفية$/.test(f))).toBe(true);
  });
});

describe('a counted group and its qualifiers', () => {
  const groups = (text: string): string[] => extractor.extract(text).entities.filter((e) => e.kind === 'Group').map((e) => e.name_ar);

  it('names a counted group with the adjectives after its noun', () => {
    expect(groups('وأدانت المحكمة خمسة عناصر متورطين في الهجوم')).toEqual(['خمسة عناصر متورطين']);
    expect(groups('وأسفرت العملية عن توقيف ثلاثة أشخاص متطرفين في مدينة فاس')).toEqual(['ثلاثة أشخاص متطرفين']);
  });

  it('keeps the nationality of a counted group a fact when it names it', () => {
    const x = extractor.extract('وأوقفت الشرطة ثلاثة مواطنين جزائريين');
    expect(x.entities.find((e) => e.kind === 'Group')?.name_ar).toBe('ثلاثة مواطنين جزائريين');
    expect(x.facts.some((f) => f.type === 'NATIONAL_OF')).toBe(true);
  });

  it('reads a plural adjective after a plural of people as its adjective, not as two people', () => {
    expect(groups('وتم توقيف أربعة أشخاص مشتبهين في مدينة طنجة')).toEqual(['أربعة أشخاص مشتبهين']);
  });
});

describe('what an operation seized', () => {
  it('gives the dismantling what the searches after it seized, not the arrest told with it', () => {
    const f = read('عنوان\n\nفككت المصالح الأمنية خلية إرهابية تتكون من أربعة عناصر تم توقيفهم بمدينة وجدة.\n\nوأسفرت عمليات التفتيش عن حجز أسلحة بيضاء وهواتف نقالة.');
    expect(f.filter((x) => x.startsWith('تفكيك خلية إرهابية SEIZED '))).toHaveLength(2);
    expect(f.some((x) => x === 'عمليات التفتيش PART_OF تفكيك خلية إرهابية')).toBe(true);
  });
});

describe('who an investigation is about', () => {
  it('reads those put under an investigation, by a verb or its verbal noun', () => {
    const about = (text: string): string[] => {
      const x = extractor.extract(text);
      return x.facts.filter((f) => f.type === 'CONCERNS').map((f) => x.entities.find((e) => e.key === f.target)?.name_ar ?? '');
    };
    expect(about('وأوضح البلاغ أن العائدين الثمانية سيخضعون لبحث قضائي تحت إشراف النيابة العامة المختصة')).toEqual(['العائدين الثمانية']);
    expect(about('وتم إخضاع الموقوفين الأربعة للبحث القضائي')).toEqual(['الموقوفين الأربعة']);
  });
});

describe('seized items named again', () => {
  it('takes «الأسلحة المحجوزة» for the weapons seized before', () => {
    const x = extractor.extract('عنوان\n\nأوقفت الشرطة ثلاثة متطرفين بمدينة طنجة وحجزت أسلحة نارية وذخيرة.\n\nوقد تم إخضاع الأسلحة المحجوزة للخبرة التقنية.');
    const weapons = x.entities.filter((e) => e.kind === 'Item' && e.properties['item_type'] === 'weapons');
    expect(weapons).toHaveLength(1);
    expect(x.mentions.filter((m) => m.entity === weapons[0]?.key).map((m) => m.sentence)).toEqual([1, 2]);
  });
});

describe('an event at a site', () => {
  it('took place in the named place the site lies in as well', () => {
    const f = read('وقتل المشتبه فيه خلال مداهمة نفذتها الشرطة بشقة في ضاحية سان دوني شمال باريس');
    expect(f).toEqual(expect.arrayContaining(['مداهمة TOOK_PLACE_IN شقة', 'مداهمة TOOK_PLACE_IN سان دوني']));
  });
});

describe('a plan that is a plot', () => {
  const events = (text: string): string[] => extractor.extract(text).entities.filter((e) => e.kind === 'Event').map((e) => String(e.properties['event_type']));

  it('reads a plan as a plot when it is foiled or told with what it was meant to do', () => {
    expect(events('وتمكنت المصالح الأمنية من إحباط مخطط كان يستهدف مقرات أمنية')).toContain('plot');
    expect(events('وكان المخطط يستهدف منشآت حيوية بمدينة الرباط')).toContain('plot');
  });

  it('leaves a national plan and the generic foiling of plots alone', () => {
    expect(events('وأعلنت الحكومة عن المخطط الوطني للماء')).not.toContain('plot');
    expect(events('وتعكس العملية نجاعة المقاربة في إحباط المخططات التخريبية')).not.toContain('plot');
  });
});

describe('a collective the graph knows by its head alone', () => {
  const general: KnownEntity[] = [
    { id: 'groups', kind: 'Organization', names: ['التنظيمات والجماعات الإرهابية', 'Terrorist organisations and groups'] },
    { id: 'sahel-groups', kind: 'Organization', names: ['التنظيمات الإرهابية بمنطقة الساحل', 'Sahel terrorist organisations'] },
  ];
  const x = createExtractor(general);
  const linked = (text: string): (string | null)[] => x.extract(text).entities.filter((e) => e.kind === 'Organization').map((e) => e.existingId);

  it('links a definite plural with nothing to tell it apart to the general collective', () => {
    expect(linked('وتسعى التنظيمات الإرهابية إلى إيجاد موطئ قدم لها في المنطقة')).toEqual(['groups']);
  });

  it('links a collective its clause tells apart to the one it names, and keeps a qualified one new', () => {
    expect(linked('وتواصل التنظيمات الإرهابية الناشطة في منطقة الساحل تجنيد الشباب')).toEqual(['sahel-groups']);
    expect(linked('وحذر التقرير من الجماعات المتطرفة')).not.toContain('groups');
  });
});

describe('claims and information', () => {
  it('gives an attack to the organisation of the relative clause that claims it, and to one announcing its responsibility', () => {
    expect(read('وكانت الهجمات، التي تبناها تنظيم داعش، قد خلفت عشرات القتلى').some((f) => /CLAIMED الهجمات$/.test(f))).toBe(true);
    expect(read('وأعلن تنظيم داعش مسؤوليته عن الهجوم الذي استهدف مقرا أمنيا').some((f) => /CLAIMED الهجوم$/.test(f))).toBe(true);
  });

  it('reads the recipient of information after «إلى»', () => {
    const known2: KnownEntity[] = [{ id: 'dgst', kind: 'Agency', names: ['المديرية العامة لمراقبة التراب الوطني'] }];
    const f = readersOf(createExtractor(known2)).read('وساهمت المعلومات التي قدمتها المديرية العامة لمراقبة التراب الوطني إلى الشرطة الإسبانية في تفكيك الخلية');
    expect(f.some((x) => /^المديرية العامة لمراقبة التراب الوطني PROVIDED_INTELLIGENCE_TO الشرطة/.test(x))).toBe(true);
  });
});


describe('heads of state and locating people', () => {
  it('makes a president named by his state\'s nisba its head, and keeps a minister its national', () => {
    expect(read('وأجرى الرئيس الفرنسي فرانسوا هولاند اتصالا هاتفيا مع نظيره')).toContain('فرانسوا هولاند HEADS فرنسا');
    expect(read('وقال وزير الداخلية الإسباني إن التعاون ممتاز').some((f) => / HEADS إسبانيا$/.test(f))).toBe(false);
  });

  it('gives the locating of a person to whoever gave the information that made it possible, else to the actor', () => {
    const known2: KnownEntity[] = [{ id: 'dgst', kind: 'Agency', names: ['المديرية العامة لمراقبة التراب الوطني'] }];
    const f = readersOf(createExtractor(known2)).read('وساهمت المعلومات التي قدمتها المديرية العامة لمراقبة التراب الوطني إلى الشرطة الإسبانية في تحديد مكان المدعو يوسف الزاوي');
    expect(f.some((x) => /^المديرية العامة لمراقبة التراب الوطني HELPED_LOCATE /.test(x))).toBe(true);
    expect(read('وتمكنت عناصر الشرطة القضائية من تحديد هوية المشتبه فيهم').some((x) => / IDENTIFIED المشتبه فيهم$/.test(x))).toBe(true);
  });
});

describe('videos of allegiance', () => {
  it('puts who pledged allegiance through a video, or appeared in it after a quantifier, in the video', () => {
    const f = read('عنوان\n\nأوقفت الشرطة خمسة متطرفين بمدينة فاس.\n\nوقد ظهر عدد من الموقوفين في شريط فيديو. إذ بايع جميع الموقوفين التنظيم عبر شريط مصور.');
    expect(f).toContain('خمسة متطرفين APPEARED_IN شريط فيديو');
    expect(f).toContain('خمسة متطرفين APPEARED_IN شريط مصور');
  });
});

describe('one of the suspects convicted before', () => {
  it('makes the one of them the defendant of a passive conviction, not the group named inside his phrase', () => {
    const f = read('عنوان\n\nأوقفت الشرطة خمسة متطرفين بمدينة فاس.\n\nوأضاف المصدر أن أحد الموقوفين سبق أن أدين في قضية تتعلق بالإرهاب.');
    expect(f.filter((x) => x.startsWith('أدين TARGETED'))).toEqual(['أدين TARGETED أحد الموقوفين في خمسة متطرفين']);
  });
});

describe('watching a target', () => {
  it('makes the one charged with watching security sites their surveiller', () => {
    expect(read('وكان الموقوف الثاني يتولى رصد مقرات أمنية بمدينة طنجة')).toContain('الموقوف الثاني SURVEILLED مقرات أمنية');
  });
});

describe('an organisation loyal to another', () => {
  it('gives «الموالية لـ» to the organisation right before it', () => {
    expect(read('وكانت الشبكة تجند شبابا لفائدة "جماعة نصرة الإسلام والمسلمين" الموالية لتنظيم القاعدة')).toContain('جماعة نصرة الإسلام والمسلمين AFFILIATED_WITH تنظيم القاعدة');
  });
});
