/**
 * Rules of the genre on sentences of their own (not the dev articles'): a title and the name it stands
 * beside are one person, the source of «بناء على معلومات …» is no actor, the members of «من بينها …» are each
 * where a cell acts, the person who speaks at a press conference holds it.
 */
import { describe, expect, it } from 'vitest';
import { factsOf as facts } from '../test/extraction-facts.ts';
import { createExtractor } from './index.ts';
import type { KnownEntity } from './types.ts';

const known: KnownEntity[] = [
  { id: 'bcij', kind: 'Agency', names: ['المكتب المركزي للأبحاث القضائية', 'BCIJ'] },
  { id: 'dgst', kind: 'Agency', names: ['المديرية العامة لمراقبة التراب الوطني', 'DGST'] },
  { id: 'dgsn', kind: 'Agency', names: ['المديرية العامة للأمن الوطني', 'DGSN'] },
];
const extractor = createExtractor(known);

describe('rules of the genre', () => {
  it('takes a title and the name beside it for one person, with what the title governs between them', () => {
    const x = extractor.extract('قال رئيس المكتب المركزي للأبحاث القضائية، يوسف بنعلي، إن الخلية كانت تستعد لتنفيذ هجمات.');
    const people = x.entities.filter((e) => e.kind === 'Person');
    expect(people.map((p) => p.name_ar)).toEqual(['يوسف بنعلي']);
    expect(facts(x)).toContain('يوسف بنعلي HEADS المكتب المركزي للأبحاث القضائية');
  });

  it('makes the source of «بناء على معلومات …» the provider, not the actor of the operation', () => {
    const x = extractor.extract('أعلنت المديرية العامة للأمن الوطني أن المكتب المركزي للأبحاث القضائية تمكن، بناء على معلومات دقيقة للمديرية العامة لمراقبة التراب الوطني، من تفكيك خلية إرهابية بمدينة طنجة.');
    const all = facts(x);
    expect(all).toContain('المديرية العامة لمراقبة التراب الوطني PROVIDED_INTELLIGENCE_TO المكتب المركزي للأبحاث القضائية');
    expect(all.some((f) => f.startsWith('المكتب المركزي للأبحاث القضائية DISMANTLED'))).toBe(true);
    expect(all.some((f) => f.startsWith('المديرية العامة لمراقبة التراب الوطني DISMANTLED'))).toBe(false);
  });

  it('places a cell in each city of «بعدة مدن من بينها …»', () => {
    const x = extractor.extract('وكان أعضاء الخلية ينشطون بعدة مدن من بينها مراكش وأكادير وتزنيت.');
    const active = facts(x).filter((f) => f.includes(' ACTIVE_IN '));
    for (const city of ['مراكش', 'أكادير', 'تيزنيت']) expect(active.some((f) => f.endsWith(city))).toBe(true);
  });

  it('gives the press conference to the person who held it', () => {
    const x = extractor.extract('كشف مدير المكتب المركزي للأبحاث القضائية، يوسف بنعلي، خلال ندوة صحفية عقدها بالرباط، أن الخلية فككت.');
    expect(facts(x)).toContain('يوسف بنعلي HELD ندوة صحفية');
  });

  it('names a foreign official after his title and a comma', () => {
    const x = extractor.extract('وقال وزير الداخلية الفرنسي، جيرالد دارمانان، إن التعاون مع المغرب مثمر.');
    expect(x.entities.filter((e) => e.kind === 'Person').map((e) => e.name_ar)).toEqual(['جيرالد دارمانان']);
  });

  it('makes the chamber, not the court that hosts it, the judge; the chamber is part of that court', () => {
    const x = extractor.extract('أدانت غرفة الجنايات الابتدائية بملحقة محكمة الاستئناف بالرباط المدعو (م.ع) بخمس سنوات سجنا نافذا.');
    const all = facts(x);
    expect(all.some((f) => /^غرفة الجنايات\S* .*SENTENCED م.ع$/.test(f) || (f.startsWith('غرفة الجنايات') && f.endsWith('SENTENCED م.ع')))).toBe(true);
    expect(all.some((f) => f.startsWith('محكمة الاستئناف SENTENCED'))).toBe(false);
    expect(all.some((f) => f.startsWith('غرفة الجنايات') && f.includes(' PART_OF محكمة الاستئناف'))).toBe(true);
  });

  it('gives a nationality said by «وهو …» and a singular «يقيم» to the person, not to the cell', () => {
    const x = extractor.extract('وأضاف المصدر أن زعيم الخلية، وهو جزائري يقيم بمدينة وجدة، كان على اتصال بقيادي في تنظيم داعش.');
    const all = facts(x);
    expect(all.some((f) => f.startsWith('زعيم') && f.includes('NATIONAL_OF الجزائر'))).toBe(true);
    expect(all.some((f) => f.startsWith('زعيم') && f.endsWith('RESIDES_IN وجدة'))).toBe(true);
    expect(all.some((f) => f.includes('RESIDES_IN') && !f.startsWith('زعيم'))).toBe(false);
  });

  it('reads the «ruling» participle «القاضي ب…» as no judge', () => {
    const x = extractor.extract('أيدت المحكمة الحكم الابتدائي القاضي بالسجن ست سنوات في حق المتهم.');
    expect(x.entities.some((e) => e.kind === 'Person' && e.name_ar.includes('القاضي'))).toBe(false);
  });

  it('keeps the one contacted out of the doers of the next verb', () => {
    const x = extractor.extract('وكان زعيم الخلية على اتصال بقيادي في تنظيم داعش، وكان يتولى تمويل سفر المجندين نحو مالي.');
    expect(facts(x).filter((f) => f.includes(' FINANCED ')).every((f) => f.startsWith('زعيم'))).toBe(true);
    expect(facts(x).some((f) => f.includes(' FINANCED '))).toBe(true);
  });

  it('reads a year before «خلية» as the date of the act, not as a count of cells', () => {
    const x = extractor.extract('وكانت المصالح الأمنية قد فككت في شتنبر 2023 خلية مماثلة بمدينة تطوان.');
    const cell = x.entities.find((e) => e.kind === 'Cell');
    expect(cell?.properties['count']).toBeUndefined();
    expect(facts(x).some((f) => f.includes(' DISMANTLED خلية'))).toBe(true);
  });

  it('makes a person, not an organisation, of «بالمسمى» and a given name', () => {
    const x = extractor.extract('ويتعلق الأمر بالمسمى محمد أمين الزياني، البالغ من العمر 31 سنة.');
    expect(x.entities.filter((e) => e.kind === 'Organization')).toEqual([]);
    expect(x.entities.some((e) => e.kind === 'Person' && e.name_ar === 'محمد أمين الزياني')).toBe(true);
  });

  it('makes the people after «ويتعلق الأمر ب…» members of the counted group before', () => {
    const x = extractor.extract('أسفرت العملية عن توقيف ثلاثة أشخاص، ويتعلق الأمر بكل من محمد العلوي ويوسف الإدريسي وسعيد بناني.');
    const members = facts(x).filter((f) => f.endsWith('MEMBER_OF ثلاثة أشخاص'));
    expect(members.length).toBe(3);
  });

  it('makes a seizure with no operation in its sentence an event of its own', () => {
    const x = extractor.extract('تمكنت عناصر المكتب المركزي للأبحاث القضائية من حجز بندقيتين رشاشتين كانت مدفونة في مخبأ بضواحي مدينة بوعرفة.');
    const all = facts(x);
    expect(all.some((f) => f.startsWith('المكتب المركزي للأبحاث القضائية CONDUCTED حجز'))).toBe(true);
    expect(all.some((f) => f.startsWith('حجز SEIZED بندقيتين'))).toBe(true);
  });

  it('counts a group whose number follows the noun («متطرفين اثنين»)', () => {
    const x = extractor.extract('جاء الحجز بعد توقيف متطرفين اثنين بمدينة العيون.');
    expect(x.entities.find((e) => e.kind === 'Group')?.properties['count']).toBe(2);
  });

  it('reads «قيادي داعشي ينحدر من مالي» as a Daesh member from Mali, not a person named «ينحدر»', () => {
    const x = extractor.extract('اعترف الموقوف بأنه تلقى مبالغ مالية من قيادي داعشي ينحدر من مالي.');
    expect(x.entities.some((e) => e.kind === 'Person' && e.name_ar.includes('ينحدر'))).toBe(false);
    const all = facts(x);
    expect(all.some((f) => f.startsWith('قيادي') && f.includes(' MEMBER_OF '))).toBe(true);
    expect(all.some((f) => f.startsWith('قيادي') && f.endsWith('FROM مالي'))).toBe(true);
  });

  it('gives a plot planned by a dual verb to the pair, a few words on', () => {
    const x = extractor.extract('وكان المشتبه فيهما يعتزمان نقل الأسلحة الى مدينة الدار البيضاء لاستعمالها في تنفيذ عمليات إرهابية.');
    expect(facts(x).some((f) => f.includes(' PLANNED عمليات إرهابية'))).toBe(true);
  });

  it('gives an agency the country of the nisba right after its name', () => {
    const x = extractor.extract('تمكنت المديرية العامة لمراقبة التراب الوطني، بتنسيق مع مكتب التحقيقات الفيدرالي الأمريكي، من تفكيك خلية.');
    expect(facts(x)).toContain('مكتب التحقيقات الفيدرالي BASED_IN الولايات المتحدة');
  });

  it('gives the allegiance of a singular «بايع» and the target of «يخطط لاستهداف» to the leader, not to the cell', () => {
    const x = extractor.extract('وأضاف البلاغ أن زعيم الخلية، المدعو (أ.ك)، كان قد بايع أمير تنظيم داعش، وكان يخطط لاستهداف منشآت حيوية بالمملكة.');
    const all = facts(x);
    expect(all.some((f) => f.startsWith('أ.ك PLEDGED_ALLEGIANCE_TO'))).toBe(true);
    expect(all.some((f) => f.startsWith('أ.ك TARGETED منشآت حيوية'))).toBe(true);
  });

  it('dates a statement «اليوم الخميس» by the page it is on', () => {
    const x = extractor.extract('الخميس 20 يونيو 2024 - 14:05\n\nوأفاد بلاغ لوزارة الداخلية، اليوم الخميس، أن الخلية فككت.');
    expect(x.entities.some((e) => e.kind === 'Date' && e.properties['date'] === '2024-06-20')).toBe(true);
  });

  it('reads «المتهم محمد بن علي الملقب بـ"أبو حفص"» as one person, the verdict after court, seat and date as his', () => {
    const x = extractor.extract('الثلاثاء 12 مارس 2024 - 11:45\n\nأدانت غرفة الجنايات الابتدائية بسلا، أمس الإثنين، المتهم محمد بن علي الملقب بـ"أبو حفص" بعشرين سنة سجنا نافذا.');
    const people = x.entities.filter((e) => e.kind === 'Person');
    expect(people).toHaveLength(1);
    expect([people[0]?.name_ar, ...(people[0]?.aliases_ar ?? [])].join(' ')).toContain('محمد بن علي');
    expect(x.entities.filter((e) => e.kind === 'Organization')).toEqual([]);
    expect(facts(x).some((f) => f.startsWith('غرفة الجنايات') && f.includes(' SENTENCED '))).toBe(true);
  });

  it('keeps «المتهم الثاني» apart from the article\'s first defendant, and reads no name in «مواطن تونسي يقيم»', () => {
    const x = extractor.extract('أدانت غرفة الجنايات بسلا المتهم يوسف العمراني. كما قضت المحكمة ببراءة المتهم الثاني، وهو مواطن تونسي يقيم بالمغرب.');
    const people = x.entities.filter((e) => e.kind === 'Person');
    expect(people.some((p) => p.name_ar.includes('يقيم'))).toBe(false);
    expect(people.length).toBe(2);
    expect(facts(x).some((f) => f.includes(' ACQUITTED ') && !f.endsWith('يوسف العمراني'))).toBe(true);
  });

  it('gives people «من أحياء X وY» those places as where they come from', () => {
    const x = extractor.extract('تمكن المتهم من تجنيد سبعة شبان من أحياء سيدي مومن والبرنوصي.');
    const from = facts(x).filter((f) => f.includes(' FROM '));
    expect(from.length).toBe(2);
  });

  it('makes the unnamed leader of the headline the named one the text ranks among the leaders', () => {
    const x = extractor.extract('قيادي بـ"ولاية داعش بالساحل" يوجه خلية إرهابية\n\nأكد المصدر أن المدعو عبد الرحمن الصحراوي يعد من أبرز قياديي "ولاية داعش بالساحل". وأضاف أن هذا القيادي تكلف بتمويل أعضاء الخلية.');
    const people = x.entities.filter((e) => e.kind === 'Person');
    expect(people.map((p) => p.name_ar)).toEqual(['عبد الرحمن الصحراوي']);
    expect(facts(x).some((f) => f.startsWith('عبد الرحمن الصحراوي FINANCED'))).toBe(true);
  });

  it('makes the subject of the clause after «أن» the one in contact, not the speaker', () => {
    const x = extractor.extract('وأوضح المتحدث أن الموقوفين كانوا على تواصل مع قيادي في تنظيم داعش.');
    expect(facts(x).some((f) => f.includes(' LINKED_TO قيادي') && !f.startsWith('المتحدث'))).toBe(true);
  });

  it('reads who speaks for an agency and an exchange of data «تبادلت مع X معطيات»', () => {
    const x = extractor.extract('كشف بوبكر سبيك، الناطق الرسمي باسم المديرية العامة للأمن الوطني، أن المديرية العامة للأمن الداخلي الفرنسية تبادلت مع الديستي معطيات حول المشتبه فيهم.');
    const all = facts(x);
    expect(all).toContain('بوبكر سبيك SPOKESPERSON_OF المديرية العامة للأمن الوطني');
    expect(all.some((f) => f.includes('EXCHANGES_INTELLIGENCE_WITH المديرية العامة لمراقبة التراب الوطني'))).toBe(true);
  });

  it('sends the group a journey\'s pronoun points to («تسهيل سفرهم نحو ليبيا»)', () => {
    const x = extractor.extract('تمكن المتهم من تجنيد سبعة شبان، وتسهيل سفرهم نحو ليبيا عبر الجزائر.');
    expect(facts(x).some((f) => f.startsWith('سبعة شبان') && f.endsWith(' ليبيا') && /TRAVELLED_TO|PLANNED_TO_TRAVEL_TO/.test(f))).toBe(true);
  });
});
