/**
 * The fifth round's rule families on sentences of their own (not the dev articles'): attacks, their perpetrators and
 * their victims, armies of the Sahel states, court sentences naming defendants, mergers of organisations, awards and
 * counterparts, weapons and money sent to a cell.
 */
import { describe, expect, it } from 'vitest';
import { factsOf as facts } from '../test/extraction-facts.ts';
import { createExtractor } from './index.ts';
import type { KnownEntity } from './types.ts';

const known: KnownEntity[] = [
  { id: 'bcij', kind: 'Agency', names: ['المكتب المركزي للأبحاث القضائية', 'BCIJ'] },
  { id: 'daesh', kind: 'Organization', names: ['تنظيم داعش', 'داعش'] },
];
const extractor = createExtractor(known);
const read = (text: string): string[] => facts(extractor.extract(text));
const linkedIds = (text: string): string[] => extractor.extract(text).entities.flatMap((e) => (e.existingId === null ? [] : [e.existingId]));

describe('attacks, perpetrators and victims', () => {
  it('takes the organisation after «شنته» for the attack\'s perpetrator, not its target', () => {
    const f = read('أودى هجوم شنته جماعة "أنصار الإسلام" يوم الأحد 3 مارس 2024 بحياة مئات المدنيين في بلدة كايا.');
    expect(f).toContain('جماعة أنصار الإسلام CONDUCTED هجوم');
    expect(f).not.toContain('هجوم TARGETED جماعة أنصار الإسلام');
    expect(f).toContain('هجوم KILLED مئات المدنيين');
  });

  it('ties the dead of «أسفر عن مقتل 12 جنديا» to the attack of the clause', () => {
    expect(read('وأسفر الهجوم الذي استهدف ثكنة عسكرية عن مقتل 12 جنديا.')).toContain('الهجوم KILLED 12 جنديا');
  });

  it('reads gunmen of an organisation as its act and the dead after them as the attack\'s victims', () => {
    const f = read('قتل مسلحون من جماعة "أنصار الإسلام" أزيد من 40 شخصا في هجوم على قرية بشمال النيجر.');
    expect(f).toContain('جماعة أنصار الإسلام CONDUCTED هجوم');
    expect(f).toContain('هجوم KILLED أزيد من 40 شخصا');
    expect(f.some((x) => x.endsWith('TARGETED جماعة أنصار الإسلام'))).toBe(false);
  });

  it('ties an army to its country by the nisba, «المالي» only after an armed force', () => {
    expect(read('وأعلن الجيش المالي حصيلة الهجوم.')).toContain('الجيش المالي BASED_IN مالي');
    expect(read('ونفذت القوات المسلحة البوركينابية عملية تمشيط.')).toContain('القوات المسلحة البوركينابية BASED_IN بوركينا فاسو');
    expect(read('وقدمت الوزارة الدعم المالي للجمعيات.').some((x) => x.includes('مالي BASED_IN') || x.endsWith('مالي'))).toBe(false);
  });
});

describe('court sentences naming defendants', () => {
  it('reads a name after «في حق» or a court\'s verb as the defendant, an everyday given name included', () => {
    const f = read('قضت غرفة الجنايات بملحقة محكمة الاستئناف بسلا بعشر سنوات سجنا في حق حسن البقالي، فيما أدانت الهيئة ذاتها عمر الزياني بخمس سنوات.');
    expect(f).toContain('غرفة الجنايات SENTENCED حسن البقالي');
    expect(f).toContain('غرفة الجنايات SENTENCED عمر الزياني');
  });

  it('leaves an everyday given name without a title or a court alone', () => {
    const x = extractor.extract('وقال حسن البقالي إن الوضع مستقر.');
    expect(x.entities.some((e) => e.kind === 'Person')).toBe(false);
  });

  it('names a court with its seat, so two courts of appeal stay two', () => {
    const x = extractor.extract('أصدرت غرفة الجنايات بمحكمة الاستئناف بالرباط حكمها. وكانت محكمة الاستئناف بفاس قد أدانت في وقت سابق محمد العلمي بالسجن.');
    const courts = x.entities.filter((e) => e.kind === 'Agency' && e.name_ar.startsWith('محكمة')).map((e) => e.name_ar);
    expect(courts.sort()).toEqual(['محكمة الاستئناف بالرباط', 'محكمة الاستئناف بفاس']);
    expect(facts(x)).toContain('محكمة الاستئناف بفاس SENTENCED محمد العلمي');
    expect(facts(x)).toContain('غرفة الجنايات ISSUED حكمها');
  });

  it('keeps the dead of an attack out of the suspects a ranked defendant belongs to', () => {
    const f = read('وكانت التفجيرات قد أودت بحياة 45 شخصا. وقضت المحكمة بالإعدام في حق المتهم الرئيسي.');
    expect(f.some((x) => x.includes('MEMBER_OF 45 شخصا'))).toBe(false);
  });
});

describe('weapons and money sent to a cell, instructions received', () => {
  it('reads a finite verb\'s subject after it and the things after «ب»: «زود هذا المنسق أعضاء الخلية بمبالغ مالية»', () => {
    const f = read('كان أفراد الخلية يتلقون تعليمات من منسق يقيم في ليبيا. وقد زود هذا المنسق أعضاء الخلية بمبالغ مالية مهمة، كما أرسل إليهم مسدسا وذخيرة.');
    expect(f).toContain('منسق DIRECTED أفراد الخلية');
    expect(f).toContain('منسق SUPPLIED أفراد الخلية');
    expect(f).toContain('منسق SUPPLIED مبالغ مالية');
    expect(f.filter((x) => x.startsWith('منسق SENT') && /مسدسا|ذخيرة/.test(x))).toHaveLength(2);
  });

  it('sends to the people after «الى» for the subject before the verb: «بعث القيادي الى أعضاء الخلية بأسلحة نارية»', () => {
    const f = read('وأكد أن القيادي بعث الى أعضاء الخلية بأسلحة نارية, عثر عليها لاحقا.');
    expect(f).toContain('القيادي SENT أسلحة نارية');
    expect(f.some((x) => x.startsWith('القيادي SENT') && x.includes('الخلية'))).toBe(true);
  });

  it('does not take a security operation for what a leader pays for', () => {
    const f = read('تم تفكيك الخلية في عملية أمنية. وكان القيادي يعتزم تمويل العمليات وتزويدهم بالأسلحة.');
    expect(f.some((x) => x.includes('FINANCED') && x.includes('عملية'))).toBe(false);
  });
});

describe('mergers of organisations', () => {
  it('reads «اندمجت A مع B … ليولد تنظيم جديد حمل اسم "C"»: the merger, its members and what they formed', () => {
    const f = read('اندمجت جماعة "الفتح" مع حركة الجهاد الإسلامي في ماي 2012، ليولد تنظيم جديد حمل اسم "الأنصار".');
    expect(f).toContain('جماعة الفتح MERGED_WITH حركة الجهاد الإسلامي');
    expect(f).toContain('جماعة الفتح MERGED_INTO الأنصار');
    expect(f).toContain('حركة الجهاد الإسلامي MERGED_INTO الأنصار');
    expect(f.some((x) => x.includes('ON_DATE ماي 2012'))).toBe(true);
  });

  it('takes factions named in the genitive or by a foreign name, and «تحالفت … لتشكيل»', () => {
    const f = read('تحالفت جماعة "الفتح" مع جماعة أنصار الشريعة وكتيبة ماسينا لتشكيل جماعة نصرة الإسلام والمسلمين.');
    expect(f).toContain('جماعة أنصار الشريعة MERGED_INTO جماعة نصرة الإسلام والمسلمين');
    expect(f).toContain('كتيبة ماسينا MERGED_INTO جماعة نصرة الإسلام والمسلمين');
  });

  it('founds the organisation of the sentence from the factions after «أبرزها», which «الجماعة» does not mean next', () => {
    const x = extractor.extract('وتأسست هذه الجماعة سنة 2017 بعد اندماج أربعة فصائل، أبرزها جماعة أنصار الشريعة. وتنشط الجماعة في مالي.');
    expect(facts(x).filter((f) => f.endsWith('ACTIVE_IN مالي')).some((f) => f.startsWith('جماعة أنصار الشريعة'))).toBe(false);
  });

  it('reads joining under a banner: «انضوى هذا التنظيم تحت لواء …»', () => {
    expect(read('وانضوت جماعة "الفتح" تحت لواء تنظيم "داعش" سنة 2019.')).toContain('جماعة الفتح JOINED تنظيم داعش');
  });
});

describe('awards, appointments and meetings', () => {
  it('reads «وشح X Y بوسام …»: the giver after the finite verb awards the person after him the decoration', () => {
    const x = extractor.extract('وشح وزير الداخلية الفرنسي جيرالد دارمانان، يوم الاثنين بباريس، عبد اللطيف الحموشي بوسام جوقة الشرف, تقديرا لجهوده.');
    const f = facts(x);
    expect(f).toContain('جيرالد دارمانان AWARDED عبد اللطيف الحموشي');
    expect(f).toContain('عبد اللطيف الحموشي RECEIVED وسام جوقة الشرف');
    expect(f.some((y) => y.endsWith('TOOK_PLACE_IN باريس') && y.startsWith('وشح'))).toBe(true);
    expect(x.entities.find((e) => e.name_ar === 'وسام جوقة الشرف')?.kind).toBe('Document');
  });

  it('takes a state before the verb or the noun for the giver: «قررت فرنسا توشيح الحموشي بوسام …»', () => {
    const f = read('وكانت فرنسا قد قررت سنة 2015 توشيح عبد اللطيف الحموشي بوسام جوقة الشرف.');
    expect(f).toContain('فرنسا AWARDED عبد اللطيف الحموشي');
    expect(f).toContain('توشيح ON_DATE سنة 2015');
  });

  it('reads an appointment at the head of an agency for the appointee, not the king', () => {
    const f = read('وقد عين الملك محمد السادس عبد اللطيف الحموشي على رأس المديرية العامة للأمن الوطني.');
    expect(f).toContain('الملك محمد السادس APPOINTED عبد اللطيف الحموشي');
    expect(f).toContain('عبد اللطيف الحموشي HEADS المديرية العامة للأمن الوطني');
    expect(f).not.toContain('الملك محمد السادس HEADS المديرية العامة للأمن الوطني');
  });

  it('reads a meeting with a counterpart: «عقد X لقاء مع نظيره المغربي Y»', () => {
    const f = read('وعقد وزير الداخلية الإسباني فرناندو غراندي مارلاسكا لقاء مع نظيره المغربي عبد الوافي لفتيت بالرباط.');
    expect(f).toContain('فرناندو غراندي مارلاسكا MET عبد الوافي لفتيت');
    expect(f).toContain('عبد الوافي لفتيت NATIONAL_OF المغرب');
  });
});

describe('the roles of an operation event and of the clause', () => {
  it('ties a referral to its agent after the verb, its people after the agent, and the official after «على»', () => {
    const f = read('أحالت عناصر المكتب المركزي للأبحاث القضائية، اليوم السبت، المشتبه فيهم الخمسة الموقوفين في إطار تفكيك الخلية على الوكيل العام للملك لدى محكمة الاستئناف بالرباط.');
    expect(f.some((x) => x.startsWith('المكتب المركزي للأبحاث القضائية CONDUCTED أحالت'))).toBe(true);
    expect(f.some((x) => x.startsWith('أحالت REFERRED_TO الوكيل العام للملك'))).toBe(true);
    expect(f).toContain('أحالت TARGETED المشتبه فيهم الخمسة');
    // the court's seat is no place of the operation
    expect(f.some((x) => x.includes('تفكيك') && x.endsWith('TOOK_PLACE_IN الرباط'))).toBe(false);
  });

  it('reads «بلاغ للمكتب» as the statement of the agency the article named in full', () => {
    const f = read('تمكن المكتب المركزي للأبحاث القضائية من تفكيك خلية. وأفاد بلاغ للمكتب أن أعضاء الخلية كانوا على اتصال بقيادي.');
    expect(f.some((x) => x.startsWith('المكتب المركزي للأبحاث القضائية ISSUED بلاغ'))).toBe(true);
  });

  it('reads where an organisation is active from a relative clause: «الجماعة، التي تنشط في مالي والنيجر»', () => {
    const f = read('وتبنت جماعة "أنصار الإسلام"، التي تنشط في مالي والنيجر، الهجوم.');
    expect(f).toContain('جماعة أنصار الإسلام ACTIVE_IN مالي');
    expect(f).toContain('جماعة أنصار الإسلام ACTIVE_IN النيجر');
  });

  it('names the leader after «يقودها» though his given name is no listed one, and reads «بايع جميع الموقوفين التنظيم»', () => {
    expect(read('وكانت جماعة "الفتح" التي يقودها مختار بلمختار تنشط في الساحل.')).toContain('مختار بلمختار HEADS جماعة الفتح');
    const f = read('أوقفت المصالح الأمنية خمسة متطرفين. وقد بايع جميع الموقوفين تنظيم "داعش" عبر شريط مصور.');
    expect(f.some((x) => x.includes('PLEDGED_ALLEGIANCE_TO تنظيم داعش'))).toBe(true);
  });

  it('takes the object of «استهدف» after a date between them', () => {
    expect(read('وأسفر هجوم استهدف يوم 17 شتنبر 2024 ثكنة عسكرية عن مقتل 12 جنديا.').some((x) => x.endsWith('TARGETED ثكنة عسكرية'))).toBe(true);
  });
});

describe('targets of attacks', () => {
  it('names public places by the words after their head, a country inside the name included, and reads a VSO «استهدفت التفجيرات …»', () => {
    const x = extractor.extract('وقد استهدفت التفجيرات فندق فرح ومطعم دار إسبانيا بالدار البيضاء.');
    const f = facts(x);
    expect(f).toContain('التفجيرات TARGETED فندق فرح');
    expect(f).toContain('التفجيرات TARGETED مطعم دار إسبانيا');
    expect(x.entities.some((e) => e.name_ar === 'إسبانيا')).toBe(false);
  });

  it('takes the plot of the clause for what aims, not the operation that foiled it', () => {
    const f = read('وأكد أن المخطط الإرهابي الذي أحبطته العملية كان يستهدف منشآت أمنية.');
    expect(f).toContain('المخطط الإرهابي TARGETED منشآت أمنية');
    expect(f.some((x) => x.startsWith('العملية TARGETED'))).toBe(false);
  });

  it('reads «عدة خلايا» as cells', () => {
    const x = extractor.extract('وقد فككت المصالح الأمنية خلال السنوات الأخيرة عدة خلايا كانت تعمل على إرسال متطوعين.');
    expect(x.entities.some((e) => e.kind === 'Cell')).toBe(true);
  });
});

describe('more roles: where an arrest took place, the victims\' countries, clashes, the leader of a merger', () => {
  it('takes the place after the arrested person for the arrest\'s place', () => {
    expect(read('وكانت عناصر الفرقة الوطنية للشرطة القضائية قد أوقفت المتهم الرئيسي بآسفي.').some((x) => x.endsWith('TOOK_PLACE_IN آسفي'))).toBe(true);
  });

  it('reads the victims\' nationality from «أغلبهم سياح أجانب من فرنسا وسويسرا»', () => {
    const f = read('وقد أودى التفجير بحياة 17 شخصا أغلبهم سياح أجانب من فرنسا وسويسرا.');
    expect(f).toContain('17 شخصا NATIONAL_OF فرنسا');
    expect(f).toContain('17 شخصا NATIONAL_OF سويسرا');
  });

  it('reads clashes: «تخوض مواجهات مع الجيش المالي ومع تنظيم …»', () => {
    const f = read('وتنشط جماعة "الفتح" في مالي، حيث تخوض مواجهات مع الجيش المالي ومع تنظيم "داعش".');
    expect(f).toContain('جماعة الفتح FIGHTS الجيش المالي');
    expect(f).toContain('جماعة الفتح FIGHTS تنظيم داعش');
  });

  it('gives the leader named after the factions of a merger the organisation they formed', () => {
    const f = read('وتأسست جماعة "الفتح" سنة 2017 بعد اندماج أربعة فصائل، أبرزها جماعة أنصار الشريعة وكتيبة ماسينا، تحت زعامة إياد أغ غالي.');
    expect(f).toContain('إياد أغ غالي HEADS جماعة الفتح');
    expect(f).not.toContain('إياد أغ غالي HEADS كتيبة ماسينا');
  });
});

describe('smuggling networks and what a site holds', () => {
  it('reads a smuggling network as an organisation named by its trade', () => {
    const x = extractor.extract('وفككت المصالح الأمنية شبكة للاتجار في البشر، فيما تعتمد الجماعات على شبكات تهريب الأسلحة والمخدرات.');
    const orgs = x.entities.filter((e) => e.kind === 'Organization').map((e) => e.name_ar);
    expect(orgs).toContain('شبكة للاتجار في البشر');
    expect(orgs).toContain('شبكات تهريب الأسلحة والمخدرات');
    expect(x.entities.some((e) => e.kind === 'Cell')).toBe(false);
  });

  it('puts what a cache holds in the cache, not in its province', () => {
    const f = read('وعثرت المصالح الأمنية على مخبأ للأسلحة بإقليم الرشيدية، يضم بنادق ومسدسات.');
    expect(f).toContain('بنادق LOCATED_IN مخبأ للأسلحة');
    expect(f).toContain('مسدسات LOCATED_IN مخبأ للأسلحة');
  });
});

describe('foreign ministers and counterparts by title', () => {
  it('makes «وزير الداخلية الإسباني» head his country\'s ministry, based there', () => {
    const f = read('وقال وزير الداخلية الإسباني فرناندو غراندي مارلاسكا إن التعاون ممتاز.');
    expect(f).toContain('فرناندو غراندي مارلاسكا HEADS وزارة الداخلية الإسبانية');
    expect(f).toContain('وزارة الداخلية الإسبانية BASED_IN إسبانيا');
  });

  it('resolves «نظيره الإسباني» with no name after it to the Spanish official the article named', () => {
    const x = extractor.extract('حل وزير الداخلية الإسباني فرناندو غراندي مارلاسكا بالرباط. وأكد عبد الوافي لفتيت خلال لقاء مع نظيره الإسباني أن التعاون ممتاز.');
    expect(x.mentions.find((m) => m.rule === 'anaphor.counterpart')?.surface).toBe('نظيره الإسباني');
    expect(facts(x)).toContain('عبد الوافي لفتيت MET فرناندو غراندي مارلاسكا');
  });
});

describe('the case of a verdict and who carried out an attack told before', () => {
  it('ties a verdict to the case «في ملف …» it is given in', () => {
    expect(read('أصدرت غرفة الجنايات أحكاما في حق المتهمين في ملف تفجيرات 16 ماي 2003.')).toContain('أحكاما CONCERNS تفجيرات');
  });

  it('reads «ونفذها 14 انتحاريا» as the attack told before in the sentence, carried out by them', () => {
    const f = read('وقد استهدفت التفجيرات فندق فرح بالدار البيضاء، ونفذها 14 انتحاريا ينتمون الى جماعة "الفتح".');
    expect(f).toContain('14 انتحاريا CONDUCTED التفجيرات');
    expect(f).toContain('14 انتحاريا MEMBER_OF جماعة الفتح');
  });
});

describe('ranks and nicknames', () => {
  it('reads «ينشط في صفوف X» as membership and «يلقب بـ"…"» as the nickname of the unnamed person of the clause', () => {
    const x = extractor.extract('كانوا يتلقون تعليمات من منسق ينشط في صفوف تنظيم "داعش" ويقيم في ليبيا، وهو تونسي الجنسية يلقب ب"أبو قتادة".');
    const f = facts(x);
    expect(f).toContain('أبو قتادة MEMBER_OF تنظيم داعش');
    expect(x.entities.filter((e) => e.kind === 'Person')).toHaveLength(1);
  });
});

describe('what a press conference is about', () => {
  it('reads «كشف X، خلال ندوة صحفية …، تفاصيل جديدة حول الخلية»', () => {
    const f = read('كشف مدير المكتب المركزي للأبحاث القضائية، خلال ندوة صحفية عقدها بسلا، تفاصيل جديدة حول خلية "الفتح".');
    expect(f).toContain('ندوة صحفية CONCERNS خلية الفتح');
  });
});

describe('branches of organisations and their founders', () => {
  it('reads «تنظيم الدولة الإسلامية في الصحراء الكبرى» as a branch of its own, not Daesh, and who founded it', () => {
    const x = extractor.extract('وأسس عدنان أبو وليد الصحراوي ما سمي لاحقا بتنظيم الدولة الإسلامية في الصحراء الكبرى.');
    expect(x.entities.some((e) => e.name_ar === 'تنظيم الدولة الإسلامية في الصحراء الكبرى' && e.existingId === null)).toBe(true);
    expect(facts(x)).toContain('عدنان أبو وليد الصحراوي FOUNDED تنظيم الدولة الإسلامية في الصحراء الكبرى');
  });

  it('keeps «تنظيم داعش في سوريا» Daesh', () => {
    expect(linkedIds('وينشط تنظيم "داعش" في سوريا.')).toContain('daesh');
  });
});
