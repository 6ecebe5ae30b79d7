/**
 * Facts within one sentence, from trigger words and argument patterns (rule ids in ADR 0016):
 * an operation (dismantling, arrest, raid…) is an Event that ties its agent (CONDUCTED, and DISMANTLED /
 * ARRESTED directly), what it acts on (TARGETED), its places (TOOK_PLACE_IN), its date (ON_DATE) and what
 * was seized (SEIZED); statements are ISSUED by an agency and REPORT what follows «أن»; attachment
 * («التابع لـ»), loyalty («الموالية لـ», «بايعوا»), coordination («بتنسيق مع»), membership («تضم», «من بين»),
 * leadership («زعيم الخلية», «على رأس», «بقيادة»), location («مدريد بإسبانيا», «بضواحي»), residence and
 * activity («يقيمون ب», «ينشطون ب»), supervision («تحت إشراف»), incitement («بتحريض من»), targets («يستهدف»),
 * links («ارتباطات ب»), custody, kinship, coincidence («تزامنت مع») and results («أسفرت عن»).
 */
import type { Lexicons } from './lexicons.ts';
import type { SentenceContext } from './spans.ts';
import { normalizeWord, readings } from './tokens.ts';
import { OPERATION_TYPES, VERB_TRIGGERS, type EventType } from './data/vocabulary.ts';
import { after, before, clauseBreakBetween } from './cues/words.ts';
import { counterpartCountry } from './cues/institutions.ts';
import { factContext, type FactContext, type FactDraft, type KeyedSpan } from './fact-context.ts';
import { laterFacts } from './facts/index.ts';
import { conjunctFacts } from './facts/conjuncts.ts';
import { isCourtName } from './facts/justice.ts';
import { spanText } from './spans.ts';

export type { FactDraft, KeyedSpan } from './fact-context.ts';

const norms = (list: readonly string[]): Set<string> => new Set(list.map(normalizeWord));
const ATTACHED = norms(['التابع', 'التابعة', 'التابعين', 'التابعون', 'تابعة', 'تابع', 'تابعين', 'التابعه']);
const LOYAL = norms(['ولاءه', 'ولاءهم', 'ولاءها', 'ولائه', 'ولائها', 'ولائهم', 'ولائهما', 'الولاء', 'ولاء', 'لفائدة', 'لصالح', 'موالية', 'الموالية', 'موالين', 'الموالين', 'موال', 'الموالي', 'موالون', 'الموالون', 'الموالية', 'المبايعة', 'مبايعة', 'بايعوا', 'بايع', 'بايعت', 'المبايعين', 'تدين', 'يدينون']);
const COORDINATION = norms(['بتنسيق', 'بالتنسيق', 'بتعاون', 'بالتعاون', 'بشراكة', 'بالشراكة', 'وبتنسيق', 'وبالتنسيق', 'وبتعاون']);
const COOPERATION = norms(['التعاون', 'تعاون', 'الشراكة', 'التنسيق']);
const MEMBER_VERBS = norms(['تضم', 'يضم', 'تتكون', 'يتكون', 'تتألف', 'يتألف', 'تشمل', 'ضمت', 'تكونت', 'ضمن', 'المكونة', 'المكونه', 'مكونة', 'مكونه', 'مؤلفة', 'متكونة', 'المتكونة']);
const RESIDE = norms(['يقيمون', 'يقيم', 'تقيم', 'يقطنون', 'يقطن', 'المقيمين', 'المقيم', 'ينحدرون', 'ينحدر', 'المنحدرين', 'ويقيمون', 'ويقطنون', 'أقام', 'أقامت', 'أقاموا', 'يسكن', 'يسكنون', 'سكن', 'استقر', 'يستقر', 'استقروا']);
const ACTIVE = norms(['تتوزع', 'يتوزعون', 'تتوزعان', 'موزعين', 'ينشطون', 'ينشط', 'تنشط', 'الناشطة', 'الناشطين', 'النشيطة', 'تتخذ', 'وينشطون', 'وتنشط', 'تنشطان', 'ينشطان', 'تعمل', 'يعملون', 'تنتشر']);
const SUPERVISION = norms(['إشراف', 'اشراف', 'بإشراف', 'باشراف', 'يشرف', 'تشرف', 'أشرف', 'أشرفت', 'المشرف', 'يشرفان']);
const INCITEMENT = norms(['بتحريض', 'تحريض', 'التحريض', 'وبتحريض']);
const TARGETING = norms(['يستهدف', 'تستهدف', 'استهدفت', 'استهدف', 'يستهدفون', 'تستهدفان', 'المستهدفة', 'لاستهداف', 'استهداف']);
const LINKS = norms(['تواصل', 'اتصال', 'يتواصل', 'تتواصل', 'يتواصلون', 'تواصله', 'تواصلها', 'تواصلهم', 'تواصلهما', 'ارتباطهما', 'اتصالهما', 'علاقتهما', 'اتصاله', 'اتصالها', 'اتصالهم', 'اتصالاته', 'اتصالاتها', 'اتصالاتهم', 'ارتباطه', 'ارتباطها', 'ارتباطهم', 'علاقته', 'علاقتها', 'علاقتهم', 'علاقاته', 'علاقاتها', 'علاقاتهم', 'اتصالات', 'ارتباطات', 'ارتباط', 'علاقة', 'علاقات', 'صلة', 'صلات', 'روابط', 'الارتباطات', 'العلاقات', 'مرتبطة', 'المرتبطة', 'مرتبط', 'المرتبطين']);
const COINCIDE = norms(['تزامنت', 'تزامن', 'بالتزامن', 'تزامنا', 'بموازاة', 'موازاة']);
const RESULT = norms(['أسفرت', 'أسفر', 'مكنت', 'مكن', 'أدت', 'أفضت', 'انتهت', 'وأسفرت', 'وأسفر']);
const ADHERE = norms(['يتشبع', 'تتشبع', 'يتشبعون', 'متشبعين', 'المتشبعين', 'متشبع', 'المتشبع', 'ويتشبع', 'يتبنى', 'يتبنون', 'تتبنى', 'يعتنقون', 'يعتنق', 'المتبنين', 'بالفكر', 'لفكر', 'بفكر']);
const PROPAGANDA = norms(['للدعاية', 'الدعاية', 'دعاية', 'الترويج', 'للترويج', 'الإشادة', 'والإشادة', 'الاشادة', 'والاشادة', 'تمجيد', 'يمجد', 'تمجد', 'يروجون', 'الدعائية', 'دعائية', 'الدعائي', 'دعائي', 'يروج', 'تروج']);
const REVENGE = norms(['الانتقام', 'للانتقام', 'بالانتقام', 'الثأر']);
const HEAD_OF = norms(['رأس', 'رأسه', 'رأسها', 'رأسهم']);
const LED_BY = norms(['بقيادة', 'قيادة', 'تحت قيادة', 'يقودها', 'يقوده', 'يتزعمها', 'يتزعمه', 'بزعامة', 'زعامة']);
const AMONG = norms(['بين']);
const ISSUED_BY = norms(['صادر', 'الصادر', 'صادرة', 'الصادرة']);
const REPORTING = norms(['أفاد', 'أفادت', 'أورد', 'أوردت', 'أشار', 'أشارت', 'أكد', 'أكدت', 'أوضح', 'أوضحت', 'ذكر', 'ذكرت', 'أضاف', 'أضافت', 'كشف', 'كشفت', 'أعلن', 'أعلنت', 'وأفاد', 'وأورد', 'وأشار', 'وأكد', 'وأوضح', 'وذكر', 'وكشف', 'وأضاف', 'يفيد', 'تفيد', 'حسب', 'بحسب', 'وحسب', 'وفق']);
const THAT = norms(['أن', 'بأن', 'إن', 'أنه', 'بأنه', 'أنها', 'بأنها']);
const ON_DATE_CUE = norms(['بتاريخ', 'يوم', 'في']);
const PLACE_INTRO = norms(['في', 'مدن', 'بمدن', 'مدينة', 'بمدينة', 'بمدينه', 'مدينه', 'ضواحي', 'بضواحي', 'ضاحية', 'بضاحية', 'نواحي', 'بنواحي', 'قرية', 'بقرية', 'بلدة', 'ببلدة', 'دوار', 'بدوار', 'ولاية', 'بولاية', 'إقليم', 'بإقليم', 'باقليم', 'جهة', 'بجهة', 'حي', 'بحي', 'منطقة', 'بمنطقة', 'داخل', 'قرب', 'بالقرب', 'عمالة', 'بعمالة', 'كل', 'بكل', 'مدينتي', 'بمدينتي', 'مدينتا', 'إقليمي', 'بإقليمي', 'مدينتين']);
/** «الناشطة», «المتمركزة»: the adjective of where the organisation before it is active. */
const ACTIVE_WORD = /^(الناشط|الناشطه|الناشطين|الناشطون|الناشطتين|المتمركز|المتمركزه|المتمركزين|المنتشره)$/;
/** «عقب», «في أعقاب», «إثر»: after an event just told. */
const AFTERMATH = /^(عقب|اعقاب|اثر|باعقاب)$/;
/** A span of time: «خمسة أيام», «أسبوعين», «أشهر قليلة», «ساعات فقط». */
const DURATION = /(يوم|ايام|يومين|اسبوع|اسابيع|اسبوعين|شهر|اشهر|شهور|شهرين|ساعه|ساعات|ساعتين|سنه|سنوات|سنتين|عام|اعوام|عامين)/;
const PLANNING = norms(['التخطيط', 'خططوا', 'خطط', 'يخطط', 'يخططون', 'التحضير', 'يحضرون', 'الإعداد', 'للتخطيط', 'يعتزم', 'يعتزمون', 'تعتزم', 'يعتزمان', 'ينوون', 'ينوي', 'عزمهم', 'يستعدون', 'يستعد']);
const VICTIMS = norms(['ضحايا', 'ضحية']);
const ANNOUNCE = norms(['أعلن', 'أعلنت', 'يعلن', 'تعلن', 'أعلنتا']);
const SUSPICION = norms(['للاشتباه', 'الاشتباه', 'يشتبه', 'المشتبه', 'بتهمة', 'بتهم', 'للاشتباه']);
const ESPECIALLY = norms(['وخاصة', 'خاصة', 'لاسيما', 'سيما', 'خصوصا', 'وخصوصا', 'وبالخصوص']);
const CUSTODY_TYPES = new Set(['custody']);
const INFORMATION = norms(['معلومات', 'المعلومات', 'معطيات', 'المعطيات', 'معلومة']);
const VERB_TRIGGERS_NORM = new Set([...VERB_TRIGGERS].map(normalizeWord));
const CARRIES_OUT = norms([
  'يجريه', 'تجريه', 'يباشره', 'تباشره', 'باشره', 'باشرته', 'أنجزته', 'أنجزه', 'ينجزه', 'تنجزه', 'يقوده', 'تقوده', 'أجراه', 'أجرته', 'نفذتها', 'نفذها', 'نفذته',
  'نفذه', 'شنتها', 'شنها', 'أجرتها', 'باشرتها', 'قادتها', 'قادها', 'أشرفت', 'أنجزتها', 'تباشرها', 'يباشرها',
]);
/** A target and the ones coordinated with it: «A وB ومقرات …», «… وعناصر من القوات العمومية». */
function targetsFrom(fc: FactContext, first: KeyedSpan): KeyedSpan[] {
  const out = [first];
  const kinds = ['Place', 'Person', 'Group', 'Agency'];
  for (;;) {
    const last = out[out.length - 1];
    if (last === undefined) break;
    // the next member opens with «و» within a few words, with no other punctuation than a comma between
    let k = last.last + 1;
    while (k < fc.ctx.tokens.length && k <= last.last + 4 && !(fc.word(k).startsWith('و') && fc.ctx.tokens[k]?.type === 'word')) {
      if (fc.ctx.tokens[k]?.type === 'punct' && !/[،,]/.test(fc.ctx.tokens[k]?.text ?? '')) return out;
      k += 1;
    }
    if (k > last.last + 4) break;
    const next = fc.spans.find((s) => s.first === k && kinds.includes(s.kind)) ?? (/^و(عناصر|افراد|رجال)$/.test(fc.word(k)) && fc.word(k + 1) === 'من' ? fc.nextSpan(k + 1, ['Agency', 'Group', 'Organization'], 2) : undefined);
    if (next === undefined) break;
    out.push(next);
  }
  for (const t of out) fc.objects.add(t.key);
  return out;
}

/** What the object pronoun of «توقيفه», «تفكيكها», «توقيفهم» points back to, by its gender and number. */
function referent(fc: FactContext, e: KeyedSpan, type: string): KeyedSpan | undefined {
  const w = fc.word(e.first);
  const order = type === 'founding' ? ['Agency', 'Organization'] : /(هم|هما)$/.test(w) ? ['Group', 'Person', 'Cell'] : /ها$/.test(w) ? ['Cell', 'Organization', 'Group', 'Person'] : ['Person', 'Group', 'Cell'];
  return fc.prior(e.first, order, 30);
}

const PLACE_CUE_WITH_B = /^(ب|في)?(مدينه|مدن|اقليم|اقاليم|جهه|عماله|حي|جماعه|منطقه|مناطق|ولايه|دوار|قريه|ضاحيه|بلده)$/;
const DIRECTIONS = /^(شمال|جنوب|شرق|غرب|وسط|شمالي|جنوبي|شرقي|غربي)$/;
/** «خضع», «يخضعون», «سيخضع» … before an investigation: its subject is who the investigation is about. */
const SUBJECTED_VERB = /^(س?[يت]خضع(ون|ان|و)?|خضع(وا|ت|ا)?)$/;
const PLACE_RANK: Readonly<Record<string, number>> = { site: 0, neighbourhood: 1, city: 2, province: 3, region: 4, country: 5 };

const DIRECT_FACT: Partial<Record<EventType, string>> = { dismantling: 'DISMANTLED', arrest: 'ARRESTED', raid: 'RAIDED', foiling: 'FOILED' };

export function sentenceFacts(ctx: SentenceContext, lex: Lexicons, spans: readonly KeyedSpan[]): FactDraft[] {
  const fc = factContext(ctx, lex, spans);
  const { facts, add, bare, has, startingAt, nextSpan, prevSpan, subjectBefore } = fc;
  const tokens = ctx.tokens;
  const wordAt = fc.word;
  const reversed = [...spans].reverse();
  // what the sentence aims at is no subject of its clauses («… تستهدف شخصيات عمومية …، بعد أن بايعوا»)
  for (let i = 0; i < tokens.length; i += 1) {
    if (!has(TARGETING, i)) continue;
    const whom = nextSpan(i, ['Place', 'Person', 'Group', 'Agency'], 3);
    if (whom !== undefined) targetsFrom(fc, whom);
  }

  // Agencies that are complements (attached-to targets, issuers of a statement) are not the actor of a clause.
  const complements = new Set<KeyedSpan>();
  for (let i = 0; i < tokens.length; i += 1) {
    if (has(ATTACHED, i)) {
      const target = nextSpan(i, ['Agency', 'Organization', 'Cell'], 3);
      if (target !== undefined) complements.add(target);
    }
  }
  for (const d of spans.filter((s) => s.kind === 'Document')) {
    const issuer = issuerOf(d);
    if (issuer !== undefined) complements.add(issuer);
  }
  function issuerOf(d: KeyedSpan): KeyedSpan | undefined {
    let k = after(ctx, d.last);
    if (k < 0) return undefined;
    // «بلاغ مشترك ل…», «بيان رسمي ل…»
    if (/^(مشترك|رسمي|جديد|مقتضب|صحفي)$/.test(wordAt(k))) k = after(ctx, k);
    if (k < 0) return undefined;
    if (ISSUED_BY.has(wordAt(k))) {
      const k2 = after(ctx, k);
      if (k2 >= 0 && (wordAt(k2) === 'عن' || wordAt(k2) === 'من')) return nextSpan(k2, ['Agency', 'Organization'], 2);
    }
    const direct = startingAt(k);
    if (direct !== undefined && (direct.kind === 'Agency' || direct.kind === 'Organization')) return direct;
    return undefined;
  }
  // «بناء على معلومات دقيقة للمديرية العامة …»: the source of the information is no actor of the clause
  for (let i = 0; i < tokens.length; i += 1) {
    if (!/^(بناء|بفضل|وفق)$/.test(wordAt(i)) || !INFORMATION.has(wordAt(i + 2)) || wordAt(i + 1) !== 'علي') continue;
    const source = spans.find((s) => s.kind === 'Agency' && s.first > i + 2 && s.first <= i + 6 && (s.clitic.endsWith('ل') || /^(وفرت|وفرتها|قدمتها|من)$/.test(wordAt(s.first - 1))));
    if (source !== undefined) complements.add(source);
  }
  // coordination partners («بتنسيق مع الشرطة الإسبانية») and the agency of a title («المدير العام للأمن الوطني»)
  for (let i = 0; i < tokens.length; i += 1) {
    if (!COORDINATION.has(wordAt(i))) continue;
    const partner = nextSpan(i, ['Agency'], 4);
    if (partner !== undefined) complements.add(partner);
  }
  // «الشرطة القضائية بولاية أمن تطوان»: the unit acts, not the body it belongs to
  for (const a of spans.filter((x) => x.kind === 'Agency')) {
    const k = after(ctx, a.last);
    const b = k >= 0 ? startingAt(k) : undefined;
    if (b !== undefined && b.kind === 'Agency' && b.clitic.endsWith('ب')) complements.add(b);
  }
  // «المدير العام للأمن الوطني ومراقبة التراب الوطني عبد اللطيف حموشي»: agencies inside a titled name
  const governedBy = new Map<KeyedSpan, KeyedSpan[]>();
  for (const p of spans.filter((s) => s.kind === 'Person')) {
    const inside = spans.filter((s) => s.kind === 'Agency' && s.first > p.first && s.last < p.last);
    governedBy.set(p, inside);
    for (const a of inside) complements.add(a);
  }
  /** The subject of a clause: the nearest agency before `i` that is no complement. */
  const actorBefore = (i: number): KeyedSpan | undefined =>
    reversed.find((s) => s.last < i && s.kind === 'Agency' && !complements.has(s));
  fc.actorBefore = actorBefore;

  // ── attachment, loyalty, allegiance ──
  for (let i = 0; i < tokens.length; i += 1) {
    const w = bare(i);
    if (has(ATTACHED, i)) {
      const owner = prevSpan(i, ['Agency', 'Cell', 'Organization', 'Group', 'Person'], 6);
      const body = nextSpan(i, ['Agency', 'Organization', 'Cell'], 3);
      if (owner !== undefined && body !== undefined) {
        const type = owner.kind === 'Agency' && body.kind === 'Agency' ? 'PART_OF' : owner.kind === 'Organization' && body.kind === 'Organization' ? 'PART_OF' : owner.kind === 'Cell' ? 'AFFILIATED_WITH' : 'MEMBER_OF';
        add(owner, type, body, 'fact.attached', 0.8, { relation: 'attached to (التابع لـ)' });
      }
    }
    if (has(LOYAL, i) || /^(مبايع|بايع|بيعت)/.test(w)) {
      // «جماعة نصرة الإسلام الموالية لتنظيم القاعدة»: the adjective qualifies the organisation right before it
      const adjacentOrg = /^(الموالي|المواليه|الموالين|الموالون|مواليه)$/.test(normalizeWord(ctx.tokens[i]?.text ?? '')) ? spans.find((s) => s.kind === 'Organization' && s.last >= i - 2 && s.last < i) : undefined;
      // the subject of a plural verb («بايعوا») is a group or cell, not the person named last
      const pluralVerb = /وا$/.test(w);
      // «كان قد بايع»: a singular verb pledges for the person the clause is about
      const singularVerb = /^(بايع|يبايع|وبايع)$/.test(w);
      // «أعلن ولاءه», «مبايعته», «ولائها»: his or her loyalty is a person's; «ولاءهم» a group's
      const hisPledge = /^(ولاءه|ولاءها|ولايه|ولايها|مبايعته|مبايعتها|بيعته|بيعتها)$/.test(normalizeWord(ctx.tokens[i]?.text ?? ''));
      // «بايع جميع الموقوفين التنظيم»: the subject after the verb, the organisation after it
      // (a verb before its subject is singular; a person after it is the one pledged to: «بايعوا أمير التنظيم»)
      const after1 = /^(و|ف)?بايع(ت)?$/.test(w) ? nextSpan(i, ['Group', 'Cell'], 2) : undefined;
      const vso = after1 !== undefined && spans.some((s) => s.kind === 'Organization' && s.first > after1.last && s.first <= after1.last + 2) ? after1 : undefined;
      const who = spans.find((s) => s.first < i && i <= s.last && ['Cell', 'Group', 'Person'].includes(s.kind)) ?? vso ?? adjacentOrg ?? (pluralVerb ? fc.prior(i, ['Group', 'Cell'], 25) : undefined) ?? (singularVerb || hisPledge ? fc.prior(i, ['Person'], 20) : undefined) ?? fc.prior(i, ['Group', 'Cell', 'Person'], 20);
      const org = nextSpan(i, ['Organization'], 4);
      const pledged = w.startsWith('بايع') || w.includes('مبايع');
      const leader = pledged ? nextSpan(i, ['Person'], 3) : undefined;
      if (who !== undefined && leader !== undefined && (org === undefined || leader.first < org.first)) {
        add(who, 'PLEDGED_ALLEGIANCE_TO', leader, 'fact.allegiance.person', 0.75, { relation: 'allegiance (بيعة)' });
        // the one pledged to is no doer of what follows («بايع أمير داعش، وكان يخطط …»)
        fc.objects.add(leader.key);
      } else if (who !== undefined && org !== undefined) {
        const pledge = pledged;
        add(who, pledge ? 'PLEDGED_ALLEGIANCE_TO' : 'AFFILIATED_WITH', org, pledge ? 'fact.allegiance' : 'fact.loyal', 0.8, { relation: pledge ? 'allegiance (بيعة)' : 'loyal to (موالية لـ)' });
        if (pledge) add(who, 'AFFILIATED_WITH', org, 'fact.allegiance', 0.7, { relation: 'allegiance (بيعة)' });
      }
    }
    if (has(ADHERE, i) && (w.startsWith('ي') || w.startsWith('ت') || w.includes('تشبع') || w.includes('متبن'))) {
      const who = subjectBefore(i, ['Group', 'Cell', 'Person'], 6) ?? nextSpan(i, ['Group'], 4) ?? nextSpan(i, ['Cell', 'Person'], 4);
      const org = nextSpan(i, ['Organization'], 8);
      if (who !== undefined && org !== undefined) add(who, 'ADHERES_TO', org, 'fact.adheres', 0.65, { relation: 'imbued with its ideology (يتشبع بفكر)' });
    }
    if (has(PROPAGANDA, i)) {
      const who = subjectBefore(i, ['Group', 'Cell', 'Person'], 25);
      const org = prevSpan(i, ['Organization'], 25) ?? nextSpan(i, ['Organization'], 6);
      if (who !== undefined && org !== undefined) add(who, 'PROMOTED', org, 'fact.propaganda', 0.55, { activity: 'propaganda (دعاية / إشادة)' });
    }
    if (has(REVENGE, i)) {
      const who = subjectBefore(i, ['Group', 'Cell'], 30);
      const whom = nextSpan(i, ['Person', 'Group'], 6);
      if (who !== undefined && whom !== undefined) add(who, 'CALLED_FOR_REVENGE_FOR', whom, 'fact.revenge', 0.5);
    }
  }

  // ── coordination and cooperation ──
  for (let i = 0; i < tokens.length; i += 1) {
    const w = wordAt(i);
    if (COORDINATION.has(w)) {
      const partner = nextSpan(i, ['Agency'], 4);
      const actor = actorBefore(i);
      if (partner !== undefined && actor !== undefined && partner.key !== actor.key) {
        add(actor, 'COORDINATED_WITH', partner, 'fact.coordinated', 0.8, { relation: 'in coordination with (بتنسيق مع)' });
      }
      if (partner !== undefined) for (const e of spans.filter((s) => s.kind === 'Event' && OPERATION_TYPES.has((s.eventType ?? '') as EventType))) add(partner, 'PARTICIPATED_IN', e, 'fact.coordinated.event', 0.6);
      // «كان يخطط لاستهداف …، بتنسيق مع عنصر متطرف يقيم بسوريا»: a person coordinates with a person or group
      const accomplice = partner === undefined ? nextSpan(i, ['Person', 'Group'], 3) : undefined;
      const plotter = accomplice === undefined ? undefined : fc.prior(i, ['Person', 'Group', 'Cell'], 30);
      if (accomplice !== undefined && plotter !== undefined && plotter.key !== accomplice.key) add(plotter, 'COORDINATED_WITH', accomplice, 'fact.coordinated.accomplice', 0.6);
    }
    if (COOPERATION.has(readings(w).find((r) => r.article)?.core !== undefined ? `ال${readings(w).find((r) => r.article)?.core ?? ''}` : w) || COOPERATION.has(w)) {
      for (let k = i + 1; k < Math.min(tokens.length, i + 5); k += 1) {
        if (!AMONG.has(wordAt(k))) continue;
        const a = nextSpan(k, ['Place', 'Agency'], 2);
        const b = a === undefined ? undefined : nextSpan(a.last, ['Place', 'Agency'], 2);
        if (a !== undefined && b !== undefined) add(a, 'COOPERATED_WITH', b, 'fact.cooperation', 0.7, { domain: 'security cooperation' });
        break;
      }
    }
  }

  // ── operations: events with their agent, target, places, date and seizures ──
  const events = spans.filter((s) => s.kind === 'Event');
  // money received or sent («تلقى مبالغ مالية») is no seizure
  const items = spans.filter((s) => (s.kind === 'Item' && s.props['seized'] !== false) || (s.kind === 'Document' && s.props['seized'] === true));
  const places = spans.filter((s) => s.kind === 'Place');
  const locatedChildren = new Set<string>();
  const containers = new Set<string>();
  // location first: it tells which places are containers of others
  for (let p = 0; p < places.length; p += 1) {
    const a = places[p];
    // the country of a nationality («المقاتلين التونسيين في ليبيا») lies nowhere
    if (a === undefined || a.rule.startsWith('gazetteer.nisba')) continue;
    // a list «فرخانة وبني انصار بضواحي مدينة الناظور»: every member lies in the container
    const list: KeyedSpan[] = [a];
    let q = p + 1;
    while (q < places.length) {
      const n = places[q];
      const last = list[list.length - 1];
      if (n === undefined || last === undefined || n.first - last.last > 2 || !(n.clitic.startsWith('و') || wordAt(last.last + 1) === 'و')) break;
      list.push(n);
      q += 1;
    }
    const last = list[list.length - 1];
    if (last === undefined) continue;
    const k = after(ctx, last.last);
    if (k < 0) continue;
    let container: KeyedSpan | undefined;
    let relation = 'in (بـ)';
    const kword = bare(k);
    if (/^(بضواحي|ضواحي|بنواحي|نواحي|قرب|بالقرب|بمحيط|محيط|ضاحيه|بضاحيه|باحواز|احواز)$/.test(kword)) {
      container = nextSpan(k, ['Place'], 3);
      relation = 'outskirts (ضواحي)';
    } else {
      const direct = startingAt(k);
      if (direct !== undefined && direct.kind === 'Place' && (direct.clitic === 'ب' || direct.clitic === 'وب' || wordAt(k - 1) === 'في')) container = direct;
      if (direct === undefined && (kword === 'في' || kword === 'داخل')) container = nextSpan(k, ['Place'], PLACE_CUE_WITH_B.test(wordAt(k + 1)) ? 2 : 1);
    }
    // «بحي الطوابل بمدينة تطوان», «مقرات أمنية بمدن الدار البيضاء وفاس», «سان دوني شمال باريس»
    let containerList: KeyedSpan[] = container === undefined ? [] : [container];
    // («طنجة وتطوان ومدينة الناظور»: a place cue glued to «و» goes on with the list, it contains nothing)
    const coordinated = wordAt(k) !== kword && wordAt(k).startsWith('و');
    if (container === undefined && !coordinated && (PLACE_CUE_WITH_B.test(kword) || DIRECTIONS.test(kword))) {
      const c = nextSpan(k, ['Place'], 2);
      if (c !== undefined) {
        containerList = /^(بمدن|مدن|باقاليم|اقاليم|بمناطق|مناطق)$/.test(kword) ? fc.listFrom(c, ['Place']) : [c];
        relation = DIRECTIONS.test(kword) ? 'direction (شمال، جنوب…)' : relation;
      }
    }
    for (const into of containerList) for (const child of list) {
      const rc = PLACE_RANK[String(child.props['place_type'] ?? 'city')] ?? 2;
      const rp = PLACE_RANK[String(into.props['place_type'] ?? 'city')] ?? 2;
      if (rp < rc) continue;
      add(child, 'LOCATED_IN', into, 'fact.located', relation.startsWith('outskirts') ? 0.8 : 0.7, { relation });
      locatedChildren.add(child.key);
      containers.add(into.key);
    }
  }

  /**
   * The places after token `from` (up to `to`) that a preposition or a place cue introduces («بطنجة», «في مدن …»,
   * «بكل من …»), with the rest of their list; not a container of another place, not a nisba.
   */
  function introducedPlaces(from: number, to: number, residence = false, acted?: string): KeyedSpan[] {
    const out: KeyedSpan[] = [];
    let listed = false;
    for (const p of places) {
      if (p.first <= from || p.first > to || p.rule === 'gazetteer.nisba') continue;
      // «أحد المقاتلين بالساحة السورية»: the place of a person or group, not of the event
      // … and the seat of a court («على الوكيل العام للملك لدى محكمة الاستئناف بالرباط»)
      // («أوقفت العثماني بآسفي»: but where the event's own target was met is where the event took place)
      const owner = spans.find((s) => (s.kind === 'Person' || s.kind === 'Group' || (s.kind === 'Agency' && isCourtName(spanText(ctx, s)))) && after(ctx, s.last) === p.first && s.key !== acted);
      // «"جماعة نصرة الإسلام والمسلمين" الناشطة بشمال مالي»: where an organisation is active is not where the event was
      const active = ACTIVE_WORD.test(wordAt(before(ctx, p.first))) && spans.some((s) => (s.kind === 'Organization' || s.kind === 'Cell') && s.last < p.first && p.first - s.last <= 3);
      if ((owner !== undefined && p.clitic.endsWith('ب')) || active) {
        listed = false;
        continue;
      }
      const prevAt = before(ctx, p.first);
      const prevWord = bare(prevAt);
      // «بكل من …», and for where people live or act «بين فرخانة وبني انصار»
      // «بعدة مدن، من بينها البيضاء وفاس», «في مدن منها …»: the members of a counted place phrase
      const eachOf = (prevWord === 'من' && PLACE_INTRO.has(bare(before(ctx, prevAt)))) || /^(بينها|منها|ابرزها|اهمها|خاصة|لاسيما)$/.test(prevWord);
      const introduced = p.clitic.endsWith('ب') || PLACE_INTRO.has(prevWord) || PLACE_INTRO.has(wordAt(prevAt)) || eachOf || (residence && prevWord === 'بين');
      const inList: boolean = listed && (p.clitic.startsWith('و') || ctx.tokens[p.first - 1]?.text === '،' || ctx.tokens[p.first - 1]?.text === ',');
      listed = introduced || inList;
      if (!listed) continue;
      // a container of another place is not where it happened («مدريد بإسبانيا»), but a site's is («مخبأ … بإقليم الرشيدية»)
      const holdsSite = places.some((c) => c.props['place_type'] === 'site' && facts.some((f) => f.source === c.key && f.type === 'LOCATED_IN' && f.target === p.key));
      if (containers.has(p.key) && !locatedChildren.has(p.key) && !holdsSite) continue;
      out.push(p);
    }
    return out;
  }

  for (const e of events) {
    const type = (e.eventType ?? 'operation') as EventType;
    const operation = OPERATION_TYPES.has(type);
    // what it acts on: the object right after the trigger
    // «مخططا إرهابيا لخلية …»: the plot of a cell or group, which PLANNED it
    if (type === 'plot') {
      const owner = nextSpan(e.last, ['Cell', 'Group', 'Organization'], 2);
      if (owner !== undefined && owner.clitic.endsWith('ل')) add(owner, 'PLANNED', e, 'fact.plot.owner', 0.65);
    }
    const targetKinds = type === 'plot' ? [] : type === 'foiling' ? ['Event', 'Cell', 'Organization'] : type === 'founding' ? ['Agency', 'Organization'] : type === 'discovery' ? ['Place', 'Item'] : ['Cell', 'Group', 'Person', 'Organization'];
    // a verb's object may follow its subject and adjuncts: «أطاحت عناصر الشرطة … مساء أمس بمتطرف»
    const isVerb = VERB_TRIGGERS_NORM.has(wordAt(e.first)) || VERB_TRIGGERS_NORM.has(bare(e.first));
    // «الكشف من طرف الأجهزة الأمنية عن مخبأ …»: what was found follows «عن», after the agent
    const about = type === 'discovery' ? tokens.findIndex((t, k) => k > e.last && k <= e.last + 8 && t.norm === 'عن') : -1;
    // «توقيفه», «تفكيكها», «إحداثه»: the object pronoun points back to what the clause is about
    const pronounObject = e.props['object_pronoun'] === true ? referent(fc, e, type) : undefined;
    const target = pronounObject ?? nextSpan(e.last, targetKinds, 3) ?? (about > 0 ? nextSpan(about, targetKinds, 2) : undefined) ?? (isVerb ? nextSpan(e.last, targetKinds, 30) : undefined);
    if (target !== undefined && type === 'founding') add(e, 'FOUNDED', target, 'fact.event.founding', 0.7);
    if (target !== undefined && type === 'discovery') add(e, 'FOUND', target, 'fact.event.found', 0.7);
    if (target !== undefined && !['investigation', 'custody', 'press conference', 'founding', 'discovery', 'verdict', 'call', 'speech', 'referral', 'merger', 'award', 'meeting'].includes(type)) {
      add(e, 'TARGETED', target, `fact.event.target`, 0.75);
      const agent = agentOf(e);
      const direct = DIRECT_FACT[type];
      if (agent !== undefined && direct !== undefined && (target.kind !== 'Person' || type === 'arrest')) {
        add(agent, direct === 'DISMANTLED' && target.kind !== 'Cell' && target.kind !== 'Organization' ? 'ARRESTED' : direct, target, 'fact.event.agent-direct', 0.75);
      }
    }
    const agent = agentOf(e);
    if (agent !== undefined && (operation || type === 'investigation' || type === 'press conference' || type === 'discovery')) add(agent, type === 'press conference' ? 'HELD' : 'CONDUCTED', e, 'fact.event.agent', agent.rule.endsWith('.anywhere') ? 0.5 : 0.7);
    // «خلية … تسقط في قبضة المكتب»: the cell before the trigger, the agency after it
    if (wordAt(e.first) === 'قبضه' || wordAt(e.first) === 'قبضة') {
      const who = prevSpan(e.first, ['Cell'], 12) ?? subjectBefore(e.first, ['Group', 'Person'], 12);
      const by = nextSpan(e.last, ['Agency'], 2);
      if (who !== undefined) add(e, 'TARGETED', who, 'fact.event.caught', 0.7);
      if (who !== undefined && by !== undefined) add(by, who.kind === 'Cell' ? 'DISMANTLED' : 'ARRESTED', who, 'fact.event.caught', 0.7);
      if (by !== undefined) add(by, 'CONDUCTED', e, 'fact.event.caught', 0.7);
    }
    // places of the event: after it, before the next event, not the container of another place
    if (operation || type === 'attack' || type === 'killing' || type === 'discovery' || type === 'press conference' || type === 'award' || type === 'meeting') {
      const nextEvent = events.find((x) => x.first > e.last && OPERATION_TYPES.has((x.eventType ?? '') as EventType));
      const acted = type === 'arrest' || type === 'dismantling' ? target?.key : undefined;
      for (const p of introducedPlaces(e.last, nextEvent === undefined ? tokens.length : nextEvent.first, false, acted)) add(e, 'TOOK_PLACE_IN', p, 'fact.event.place', 0.65);
      if (operation) for (const it of items) add(e, 'SEIZED', it, 'fact.event.seized', 0.75);
    }
  }
  function agentOf(e: KeyedSpan): KeyedSpan | undefined {
    // «من طرف X», «من قبل X», «على يد X»
    for (let k = e.last + 1; k < Math.min(tokens.length, e.last + 8); k += 1) {
      if ((wordAt(k) === 'طرف' || wordAt(k) === 'قبل' || wordAt(k) === 'يد') && /^(من|علي)$/.test(wordAt(k - 1))) return nextSpan(k, ['Agency'], 2);
    }
    // «في ظل الفرقة الوطنية …»: under whom it happened
    for (let k = e.last + 1; k < Math.min(tokens.length, e.last + 10); k += 1) {
      if (wordAt(k) === 'ظل' && wordAt(k - 1) === 'في') return nextSpan(k, ['Agency'], 2);
    }
    // the clause's subject before the trigger, else the sentence's first acting agency (VSO: «واصلت المصالح …»)
    const operationLike = OPERATION_TYPES.has((e.eventType ?? '') as EventType);
    const agent = actorBefore(e.first) ?? (operationLike ? spans.find((s) => s.kind === 'Agency' && !complements.has(s) && s.first > e.last) : undefined);
    // a court judges; it carries out no operation or inquiry of the police («… لدى محكمة الاستئناف، بعد انتهاء البحث»)
    return agent !== undefined && isCourtName(spanText(ctx, agent)) ? undefined : agent;
  }

  /** «بعد خمسة أيام (فقط) من», «بعد أسبوعين على»: the token the earlier event follows, or -1. */
  function durationSince(i: number): number {
    for (let k = i + 1; k <= i + 5 && k < tokens.length; k += 1) {
      if (/^(من|علي)$/.test(wordAt(k))) return k > i + 1 && DURATION.test(tokens.slice(i + 1, k).map((t) => t.norm).join(' ')) ? k : -1;
    }
    return -1;
  }

  // ── results and coincidence between events ──
  for (let i = 0; i < tokens.length; i += 1) {
    const w = bare(i);
    if (RESULT.has(w) || RESULT.has(wordAt(i))) {
      // «العملية … أسفرت عن توقيف», and VSO «وأسفرت العملية عن حجز»
      const about = tokens.findIndex((t, k) => k > i && k < i + 20 && (t.norm === 'عن' || t.norm === 'من'));
      const cause = prevSpan(i, ['Event'], 40) ?? (about > 0 ? spans.find((s) => s.kind === 'Event' && s.first > i && s.last < about) : undefined);
      const effect = nextSpan(about > 0 ? about : i, ['Event'], 4);
      if (cause !== undefined && effect !== undefined && cause.key !== effect.key) add(cause, 'RESULTED_IN', effect, 'fact.result', 0.6);
      if (cause !== undefined) for (const it of items) if (it.first > i) add(cause, 'SEIZED', it, 'fact.result.seized', 0.75);
    }
    // «… بعد خمسة أيام من الهجمات», «عقب الاعتداءات», «في أعقاب الهجوم»: the event told first followed the other
    const since = bare(i) === 'بعد' ? durationSince(i) : AFTERMATH.test(bare(i)) ? i : -1;
    if (since >= 0) {
      const earlier = nextSpan(since, ['Event'], 2);
      const later = prevSpan(i, ['Event'], 25);
      const told = earlier !== undefined && (since !== i || earlier.eventType === 'attack' || earlier.eventType === 'killing');
      if (told && later !== undefined && earlier.key !== later.key) add(later, 'FOLLOWED', earlier, 'fact.followed', 0.6);
    }
    if (has(COINCIDE, i)) {
      // «وبالتزامن مع ذلك، تم توقيف …»: «ذلك» is the operation the article told last
      const that = wordAt(i + 1) === 'مع' && /^(ذلك|هذا|هذه|هاته|تلك)$/.test(wordAt(i + 2));
      const first = prevSpan(i, ['Event'], 20) ?? (that ? ctx.memory?.latest('operation') : undefined);
      const second = nextSpan(i, ['Event'], that ? 6 : 4);
      if (first !== undefined && second !== undefined) add(second, 'COINCIDED_WITH', first, 'fact.coincided', 0.65);
    }
  }

  // ── membership and leadership ──
  for (let i = 0; i < tokens.length; i += 1) {
    const w = bare(i);
    if (has(MEMBER_VERBS, i)) {
      // «خلية … والتي تضم …»: the cell before the relative clause, else the nearest organisation or group
      const whole = prevSpan(i, ['Cell'], 14) ?? prevSpan(i, ['Organization', 'Group'], 4);
      let k = i;
      if (wordAt(k + 1) === 'من') k += 1;
      if (wordAt(k + 1) === 'بين') k += 2; // «تضم من بين عناصرها»
      const part = nextSpan(k, ['Group', 'Person'], 3);
      if (whole !== undefined && part !== undefined) add(part, 'MEMBER_OF', whole, 'fact.member', 0.8);
    }
    if (w === 'بين' && bare(before(ctx, i)) === 'من') {
      const group = nextSpan(i, ['Group'], 1);
      const member = group === undefined ? undefined : spans.find((s) => s.first > group.last && (s.kind === 'Person' || s.kind === 'Group' || s.kind === 'Cell') && s.key !== group.key);
      if (group !== undefined && member !== undefined) add(member, 'MEMBER_OF', group, 'fact.member.among', 0.65, { relation: 'among (من بين)' });
    }
    if (has(HEAD_OF, i) && bare(before(ctx, i)) === 'علي') {
      const led = /(ه|ها|هم)$/.test(w) && w !== 'راس' ? prevSpan(i, ['Agency', 'Organization', 'Cell'], 40) : nextSpan(i, ['Agency', 'Organization', 'Cell', 'Place'], 3);
      const leader = /(ه|ها|هم)$/.test(w) && w !== 'راس' ? nextSpan(i, ['Person'], 4) : prevSpan(i, ['Person'], 8);
      if (led !== undefined && leader !== undefined) add(leader, 'HEADS', led, 'fact.heads.at-the-head', 0.7, { relation: 'at the head of (على رأس)' });
    }
    if (has(LED_BY, i)) {
      // «تحت زعامة إياد أغ غالي»: the title word may open the leader's own span
      const leader = nextSpan(i, ['Person'], 3) ?? spans.find((s) => s.kind === 'Person' && s.first === i && s.last > i);
      const led = prevSpan(i, ['Place', 'Agency', 'Organization', 'Cell'], 12);
      if (leader !== undefined && led !== undefined) add(leader, 'HEADS', led, 'fact.heads.led-by', 0.65, { relation: 'led by (بقيادة)' });
    }
  }
  for (const p of spans.filter((s) => s.kind === 'Person')) {
    for (const a of governedBy.get(p) ?? []) {
      if (String(p.props['role'] ?? '') !== '') add(p, 'HEADS', a, 'fact.heads.title', 0.7, { role: String(p.props['role'] ?? '') });
    }
    if (p.leader === true) {
      const k = after(ctx, p.last);
      // «أمير التنظيم أبو عبيدة …»: what the title governs may sit inside the titled name
      // (or end it: «زعيم الجماعة»)
      const inner = spans.find((s) => s.first > p.first && s.last <= p.last && ['Cell', 'Organization'].includes(s.kind));
      const led = inner ?? (k >= 0 ? spans.find((s) => s.first === k && ['Cell', 'Organization', 'Agency'].includes(s.kind)) ?? nextSpan(p.last, ['Cell', 'Organization'], 4) : undefined);
      const heads = led !== undefined && (led.kind !== 'Agency' || /Director|Head|Chief/.test(String(p.props['role'] ?? '')));
      // «المدير العام للأمن الوطني ومراقبة التراب الوطني»: both bodies
      if (led !== undefined && heads) for (const body of led.kind === 'Agency' ? fc.listFrom(led, ['Agency']) : [led]) add(p, body.kind === 'Agency' ? 'HEADS' : 'LEADS', body, 'fact.leads.title', 0.75, { role: String(p.props['role'] ?? '') });
      if (led === undefined && /ها$/.test(wordAt(p.first))) {
        // «مديرها» heads the agency before it; «زعيمها» leads the cell or organisation before it
        const body = /Director|Head|Chief/.test(String(p.props['role'] ?? '')) ? prevSpan(p.first, ['Agency'], 12) : (prevSpan(p.first, ['Cell', 'Organization'], 12) ?? ctx.memory?.latest('cell'));
        if (body !== undefined) add(p, typeof body !== 'string' && body.kind === 'Agency' ? 'HEADS' : 'LEADS', body, 'fact.leads.possessive', 0.65, { role: String(p.props['role'] ?? '') });
      }
    }
    if (String(p.props['role'] ?? '') === 'Mastermind') {
      // «العقل المدبر لهجمات باريس»: the mastermind planned the attack the title governs
      const plot = nextSpan(p.last, ['Event'], 3);
      if (plot !== undefined) add(p, 'PLANNED', plot, 'fact.planned.mastermind', 0.7);
    }
    if (String(p.props['role'] ?? '') === 'Senior member') {
      const org = nextSpan(p.last, ['Organization', 'Cell'], 3);
      if (org !== undefined) add(p, 'MEMBER_OF', org, 'fact.member.senior', 0.7);
    }
    if (p.relative === true) {
      // «استقطب زعيم الخلية شقيقه»: with a possessive the kin is the person named before
      const possessed = /(ه|ها|هم)$/.test(bare(p.first)) && nextSpan(p.last, ['Person'], 1) === undefined;
      const kin = possessed ? prevSpan(p.first, ['Person'], 10) : nextSpan(p.last, ['Person'], 1);
      if (kin !== undefined) add(p, 'KIN_OF', kin, 'fact.kinship', 0.75, { relation: String(p.props['role'] ?? '') });
    }
    // «أحد المقاتلين بالساحة السورية»: a person or group at a place
  }
  for (const s of spans.filter((x) => x.kind === 'Person' || x.kind === 'Group' || x.kind === 'Organization' || x.kind === 'Cell')) {
    const k = after(ctx, s.last);
    const p = k >= 0 ? startingAt(k) : undefined;
    // an organisation or cell «بمنطقة الساحل» is active there; «لداعش بطنجة» is where the story happens
    const area = ['region', 'country'].includes(String(p?.props['place_type'] ?? ''));
    if (p !== undefined && p.kind === 'Place' && p.clitic.endsWith('ب') && (s.kind === 'Person' || s.kind === 'Group' || area)) add(s, 'ACTIVE_IN', p, 'fact.active.at', 0.6);
    // «المقاتلين المغاربة في بؤر التوتر»
    const inPlace = k >= 0 && wordAt(k) === 'في' ? startingAt(after(ctx, k)) : undefined;
    if (inPlace !== undefined && inPlace.kind === 'Place' && (s.kind === 'Person' || s.kind === 'Group')) add(s, 'ACTIVE_IN', inPlace, 'fact.active.in', 0.55);
    // a place inside an organisation's name: «ولاية داعش بالساحل» is active in the Sahel
    if (s.kind === 'Organization') {
      for (const inner of spans) {
        if (inner === s || inner.first < s.first || inner.last > s.last) continue;
        if (inner.kind === 'Place' && (inner.clitic.endsWith('ب') || bare(inner.first - 1) === 'في' || /^بمنطق/.test(wordAt(inner.first - 1)))) add(s, 'ACTIVE_IN', inner, 'fact.name.place', 0.6);
      }
    }
  }

  // ── residence and activity ──
  for (let i = 0; i < tokens.length; i += 1) {
    const reside = has(RESIDE, i);
    if (!reside && !has(ACTIVE, i)) continue;
    // «وهو مغربي يقيم بمدريد»: a singular verb lives or acts for a person, a plural one for a group or cell
    const singular = /^[يت]/.test(bare(i)) && !/(ون|ان)$/.test(bare(i));
    const who = (singular ? prevSpan(i, ['Person'], 16) : undefined) ?? prevSpan(i, ['Group', 'Cell', 'Person'], 16);
    if (who === undefined) continue;
    for (const p of introducedPlaces(i, i + 16, true)) add(who, reside ? 'RESIDES_IN' : 'ACTIVE_IN', p, reside ? 'fact.resides' : 'fact.active', 0.7);
  }

  // ── statements: issuer, what they report, their date ──
  for (const d of spans.filter((s) => s.kind === 'Document')) {
    // «أعلنت المديرية …، في بلاغ صدر يوم …»: the subject of the reporting verb issued it
    const inStatement = bare(before(ctx, d.first)) === 'في' || wordAt(d.first - 1) === 'في';
    // («تبنى تنظيم داعش الهجوم في بيان»: an organisation that claims or announces in a statement issued it)
    const issuer = issuerOf(d) ?? (inStatement && d.ref.type === 'new' ? (actorBefore(d.first) ?? fc.prior(d.first, ['Organization'], 8)) : undefined);
    if (issuer !== undefined) add(issuer, 'ISSUED', d, issuerOf(d) === undefined ? 'fact.issued.subject' : 'fact.issued', 0.8);
    // a joint statement: «… للمديرية العامة للأمن الوطني والمديرية العامة لمراقبة التراب الوطني»
    const co = issuer === undefined ? undefined : startingAt(after(ctx, issuer.last));
    if (co !== undefined && co.kind === 'Agency' && co.clitic.startsWith('و')) add(co, 'ISSUED', d, 'fact.issued.joint', 0.75);
    const prev = before(ctx, d.first);
    const verbNear = prev >= 0 && REPORTING.has(wordAt(prev));
    let reported: KeyedSpan | undefined;
    for (let k = d.last + 1; k < tokens.length; k += 1) {
      if (THAT.has(wordAt(k))) {
        reported = spans.find((s) => s.first > k && ['Cell', 'Event', 'Group', 'Agency', 'Person'].includes(s.kind) && s.key !== issuer?.key);
        // «أشار بأن المكتب … قد تمكن … من إحباط مخطط»: the event the agency carried out
        if (reported?.kind === 'Agency') reported = spans.find((s) => s.first > k && s.kind === 'Event') ?? reported;
        break;
      }
    }
    if (reported === undefined && verbNear) reported = spans.find((s) => s.first > d.last && (s.kind === 'Cell' || s.kind === 'Event'));
    if (reported !== undefined && reported.kind !== 'Agency') {
      add(d, 'REPORTS', reported, 'fact.reports', 0.7);
      if (issuer !== undefined) add(issuer, 'ANNOUNCED', reported, 'fact.announced.via-statement', 0.55);
    }
    // «بتاريخ 19 فبراير 2025»
    const k = after(ctx, issuer?.last ?? d.last);
    if (k >= 0 && ON_DATE_CUE.has(wordAt(k))) {
      const date = nextSpan(k, ['Date'], 1);
      if (date !== undefined) add(d, 'ON_DATE', date, 'fact.document.date', 0.8);
    }
    // «مخطوطا يتضمن مبايعة "الخليفة"»: what a seized document contains
    if (d.props['seized'] === true) {
      const contentAt = after(ctx, d.last);
      const allegiance = contentAt >= 0 && /مبايعه|بيعه/.test(wordAt(after(ctx, contentAt)) ?? '');
      for (const s of spans) {
        if (s.first <= d.last + 1 || s.first > d.last + 8 || s.kind === 'Item') continue;
        if (s.kind === 'Person' || s.kind === 'Organization') add(d, allegiance && s.kind === 'Person' ? 'PLEDGES_ALLEGIANCE_TO' : 'MENTIONS', s, 'fact.document.content', 0.6);
      }
    }
  }

  // ── supervision, incitement, targets, links, custody, investigations ──
  for (let i = 0; i < tokens.length; i += 1) {
    // «هذا القيادي، الذي يشرف على "لجنة العمليات الخارجية"»: the subject supervises what follows «على»
    if (has(SUPERVISION, i) && /^[يت]شرف|^اشرف/.test(bare(i)) && wordAt(i + 1) === 'علي') {
      const what = nextSpan(i + 1, ['Agency', 'Organization', 'Event', 'Cell', 'Group'], 3);
      // «زعيم الخلية، البالغ …، كان قد أعلن ولاءه …، وكان يشرف على …»: the person the clause is about, further back
      const by = fc.prior(i, ['Person', 'Agency', 'Organization'], 8) ?? fc.prior(i, ['Person'], 25);
      const person = by?.kind === 'Person' ? by : (fc.prior(i, ['Person'], 25) ?? by);
      if (person !== undefined && what !== undefined && person.key !== what.key) add(person, 'SUPERVISES', what, 'fact.supervises', 0.7);
      continue;
    }
    if (has(SUPERVISION, i)) {
      const by = nextSpan(i, ['Agency', 'Person', 'Group', 'Organization'], 4);
      const what = prevSpan(i, ['Event'], 10) ?? prevSpan(i, ['Cell', 'Agency'], 40);
      if (by !== undefined && what !== undefined && by.key !== what.key) add(by, 'SUPERVISED', what, 'fact.supervised', 0.75, { relation: 'under the supervision of (تحت إشراف)' });
    }
    if (has(INCITEMENT, i)) {
      const by = nextSpan(i, ['Person', 'Group', 'Organization'], 4);
      const what = prevSpan(i, ['Event'], 12);
      if (by !== undefined && what !== undefined) add(by, 'INCITED', what, 'fact.incited', 0.7, { relation: 'incitement (تحريض)' });
    }
    if (has(TARGETING, i)) {
      // «استهدف يوم 17 شتنبر مدرسة …»: a date between the verb and its object
      const dated = startingAt(i + 1);
      // «استهدفت التفجيرات فندق …»: an attack or a plot right after the verb is its subject
      const subjectAfter = dated !== undefined && dated.kind === 'Event' && ['attack', 'plot', 'killing'].includes(dated.eventType ?? '') ? dated : undefined;
      const whom = nextSpan(dated !== undefined && (dated.kind === 'Date' || subjectAfter !== undefined) ? dated.last : i, ['Place', 'Person', 'Group', 'Agency'], 3);
      // «كان يخطط لاستهداف …»: who plans aims; a singular verb is a person's
      const planVerb = [i - 1, i - 2].find((k) => k >= 0 && has(PLANNING, k));
      const planner = planVerb === undefined ? undefined : fc.prior(planVerb, /(ون|وا|ان)$/.test(wordAt(planVerb)) ? ['Group', 'Cell', 'Person'] : ['Person', 'Group', 'Cell'], 25);
      // «المخطط الإرهابي الذي أحبطته العملية كان يستهدف …»: the plot of the clause aims, not the operation that foiled it
      const plot = spans.find((s) => s.kind === 'Event' && s.eventType === 'plot' && s.last < i && i - s.last <= 8 && !clauseBreakBetween(ctx, s.last, i));
      const what = planner ?? subjectAfter ?? plot ?? prevSpan(i, ['Event'], 3) ?? fc.prior(i, ['Cell', 'Group', 'Event', 'Organization', 'Person'], 12);
      // «تستهدف شخصيات عمومية وعسكرية ومقرات أمنية», «منشآت أمنية وعناصر من القوات العمومية»
      if (whom !== undefined && what !== undefined) for (const t of targetsFrom(fc, whom)) add(what, 'TARGETED', t, 'fact.targeted', 0.65);
    }
    if (has(LINKS, i)) {
      // «تواصله مع …», «كان على اتصال ب …»: the person or group the clause is about
      // «وأوضح سبيك أن الموقوفين كانوا على تواصل مع …»: the subject of the clause after «أن», not the speaker
      let that = -1;
      for (let k = i - 1; k >= Math.max(0, i - 8); k -= 1) if (/^(ان|بان|انه)$/.test(wordAt(k))) { that = k; break; }
      const clauseSubject = that < 0 ? undefined : spans.find((s) => s.first > that && s.first <= that + 2 && s.last < i && ['Person', 'Group', 'Cell'].includes(s.kind));
      // «40 خلية لها ارتباطات بالتنظيمات …», «شخص له صلة بـ…»: who has the links is right before «لها»
      const having = /^(لها|له|لهم|لهما)$/.test(wordAt(i - 1)) ? prevSpan(i - 1, ['Cell', 'Group', 'Person', 'Organization'], 2) : undefined;
      const a = having ?? clauseSubject ?? (/(ه|ها|هم)$/.test(wordAt(i)) ? fc.prior(i, ['Person', 'Group', 'Cell'], 40) : (fc.prior(i, ['Person', 'Group', 'Cell'], 25) ?? subjectBefore(i, ['Group', 'Person', 'Cell', 'Organization'], 20)));
      const b = nextSpan(i, ['Organization', 'Cell', 'Group', 'Person', 'Place'], 5);
      if (a !== undefined && b !== undefined) {
        add(a, 'LINKED_TO', b, 'fact.linked', 0.65);
        // the one contacted is no doer of the next coordinated verb («كان على اتصال بقيادي …، وكان يتولى تمويل …»)
        fc.objects.add(b.key);
      }
      // «الارتباطات … بين A وB وC»
      for (let k = i + 1; k < Math.min(tokens.length, i + 12); k += 1) {
        if (!AMONG.has(wordAt(k))) continue;
        const parties: KeyedSpan[] = [];
        let at = k;
        for (let n = 0; n < 4; n += 1) {
          const s = nextSpan(at, ['Organization', 'Cell', 'Group', 'Person'], 2);
          if (s === undefined) break;
          parties.push(s);
          at = s.last;
        }
        parties.forEach((p, x) => parties.slice(x + 1).forEach((q) => add(p, 'LINKED_TO', q, 'fact.linked.between', 0.6)));
        break;
      }
    }
  }
  for (const e of events) {
    if (CUSTODY_TYPES.has(e.eventType ?? '')) {
      const who = prevSpan(e.first, ['Group', 'Person'], 8);
      if (who !== undefined) add(who, 'PLACED_UNDER', e, 'fact.custody', 0.75);
      // «تحت تدابير الحراسة النظرية رهن إشارة البحث القضائي»: the custody serves that investigation
      for (let k = e.last + 1; k <= Math.min(tokens.length - 1, e.last + 3); k += 1) {
        if (!/^(اشاره|لفايده)$/.test(bare(k))) continue;
        const inquiry = nextSpan(k, ['Event'], 3);
        if (inquiry?.eventType === 'investigation') {
          add(e, 'PART_OF', inquiry, 'fact.custody.investigation', 0.7);
          // who is held for the investigation is whom it is about
          if (who !== undefined) add(inquiry, 'CONCERNS', who, 'fact.custody.investigation', 0.6);
        }
        break;
      }
    }
    if (e.eventType === 'investigation') {
      // «سيخضعون لبحث قضائي», «إخضاع الموقوفين للبحث»: who is put under the investigation is what it is about
      const v = before(ctx, e.first);
      const subjected = SUBJECTED_VERB.test(bare(v)) ? subjectBefore(v, ['Group', 'Person'], 12) : undefined;
      const putUnder = [1, 2, 3, 4].map((n) => e.first - n).find((k) => k >= 0 && /^و?اخضاع$/.test(bare(k)));
      const object = putUnder === undefined ? undefined : nextSpan(putUnder, ['Group', 'Person'], 3);
      // «يتواصل البحث مع الموقوفين الثلاثة», «التحقيق معه»: whom the investigation questions
      const questioned = wordAt(e.last + 1) === 'مع' ? nextSpan(e.last + 1, ['Group', 'Person'], 2) : /^معه(م|ما|ا)?$/.test(wordAt(e.last + 1)) ? fc.prior(e.first, ['Person', 'Group'], 30) : undefined;
      if (questioned !== undefined) add(e, 'CONCERNS', questioned, 'fact.investigation.questioned', 0.6);
      for (const who of [subjected, object]) if (who !== undefined && who.last < e.first) add(e, 'CONCERNS', who, 'fact.investigation.subject', 0.6);
      for (const s of spans.filter((x) => (x.kind === 'Group' || x.kind === 'Person') && x.ref.type !== 'new' || x.rule === 'anaphor.suspects' || x.rule === 'anaphor.suspect')) add(e, 'CONCERNS', s, 'fact.investigation.concerns', 0.55);
    }
  }

  // ── planning, victims, announcements, suspicion, policies, parts ──
  for (let i = 0; i < tokens.length; i += 1) {
    const w = bare(i);
    if (has(PLANNING, i)) {
      // the planner of a singular verb is a person, of a plural one a group or cell («كان يعتزم», «كانوا يخططون»)
      const plural = /(ون|وا|ان)$/.test(wordAt(i));
      const who = fc.prior(i, plural ? ['Group', 'Cell', 'Person'] : ['Person', 'Group', 'Cell'], 20);
      // «كانا يعتزمان نقل هذه الأسلحة الى مدينة الدار البيضاء لاستعمالها في تنفيذ عمليات إرهابية»
      const plot = spans.find((s) => s.kind === 'Event' && s.first > i && s.first <= i + 16 && (s.eventType === 'plot' || s.eventType === 'attack'));
      if (who !== undefined && plot !== undefined && (plot.eventType === 'plot' || plot.eventType === 'attack')) {
        add(who, 'PLANNED', plot, 'fact.planned', 0.65);
        // «رفقة باقي الأعضاء»: the ones it was planned with
        for (let k = i + 1; k < plot.first; k += 1) {
          if (!/^(رفقه|برفقه|ورفقه|مع)$/.test(wordAt(k))) continue;
          const co = nextSpan(k, ['Group', 'Person', 'Cell'], 2);
          if (co !== undefined) add(co, 'PLANNED', plot, 'fact.planned.with', 0.6);
        }
      }
    }
    if (has(VICTIMS, i)) {
      const attack = nextSpan(i, ['Event'], 2);
      const victims = subjectBefore(i, ['Group', 'Person'], 20);
      if (attack !== undefined && victims !== undefined) add(attack, 'TARGETED', victims, 'fact.victims', 0.6);
    }
    if (has(ANNOUNCE, i)) {
      const by = nextSpan(i, ['Agency'], 2) ?? prevSpan(i, ['Agency'], 4, false);
      const what = nextSpan(i, ['Event'], 14);
      if (by !== undefined && what !== undefined) add(by, 'ANNOUNCED', what, 'fact.announced', 0.65);
    }
    if (has(SUSPICION, i)) {
      const who = subjectBefore(i, ['Group', 'Person'], 12);
      const what = nextSpan(i, ['Event'], 8);
      if (who !== undefined && what !== undefined) add(who, 'SUSPECTED_OF', what, 'fact.suspected', 0.6);
    }
    if (has(ESPECIALLY, i) || (w === 'بينها' && bare(before(ctx, i)) === 'من') || (w === 'بينهم' && bare(before(ctx, i)) === 'من')) {
      const whole = prevSpan(i, ['Agency', 'Cell', 'Organization', 'Group'], 4);
      const part = nextSpan(i, ['Agency', 'Cell', 'Organization', 'Group', 'Person'], 3);
      if (whole !== undefined && part !== undefined) add(part, part.kind === 'Person' || part.kind === 'Group' ? 'MEMBER_OF' : 'PART_OF', whole, 'fact.part-of.among', 0.65, { relation: 'among them (من بينها / وخاصة)' });
    }
  }
  for (const e of events) {
    // «الإعلان … عن توقيف …»: what an announcement is about
    if (e.eventType === 'announcement') {
      const k = spans.find((s) => s.kind === 'Event' && s.first > e.last && s.first <= e.last + 10 && wordAt(s.first - 1) === 'عن');
      if (k !== undefined) add(e, 'REPORTS', k, 'fact.announcement.reports', 0.65);
    }
  }
  for (const d of spans.filter((s) => s.kind === 'Document' && s.props['seized'] !== true)) {
    const date = nextSpan(d.last, ['Date'], 6);
    if (date !== undefined && d.props['document_type'] !== 'press statement') add(d, date.props['granularity'] === 'period' ? 'COVERS_PERIOD' : 'ON_DATE', date, 'fact.document.period', 0.65);
    if (['policy', 'strategy', 'plan', 'programme'].includes(String(d.props['document_type'] ?? ''))) {
      const k = after(ctx, d.last);
      const owner = k >= 0 ? startingAt(k) : undefined;
      if (owner !== undefined && (owner.kind === 'Agency' || owner.kind === 'Place' || owner.kind === 'Organization') && owner.clitic.endsWith('ل')) add(owner, 'ADOPTED', d, 'fact.policy.owner', 0.65);
      else if (/(ته|تها|تهم)$/.test(wordAt(d.first))) {
        const subject = spans.find((s) => s.first > d.last && (s.kind === 'Place' || s.kind === 'Agency'));
        if (subject !== undefined) add(subject, 'ADOPTED', d, 'fact.policy.possessive', 0.55);
      }
    }
  }

  // «البحث القضائي الذي يجريه المكتب المركزي …»: the agency that carries out the event before
  for (let i = 0; i < tokens.length; i += 1) {
    if (!CARRIES_OUT.has(wordAt(i))) continue;
    const by = nextSpan(i, ['Agency'], 2);
    const what = prevSpan(i, ['Event'], 4);
    if (by !== undefined && what !== undefined) add(by, 'CONDUCTED', what, 'fact.event.carried-out-by', 0.7);
  }

  // «الشرطة القضائية بولاية أمن أكادير»: a unit of the agency named after it with ب
  for (const a of spans.filter((s) => s.kind === 'Agency')) {
    const k = after(ctx, a.last);
    const b = k >= 0 ? startingAt(k) : undefined;
    if (b !== undefined && b.kind === 'Agency' && b.clitic.endsWith('ب')) add(a, 'PART_OF', b, 'fact.agency.unit-of', 0.6);
  }

  // ── nationality: «الشرطة الوطنية الإسبانية» is based in Spain ──
  for (const s of spans) {
    const counterpart = counterpartCountry(ctx, lex, s);
    const ofCounterpart = counterpart === null ? undefined : spans.find((x) => x.kind === 'Place' && x.first === counterpart.first && x.ref.type === 'lexicon' && x.ref.id === counterpart.country.id);
    if (ofCounterpart !== undefined) add(s, 'BASED_IN', ofCounterpart, 'fact.nationality.counterpart', 0.7);
    if (s.country === undefined) continue;
    const country = spans.find((x) => x.kind === 'Place' && x.ref.type === 'lexicon' && x.ref.id === s.country && x.first >= s.first && x.last <= s.last);
    if (country !== undefined) add(s, s.kind === 'Group' ? 'NATIONAL_OF' : 'BASED_IN', country, 'fact.nationality', 0.75);
  }
  // a cell of an organisation: «أول خلية لتنظيم القاعدة»
  for (const c of spans.filter((s) => s.kind === 'Cell')) {
    const k = after(ctx, c.last);
    const org = k >= 0 ? startingAt(k) : undefined;
    if (org !== undefined && org.kind === 'Organization' && org.clitic.endsWith('ل')) add(c, 'AFFILIATED_WITH', org, 'fact.cell-of', 0.65);
  }
  laterFacts(fc);
  conjunctFacts(fc);
  return facts;
}
