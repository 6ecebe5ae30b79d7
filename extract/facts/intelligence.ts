/**
 * International and inter-agency cooperation (`fact.intelligence.*`, `fact.cooperation.*`):
 * - information given: «المعلومات الدقيقة التي وفرتها X لمكتب …», «وفرت X معلومات لكل من فرنسا واسبانيا»,
 *   «بناء على معلومات دقيقة وفرتها X» / «… للمديرية العامة …» (the recipient is then the clause's actor)
 *   → PROVIDED_INTELLIGENCE_TO, for each recipient of a list («لعدد من الدول، من بينها A وB»);
 * - information exchanged: «تبادل المعلومات مع X (وعلى رأسهم A وB)», «… بين A وB» → EXCHANGES_INTELLIGENCE_WITH;
 * - cooperation between parties: «التعاون/التنسيق القائم بين A وB وC», «التعاون الأمني المغربي الإسباني»
 *   (two nisbas), «عززت الرباط وباريس تنسيقهما», «الشراكة التي تجمعه بـX», «تعاونه مع X» → COOPERATED_WITH;
 * - coordination by a verb: «كان ينسق مع X» → COORDINATED_WITH;
 * - the agency apposed to a counterpart («لنظيرتها الفرنسية، المديرية العامة …») receives what the counterpart is
 *   given; what the information «مكنت من» (a foiling, an operation), giver and receiver did (`fact.intelligence.enabled`);
 * - an agency watching someone: «رصدت المديرية تحركات …» → SURVEILLED (`fact.surveilled.agency`).
 */
import { OPERATION_TYPES, type EventType } from '../data/vocabulary.ts';
import type { FactContext, KeyedSpan } from '../fact-context.ts';
import { normalizeWord, QUOTE } from '../tokens.ts';
import { counterpartCountry } from '../cues/institutions.ts';

const norms = (list: readonly string[]): Set<string> => new Set(list.map(normalizeWord));
const INFO = norms(['معلومات', 'المعلومات', 'معلومة', 'المعلومة', 'معطيات', 'المعطيات', 'بمعلومات', 'بالمعلومات', 'المعلومات الاستخباراتية', 'معلومات استخباراتية']);
const PROVIDE = norms([
  'وفر', 'وفرت', 'وفرتها', 'وفرها', 'توفير', 'بتوفير', 'قدم', 'قدمت', 'قدمتها', 'قدمها', 'تقديم', 'أمدت', 'أمد', 'زودت', 'زود', 'تزويد', 'منحت', 'نقلت',
  'تقاسمت', 'أرسلت', 'سلمت', 'يوفر', 'توفر', 'تقدم', 'يقدم',
]);
const EXCHANGE = norms(['تبادل', 'بتبادل', 'وتبادل', 'تقاسم', 'بتقاسم', 'تبادلت', 'تتبادل', 'يتبادل', 'تبادلا', 'يتبادلان']);
const COOPERATION = norms([
  'التعاون', 'تعاون', 'بالتعاون', 'والتعاون', 'التنسيق', 'تنسيق', 'بالتنسيق', 'الشراكة', 'شراكة', 'بالشراكة', 'تنسيقهما', 'تعاونهما', 'تنسيقها',
  'تعاونها', 'تعاونه', 'تنسيقه', 'شراكتهما', 'الشراكه', 'التعاون الأمني', 'مشتركة', 'المشتركة', 'مشترك', 'المشترك',
]);
const COORDINATE_VERB = norms(['ينسق', 'تنسق', 'نسق', 'نسقت', 'ينسقون', 'يتعاون', 'تتعاون', 'تعاونت', 'تعاون']);
/** Words that open the members of a list of partners just named by a common noun. */
const INCLUDING = norms(['رأسهم', 'رأسها', 'بينها', 'بينهم', 'سيما', 'خاصة', 'وخاصة', 'منها']);
const PARTY = ['Agency', 'Place', 'Organization'];

export function intelligenceFacts(fc: FactContext): void {
  const { ctx, word } = fc;
  const n = ctx.tokens.length;
  for (let i = 0; i < n; i += 1) {
    if (fc.has(INFO, i)) provided(fc, i);
    // «تبادل المعلومات مع …», «تبادلت مع الديستي معطيات حول …»
    if (fc.has(EXCHANGE, i) && [1, 2, 3, 4].some((d) => fc.has(INFO, i + d))) exchanged(fc, i);
    if (fc.has(COOPERATION, i)) cooperation(fc, i);
    if (fc.has(PRAISE, i)) praised(fc, i);
    if (WATCH.test(fc.bare(i))) watched(fc, i);
    if (/^(و|ل|ب)?تحديد$/.test(word(i)) && /^(مكان|هويه|اماكن|هويات)$/.test(word(i + 1))) located(fc, i);
    if (fc.has(COORDINATE_VERB, i) && word(i + 1) === 'مع') {
      const partner = fc.nextSpan(i + 1, ['Agency', 'Person', 'Group', 'Cell', 'Place'], 3);
      const who = fc.subjectBefore(i, ['Person', 'Group', 'Cell', 'Agency', 'Place'], 14);
      if (partner !== undefined && who !== undefined) fc.add(who, 'COORDINATED_WITH', partner, 'fact.cooperation.verb', 0.65);
    }
  }
}

/** The spans a recipient or partner phrase names, from the first after `from` (lists and «من بينها» included). */
function partiesAfter(fc: FactContext, from: number, within: number, requireLam: boolean): KeyedSpan[] {
  const { word } = fc;
  // «… الى المديرية العامة للأمن الداخلي»: «إلى» before the recipient does what the glued «ل» does
  // «… لنظيرتها الفرنسية، المديرية العامة للأمن الداخلي»: the agency apposed to the counterpart given to
  const toCounterpart = (s: KeyedSpan): boolean => {
    const c = counterpartCountry(fc.ctx, fc.lex, s);
    return c !== null && word(c.counterpart).startsWith('ل');
  };
  const toward = (s: KeyedSpan): boolean => s.clitic.endsWith('ل') || /^(الي|الى)$/.test(word(s.first - 1)) || toCounterpart(s);
  const first = fc.spans.find((s) => s.first > from && s.first <= from + within && PARTY.includes(s.kind) && (!requireLam || toward(s)));
  // «لكل من فرنسا واسبانيا»
  for (let k = from + 1; k <= from + within; k += 1) {
    if (/^(لكل|وكل|كل|بكل)$/.test(word(k)) && word(k + 1) === 'من') {
      const s = fc.nextSpan(k + 1, PARTY, 2);
      if (s !== undefined) return fc.listFrom(s, PARTY);
    }
  }
  if (first !== undefined) return fc.listFrom(first, PARTY);
  // «لعدد من الدول الشريكة، من بينها إسبانيا وفرنسا», «مع شركائه الدوليين، وعلى رأسهم …»
  for (let k = from + 1; k <= from + within + 8 && k < fc.ctx.tokens.length; k += 1) {
    if (!fc.has(INCLUDING, k)) continue;
    const s = fc.nextSpan(k, PARTY, 2);
    if (s !== undefined) return fc.listFrom(s, PARTY);
  }
  return [];
}

function provided(fc: FactContext, i: number): void {
  const { word } = fc;
  let verb = -1;
  // «وفرت خلال السنة الماضية معلومات …»: a time phrase may sit between the verb and its object
  for (let k = Math.max(0, i - 5); k <= i + 4 && k < fc.ctx.tokens.length; k += 1) {
    if (k !== i && fc.has(PROVIDE, k)) {
      verb = k;
      break;
    }
  }
  let provider: KeyedSpan | undefined;
  let recipients: KeyedSpan[] = [];
  if (verb > i) {
    // «المعلومات (الدقيقة) التي وفرتها X لمكتب …» / «… وفرتها لمكتب …» (the provider is then the clause's subject)
    const afterVerb = fc.nextSpan(verb, PARTY, 2);
    if (afterVerb !== undefined && !afterVerb.clitic.endsWith('ل')) provider = afterVerb;
    recipients = partiesAfter(fc, provider?.last ?? verb, 4, true);
    provider ??= fc.actorBefore(i) ?? fc.prevSpan(i, ['Agency', 'Place'], 20);
  } else if (verb >= 0) {
    // «وفرت المصالح الأمنية معلومات …», «المصالح … سبق أن وفرت معلومات … لكل من …»
    provider = fc.nextSpan(verb, ['Agency', 'Place'], 2) ?? fc.prevSpan(verb, ['Agency', 'Place', 'Person'], 12);
    recipients = partiesAfter(fc, i, 5, true);
  } else {
    // «بناء على معلومات دقيقة للمديرية العامة …»: the provider in the genitive, the clause's actor receives
    provider = fc.spans.find((s) => s.first > i && s.first <= i + 3 && s.kind === 'Agency' && s.clitic.endsWith('ل'));
    if (provider === undefined || !/^(بناء|علي|وفق|بفضل|ب)/.test(word(i - 1) + word(i - 2))) return;
  }
  if (provider === undefined) return;
  if (recipients.length === 0 || recipients.every((r) => r.key === provider?.key)) {
    // «تمكن المكتب …، بناء على معلومات وفرتها المديرية …»: the actor of the clause is who received them
    // the nearest agency before the phrase is the clause's subject («أفادت المديرية …، أن المكتب … تمكن، بناء على …»)
    const subject = fc.actorBefore(i);
    const actor = (subject !== undefined && subject.key !== provider?.key ? subject : undefined) ?? [...fc.spans].reverse().find((s) => s.kind === 'Agency' && s.key !== provider?.key && s.last < i) ?? fc.spans.find((s) => s.kind === 'Agency' && s.key !== provider?.key && s.first > (provider?.last ?? i));
    if (actor !== undefined && /بناء|بفضل|وفق/.test(word(i - 1) + word(i - 2) + word(i - 3))) recipients = [actor];
  }
  // «وأوضح البلاغ أن عملية التوقيف تمت بناء على معلومات دقيقة وفرتها المديرية …»: no actor in the sentence, the
  // recipient is the agent of the operation told before, and the provider took part in the operation
  const implicit = recipients.length === 0 && /بناء|بفضل|وفق/.test(word(i - 1) + word(i - 2) + word(i - 3));
  if (implicit) {
    const agent = fc.ctx.memory?.latest('operation-agent');
    if (agent !== undefined && agent !== provider.key) fc.add(provider, 'PROVIDED_INTELLIGENCE_TO', agent, 'fact.intelligence.implicit', 0.6);
    const operation = fc.spans.find((s) => s.kind === 'Event' && s.last < i && OPERATION_TYPES.has((s.eventType ?? '') as EventType))?.key ?? fc.ctx.memory?.latest('operation');
    if (operation !== undefined) fc.add(provider, 'PARTICIPATED_IN', operation, 'fact.intelligence.implicit', 0.55);
  }
  for (const r of recipients) if (r.key !== provider.key) fc.add(provider, 'PROVIDED_INTELLIGENCE_TO', r, 'fact.intelligence.provided', 0.7);
  enabled(fc, Math.max(i, verb, ...recipients.map((r) => r.last)), [provider, ...recipients]);
}

/** An agency's verbs of watching someone: «رصدت», «تتبعت», «راقبت». */
const WATCH = /^(رصدت|رصد|ترصد|يرصد|تتبعت|تتبع|راقبت|تراقب|تعقبت|رصدتها|رصدته|رصدتهم|تتبعته|تتبعتها|راقبته|راقبتها)$/;
/** What of someone is watched: «تحركات», «أنشطة», «تواصلها». */
const WATCHED_DOINGS = /^(تحركات|تحركاته|تحركاتها|تحركاتهم|انشطه|انشطته|انشطتها|انشطتهم|نشاط|نشاطه|نشاطها|نشاطهم|تواصل|تواصله|تواصلها|تواصلهم|اتصالات|اتصالاته|اتصالاتها|اتصالاتهم)$/;

/**
 * `fact.surveilled.agency`: «رصدت المديرية تحركات أفراد الشبكة», «رصدت مصالح "الديستي" تواصلها مع …»: the agency
 * watched whom the doings belong to (the next party, or with a pronoun the one the clause is about).
 */
function watched(fc: FactContext, i: number): void {
  const { word } = fc;
  const agency = fc.nextSpan(i, ['Agency'], 3) ?? fc.prevSpan(i, ['Agency'], 4);
  if (agency === undefined) return;
  const from = agency.first > i ? agency.last : i;
  // a closing quotation mark may end the agency's name
  const next = fc.ctx.tokens[from + 1]?.type === 'punct' && QUOTE.has(fc.ctx.tokens[from + 1]?.text ?? '') ? from + 2 : from + 1;
  const doings = WATCHED_DOINGS.test(word(next)) ? next : -1;
  // («أنشطة» ends in a ta marbuta read as «ه», no pronoun)
  const pronoun = /^(رصدت|تتبعت|راقبت|تعقبت)(ه|ها|هم)$/.test(word(i)) || (doings >= 0 && /(ه|ها|هم)$/.test(word(doings)) && word(doings) !== 'انشطه');
  const whom = pronoun ? fc.prior(i, ['Person', 'Group', 'Cell'], 30) : doings >= 0 ? fc.nextSpan(doings, ['Person', 'Group', 'Cell', 'Organization'], 2) : undefined;
  if (whom !== undefined && whom.key !== agency.key) fc.add(agency, 'SURVEILLED', whom, 'fact.surveilled.agency', 0.6);
}

/** «مكنت من», «ساهمت في», «أسهمت في»: what the information made possible. */
const ENABLED = /^(مكنت|مكن|ساهمت|اسهمت|ساعدت|سمحت)$/;

/**
 * `fact.intelligence.enabled`: «معلومات قدمتها X لنظيرتها Y مكنت من إحباط مخطط …»: who gave the information and who
 * received it both foiled the plot it made possible to foil; an operation it made possible, both took part in.
 */
function enabled(fc: FactContext, from: number, parties: readonly KeyedSpan[]): void {
  const { word } = fc;
  let k = from + 1;
  while (k < fc.ctx.tokens.length && k <= from + 8 && !ENABLED.test(fc.bare(k))) k += 1;
  if (!ENABLED.test(fc.bare(k)) || !/^(من|في|علي)$/.test(word(k + 1))) return;
  const event = fc.nextSpan(k + 1, ['Event'], 2);
  if (event === undefined) return;
  const plot = event.eventType === 'foiling' ? fc.nextSpan(event.first, ['Event'], 3) : undefined;
  for (const p of parties) {
    if (plot !== undefined && plot.key !== event.key) fc.add(p, 'FOILED', plot, 'fact.intelligence.enabled', 0.6);
    else if (OPERATION_TYPES.has((event.eventType ?? '') as EventType)) fc.add(p, 'PARTICIPATED_IN', event, 'fact.intelligence.enabled', 0.55);
  }
}

/**
 * `fact.praised`: «أشاد الحموشي بالمجهودات التي بذلتها مصالح ولاية أمن طنجة في هذه العملية», «مشيدا بعمل …»: the
 * speaker PRAISED the agency; the agency whose efforts were spent «في هذه العملية» PARTICIPATED_IN it.
 */
function praised(fc: FactContext, i: number): void {
  const by = fc.prior(i, ['Person', 'Agency', 'Place'], 12) ?? fc.nextSpan(i, ['Person', 'Document'], 2);
  // «أشاد تقرير … بالاستراتيجية الشاملة», «نوه التقرير بدور المكتب …»: what «بـ» (or «بدور», «بجهود») introduces
  const marked = fc.spans.find(
    (s) => ['Agency', 'Document', 'Person', 'Place'].includes(s.kind) && s.first > (by?.last ?? i) && s.first <= i + 24 && s.key !== by?.key && (s.clitic.endsWith('ب') || PRAISED_FOR.test(fc.word(s.first - 1))),
  );
  // the agency right after a report is its issuer («تقرير وزارة الخارجية»), not what it praises
  const what = marked ?? (by?.kind === 'Document' ? undefined : fc.spans.find((s) => s.kind === 'Agency' && s.first > i && s.first <= i + 8 && s.key !== by?.key));
  if (what === undefined) return;
  if (by !== undefined && !(by.first > i && by.last >= what.first)) fc.add(by, 'PRAISED', what, 'fact.praised', 0.6);
  const operation = fc.spans.find((s) => s.kind === 'Event' && s.first > what.last && s.first <= what.last + 5 && OPERATION_TYPES.has((s.eventType ?? '') as EventType));
  if (operation !== undefined) fc.add(what, 'PARTICIPATED_IN', operation, 'fact.praised.part', 0.55);
}

const PRAISED_FOR = /^(ب|و)?(دور|الدور|عمل|جهود|مجهودات|بالمجهودات|المجهودات|نجاعه|كفاءه|تعاون|التعاون)$/;
const PRAISE = new Set(['اشاد', 'اشادت', 'يشيد', 'تشيد', 'مشيدا', 'مشيده', 'نوه', 'نوهت', 'ينوه', 'منوها', 'ثمن', 'ثمنت', 'يثمن', 'مثمنا'].map(normalizeWord));

function exchanged(fc: FactContext, i: number): void {
  const { word } = fc;
  let k = i + 1;
  while (k < i + 6 && word(k) !== 'مع' && word(k) !== 'بين') k += 1;
  if (word(k) === 'بين') {
    const first = fc.nextSpan(k, PARTY, 2);
    const parties = first === undefined ? [] : fc.listFrom(first, PARTY);
    pairwise(fc, parties, 'EXCHANGES_INTELLIGENCE_WITH', 'fact.intelligence.exchange', 0.65);
    return;
  }
  if (word(k) !== 'مع') return;
  const partners = partiesAfter(fc, k, 3, false);
  const who = fc.prevSpan(i, ['Agency', 'Place', 'Person'], 12);
  if (who === undefined) return;
  for (const p of partners) fc.add(who, 'EXCHANGES_INTELLIGENCE_WITH', p, 'fact.intelligence.exchange', 0.65);
}

function cooperation(fc: FactContext, i: number): void {
  const { ctx, word } = fc;
  // «التعاون (الأمني) (الوثيق) (القائم) بين A وB وC»
  for (let k = i + 1; k < Math.min(ctx.tokens.length, i + 6); k += 1) {
    if (word(k) !== 'بين') continue;
    const first = fc.nextSpan(k, [...PARTY, 'Person'], 2);
    if (first !== undefined) pairwise(fc, fc.listFrom(first, [...PARTY, 'Person']), 'COOPERATED_WITH', 'fact.cooperation.between', 0.7);
    return;
  }
  // «التعاون الأمني المغربي الإسباني»: two nisbas (as places) right after the noun
  const nisbas = fc.spans.filter((s) => s.kind === 'Place' && s.rule.startsWith('gazetteer.nisba') && s.first > i && s.first <= i + 4);
  if (nisbas.length >= 2) {
    pairwise(fc, nisbas, 'COOPERATED_WITH', 'fact.cooperation.nisbas', 0.65);
    return;
  }
  // «عززت الرباط وباريس تنسيقهما»: the two parties before a dual possessive
  if (/هما$/.test(word(i))) {
    const last = fc.prevSpan(i, [...PARTY], 3);
    const first = last === undefined ? undefined : fc.prevSpan(last.first, [...PARTY], 3);
    if (first !== undefined && last !== undefined) pairwise(fc, fc.listFrom(first, PARTY), 'COOPERATED_WITH', 'fact.cooperation.dual', 0.6);
    return;
  }
  // «الشراكة (المثمرة) التي تجمعه بالأجهزة …», «تعاونه مع X»
  for (let k = i + 1; k < Math.min(ctx.tokens.length, i + 6); k += 1) {
    const w = word(k);
    const bind = /^(تجمع|تربط)(ه|ها|هما)?$/.test(w) ? fc.nextSpan(k, PARTY, 2) : undefined;
    const withWord = w === 'مع' && !/^(بتنسيق|وبتنسيق|بالتنسيق|بتعاون|وبتعاون|بالتعاون)$/.test(word(i)) ? fc.nextSpan(k, PARTY, 2) : undefined;
    const partner = bind ?? withWord;
    if (partner === undefined) continue;
    const who = fc.actorBefore(i) ?? fc.prevSpan(i, ['Agency', 'Place', 'Person'], 10);
    if (who !== undefined) for (const p of fc.listFrom(partner, PARTY)) fc.add(who, 'COOPERATED_WITH', p, 'fact.cooperation.with', 0.6);
    return;
  }
}

function pairwise(fc: FactContext, parties: readonly KeyedSpan[], type: string, rule: string, confidence: number): void {
  parties.forEach((a, x) => parties.slice(x + 1).forEach((b) => fc.add(a, type, b, rule, confidence)));
}

/**
 * «تحديد مكان أباعود», «تحديد هوية المشتبه فيهم»: who located or identified them — the provider of the information that
 * made it possible (HELPED_LOCATE), else the clause's actor (LOCATED, IDENTIFIED).
 */
function located(fc: FactContext, i: number): void {
  const where = /^(مكان|اماكن)$/.test(fc.word(i + 1));
  const at = fc.word(i + 2) === 'وجود' ? i + 2 : i + 1;
  const who = fc.nextSpan(at, ['Person', 'Group'], 2);
  if (who === undefined) return;
  const informed = fc.facts.find((f) => f.type === 'PROVIDED_INTELLIGENCE_TO');
  if (informed !== undefined && where) {
    fc.add(informed.source, 'HELPED_LOCATE', who, 'fact.located.informed', 0.55);
    return;
  }
  const actor = fc.actorBefore(i) ?? fc.prevSpan(i, ['Agency'], 20);
  if (actor !== undefined && actor.kind === 'Agency') fc.add(actor, where ? 'LOCATED' : 'IDENTIFIED', who, 'fact.located', 0.55);
}
