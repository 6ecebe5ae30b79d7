/**
 * The third round's rule families on sentences of their own (not the dev articles'): detainees named by rank or
 * role, officials named by their title, facts whose agent or operation is in an earlier sentence.
 */
import { describe, expect, it } from 'vitest';
import { factsOf as facts, nameOf } from '../test/extraction-facts.ts';
import { createExtractor } from './index.ts';
import type { KnownEntity } from './types.ts';

const known: KnownEntity[] = [
  { id: 'bcij', kind: 'Agency', names: ['المكتب المركزي للأبحاث القضائية', 'BCIJ'] },
  { id: 'dgst', kind: 'Agency', names: ['المديرية العامة لمراقبة التراب الوطني', 'DGST'] },
  { id: 'daesh', kind: 'Organization', names: ['تنظيم داعش', 'داعش'] },
];
const extractor = createExtractor(known);

describe('detainees by rank and role', () => {
  it('makes «الموقوف الثاني» one of the article\'s counted suspects', () => {
    const x = extractor.extract('أوقفت عناصر المكتب المركزي للأبحاث القضائية ثلاثة متطرفين بمدينة فاس. وأضاف المصدر ذاته أن الموقوف الثاني كان يتولى تجنيد شباب.');
    const second = x.entities.find((e) => e.kind === 'Person' && e.name_ar.includes('الموقوف الثاني'));
    expect(second).toBeDefined();
    expect(facts(x)).toContain(`${second?.name_ar ?? ''} MEMBER_OF ثلاثة متطرفين`);
  });

  it('reads «المشتبه به الأول» as the first person the article listed among its suspects', () => {
    const x = extractor.extract('تم توقيف شخصين بمدينة وجدة، ويتعلق الأمر بكل من محمد العلوي وياسين البقالي. وقد اعترف المشتبه به الأول بأنه بايع تنظيم داعش.');
    expect(x.entities.some((e) => e.kind === 'Person' && e.name_ar.includes('الأول'))).toBe(false);
    expect(facts(x)).toContain('محمد العلوي PLEDGED_ALLEGIANCE_TO تنظيم داعش');
  });

  it('reads «المتهم الرئيسي» as the leader of the article\'s cell', () => {
    const x = extractor.extract('أدانت المحكمة أعضاء الخلية، ومن بينهم عبد الحق المرابط، زعيم الخلية. وكان المتهم الرئيسي قد بايع تنظيم داعش.');
    expect(facts(x)).toContain('عبد الحق المرابط PLEDGED_ALLEGIANCE_TO تنظيم داعش');
  });
});

describe('officials by their title', () => {
  it('makes the investigating judge and the prosecutor people, not institutions', () => {
    const x = extractor.extract('وأحيل المشتبه فيهم على قاضي التحقيق، بعد انتهاء البحث الذي أشرف عليه الوكيل العام للملك.');
    const people = x.entities.filter((e) => e.kind === 'Person').map((e) => e.name_ar);
    expect(people).toContain('قاضي التحقيق');
    expect(people).toContain('الوكيل العام للملك');
    expect(x.entities.some((e) => e.kind === 'Agency' && /قاضي|الوكيل/.test(e.name_ar))).toBe(false);
  });

  it('gives a pledge told before a judge to the one who confessed, not to the judge', () => {
    const x = extractor.extract('واعترف المتهم سعيد المرابط أمام قاضي التحقيق بأنه بايع تنظيم داعش.');
    const pledges = facts(x).filter((f) => f.includes('PLEDGED_ALLEGIANCE_TO'));
    expect(pledges.some((f) => f.startsWith('قاضي'))).toBe(false);
  });
});

describe('ministers, money and the phases of an operation', () => {
  it('makes a minister head the ministry his title names', () => {
    const x = extractor.extract('وقال وزير الداخلية محمد حصاد إن التهديد الإرهابي جدي.');
    expect(facts(x)).toContain('محمد حصاد HEADS وزارة الداخلية');
  });

  it('reads money received from someone as financing by that someone', () => {
    const x = extractor.extract('وأوقفت المصالح الأمنية متطرفين اثنين، واعترف أحد الموقوفين بأنه تلقى مبالغ مالية من قيادي في تنظيم داعش.');
    const all = facts(x);
    expect(all.some((f) => /^قيادي.* FINANCED أحد الموقوفين/.test(f))).toBe(true);
    expect(all.some((f) => f.startsWith('أحد الموقوفين') && f.includes('RECEIVED مبالغ مالية'))).toBe(true);
  });

  it('ties a seizure told after the operation to that operation («كما تم حجز …»)', () => {
    const x = extractor.extract('فككت عناصر المكتب المركزي للأبحاث القضائية خلية إرهابية بمدينة طنجة. كما تم حجز أسلحة بيضاء وأجهزة إلكترونية.');
    const part = x.facts.filter((f) => f.type === 'PART_OF').map((f) => [x.entities.find((e) => e.key === f.source)?.properties['event_type'], x.entities.find((e) => e.key === f.target)?.properties['event_type']]);
    expect(part).toContainEqual(['seizure', 'dismantling']);
  });

  it('points «التنظيم» after «ولاية داعش بالساحل» to the whole name, not to Daesh inside it', () => {
    const x = extractor.extract('تم توقيف شخصين للاشتباه في تجنيد مقاتلين لفائدة ولاية داعش بالساحل. وكان أحدهما على اتصال بقيادي في التنظيم.');
    expect(facts(x).some((f) => /^قيادي.* MEMBER_OF ولاية داعش بالساحل$/.test(f))).toBe(true);
  });

  it('reads a referral to a judge and an arrest told by a verb with its object pronoun', () => {
    const x = extractor.extract('وأحيل ثلاثة متطرفين أوقفتهم عناصر المكتب المركزي للأبحاث القضائية بمدينة وجدة، على قاضي التحقيق بملحقة محكمة الاستئناف بسلا.');
    const all = facts(x);
    expect(x.entities.some((e) => e.kind === 'Person' && e.name_ar === 'بملحقة')).toBe(false);
    expect(x.facts.some((f) => f.type === 'REFERRED_TO' && nameOf(x, f.target) === 'قاضي التحقيق')).toBe(true);
    expect(all).toContain('المكتب المركزي للأبحاث القضائية ARRESTED ثلاثة متطرفين');
  });

  it('makes the people a recruitment takes a group, without a count («تجنيد وإرسال مقاتلين مغاربة»)', () => {
    const x = extractor.extract('فككت المديرية العامة لمراقبة التراب الوطني شبكة تنشط في تجنيد وإرسال مقاتلين مغاربة الى سوريا.');
    const group = x.entities.find((e) => e.kind === 'Group' && e.name_ar.includes('مقاتلين مغاربة'));
    expect(group).toBeDefined();
    expect(facts(x).some((f) => f.endsWith(`RECRUITED ${group?.name_ar ?? ''}`))).toBe(true);
  });

  it('dates the article by its dateline («الرباط: الجمعة 14 نونبر 2014 - 20:10»)', () => {
    const x = extractor.extract('تفكيك شبكة إرهابية\n\nالرباط: الجمعة 14 نونبر 2014 - 20:10\n\nأعلنت وزارة الداخلية، في بلاغ لها اليوم الجمعة، عن تفكيك شبكة إرهابية.');
    expect(x.entities.some((e) => e.kind === 'Date' && e.properties['date'] === '2014-11-14')).toBe(true);
  });
});

describe('short forms after a full mention', () => {
  it('reads «المديرية», «المكتب» alone as the agency of that head named before', () => {
    const x = extractor.extract('أعلنت المديرية العامة لمراقبة التراب الوطني عن تفكيك خلية بطنجة. وأوضحت المديرية أن الخلية كانت موالية لداعش. وكان المكتب المركزي للأبحاث القضائية قد أوقف متطرفا. وأشار المكتب الى أن الموقوف كان يعتزم تنفيذ هجوم.');
    const short = x.mentions.filter((m) => m.rule === 'anaphor.agency').map((m) => [m.surface, m.entity]);
    expect(short).toEqual([['المديرية', 'dgst'], ['المكتب', 'bcij']]);
  });

  it('makes «زعيمها» the leader of the cell before it', () => {
    const x = extractor.extract('وأوضح المسؤول أن الخلية تتكون من ستة عناصر، وأن زعيمها كان على اتصال بقيادي في تنظيم داعش.');
    expect(x.facts.some((f) => f.type === 'LEADS' && x.entities.find((e) => e.key === f.target)?.kind === 'Cell')).toBe(true);
  });

  it('reads on through a list of seized things past a clause about one of them', () => {
    const x = extractor.extract('كما تم حجز مواد كيميائية تستعمل في صناعة المتفجرات وأسلحة بيضاء وأجهزة اتصال.');
    const items = x.entities.filter((e) => e.kind === 'Item').map((e) => e.name_ar);
    expect(items).toEqual(expect.arrayContaining(['مواد كيميائية', 'أسلحة بيضاء']));
    expect(items.some((n) => n.startsWith('أجهزة'))).toBe(true);
  });

  it('ties a custody to the investigation it serves, and an official to the court he serves', () => {
    const x = extractor.extract('وتم وضع المشتبه فيهم تحت تدابير الحراسة النظرية رهن إشارة البحث القضائي الذي يشرف عليه الوكيل العام للملك لدى محكمة الاستئناف بالرباط.');
    const all = facts(x);
    expect(all.some((f) => f.startsWith('الحراسة النظرية PART_OF البحث'))).toBe(true);
    expect(all.some((f) => f.startsWith('الوكيل العام للملك') && f.includes('PART_OF محكمة الاستئناف'))).toBe(true);
  });

  it('gives intelligence «بناء على معلومات وفرتها X» to the agent of the operation told before', () => {
    const x = extractor.extract('تمكنت عناصر المكتب المركزي للأبحاث القضائية من توقيف شخصين بمدينة تطوان. وأوضح البلاغ أن عملية التوقيف تمت بناء على معلومات دقيقة وفرتها المديرية العامة لمراقبة التراب الوطني.');
    expect(facts(x)).toContain('المديرية العامة لمراقبة التراب الوطني PROVIDED_INTELLIGENCE_TO المكتب المركزي للأبحاث القضائية');
  });

  it('names a place the gazetteer lacks after «منطقة», but not a kind of area', () => {
    const x = extractor.extract('وقعت الجريمة بمنطقة إمليل نواحي مراكش، وكانت الأسلحة مدفونة في منطقة جبلية.');
    const places = x.entities.filter((e) => e.kind === 'Place').map((e) => e.name_ar);
    expect(places.some((p) => p.includes('إمليل'))).toBe(true);
    expect(places.some((p) => p.includes('جبلية'))).toBe(false);
  });

  it('gives «أعلن ولاءه» to the person the clause is about, and hides the seized things where they were found', () => {
    const x = extractor.extract('فإن زعيم الخلية، البالغ من العمر 44 سنة، كان قد أعلن ولاءه لتنظيم داعش. وأسفرت عمليات التفتيش عن حجز بندقيتين كانت مخبأة في مخبأ تحت الأرض.');
    const all = facts(x);
    expect(all).toContain('زعيم الخلية AFFILIATED_WITH تنظيم داعش');
    expect(all.some((f) => f.startsWith('بندقيتين HIDDEN_IN مخبأ'))).toBe(true);
  });

  it('makes «عمليات التدخل» of the special forces a raid of the operation, which the forces took part in', () => {
    const x = extractor.extract('فككت المديرية العامة لمراقبة التراب الوطني خلية إرهابية بطنجة. وأفاد بلاغ لوزارة الداخلية أن عمليات التدخل التي باشرتها عناصر القوات الخاصة، فجر يوم الأربعاء 19 يونيو 2024، أسفرت عن حجز أسلحة بيضاء.');
    const raid = x.entities.find((e) => e.kind === 'Event' && e.properties['event_type'] === 'raid');
    expect(raid).toBeDefined();
    const all = facts(x);
    expect(all.some((f) => f.startsWith(`${raid?.name_ar ?? ''} PART_OF تفكيك`))).toBe(true);
    expect(all.some((f) => f.startsWith('القوات الخاصة PARTICIPATED_IN تفكيك'))).toBe(true);
    expect(all.some((f) => f.startsWith(`${raid?.name_ar ?? ''} ON_DATE`))).toBe(true);
  });

  it('reads praise for an agency («أشاد الحموشي بالمجهودات التي بذلتها مصالح ولاية أمن طنجة»)', () => {
    const x = extractor.extract('وقد أشاد عبد اللطيف الحموشي بالمجهودات التي بذلتها مصالح ولاية أمن طنجة في هذه العملية.');
    expect(facts(x).some((f) => f.startsWith('عبد اللطيف الحموشي PRAISED') && f.includes('ولاية أمن طنجة'))).toBe(true);
  });
});

