/**
 * Verdicts (`fact.verdict.*`). A court's decision is an Event of type verdict. It TARGETED each defendant it
 * names: after «في حق» («بالإعدام في حق المتهمين الثلاثة», a list included), the object of «أدانت X», the subject
 * of a passive «أدين X». The court SENTENCED (or ACQUITTED) them directly, with the penalty it gave
 * («بالإعدام», «بالسجن المؤبد», «بعشر سنوات سجنا نافذا»), and ISSUED the verdict. The court is the judicial
 * agency of the clause («قضت غرفة الجنايات …»), else the article's latest one («كما قضت المحكمة …»). What the
 * defendants were convicted of: the event after «في» that follows them («… في جريمة قتل سائحتين»).
 */
import type { FactContext, KeyedSpan } from '../fact-context.ts';
import { spanText } from '../spans.ts';
import { normalizeWord } from '../tokens.ts';

const COURT = /(محكمه|غرفه الجنايات|الغرفه الجناييه|غرفه الجنح|هييه الحكم|قاضي|قضاه)/;
const ACQUITTAL = /^(البراءه|براءه|ببراءه|برات|برا|تبرئه|بتبرئه)$/;
const PENALTY_HEAD = /^(بالاعدام|الاعدام|بالسجن|السجن|بالمؤبد|المؤبد|بالحبس|الحبس|بغرامه)$/;
const NUMBER_WORD = /^ب?(سنه|سنتين|سنوات|عام|اعوام|عشر|خمس|ست|سبع|ثماني|ثمان|تسع|ثلاث|اربع|عشرين|ثلاثين|عشره|خمسه|سته|سبعه|ثمانيه|تسعه|ثلاثه|اربعه)$/;

const CRIMES: ReadonlySet<string> = new Set(['attack', 'killing', 'plot']);
/** The word that introduces the case a verdict is given in: «في ملف …», «في قضية …», «بملف …». */
const FILE = /^(في|ب)?(ال)?(ملف|قضيه|جريمه)$/;

/** True for the name of a court or a chamber. */
export function isCourtName(name: string): boolean {
  return COURT.test(normalizeWord(name));
}

export function verdictFacts(fc: FactContext): void {
  const { ctx, spans, word } = fc;
  const verdicts = spans.filter((s) => s.kind === 'Event' && s.eventType === 'verdict');
  const allCourts = spans.filter((s) => s.kind === 'Agency' && isCourtName(spanText(ctx, s)));
  // «غرفة الجنايات … بملحقة محكمة الاستئناف بسلا»: the chamber is part of the court that hosts it, and judges
  const hosts = new Set<KeyedSpan>();
  for (const c of allCourts) {
    // «غرفة الجنايات بمحكمة الاستئناف بالدار البيضاء»: the court glued with «ب» right after a chamber hosts it
    const glued = c.clitic.endsWith('ب') && allCourts.some((o) => o !== c && o.last === c.first - 1);
    if (!glued && !/^(بملحقه|ملحقه|بالملحقه|التابعه|لدي)$/.test(word(c.first - 1)) && !(word(c.first - 1) === 'ل' && word(c.first - 2) === 'التابعه')) continue;
    const chamber = [...allCourts].reverse().find((o) => o !== c && o.last < c.first && c.first - o.last <= 10);
    if (chamber === undefined) continue;
    hosts.add(c);
    fc.add(chamber, 'PART_OF', c, 'fact.court.annex', 0.7);
  }
  const courts = allCourts.filter((c) => !hosts.has(c));
  verdicts.forEach((e, n) => {
    const end = verdicts[n + 1]?.first ?? ctx.tokens.length;
    const targets = defendants(fc, e, end);
    const court =
      courts.find((c) => c.first > e.last && c.first <= e.last + 3) ??
      [...courts].reverse().find((c) => c.last < e.first) ??
      courts.find((c) => c.first > e.last && c.first < end);
    const courtKey = court?.key ?? ctx.memory?.latest('court');
    const stop = targets[targets.length - 1]?.last ?? end - 1;
    let acquittal = false;
    for (let k = e.first; k <= Math.min(stop + 3, ctx.tokens.length - 1); k += 1) if (ACQUITTAL.test(word(k))) acquittal = true;
    const penalty = penaltyAfter(fc, e.last, Math.min(end, stop + 12));
    for (const t of targets) {
      fc.add(e, 'TARGETED', t, 'fact.verdict.defendant', 0.75);
      if (courtKey !== undefined) fc.add(courtKey, acquittal ? 'ACQUITTED' : 'SENTENCED', t, 'fact.verdict.court', 0.75, penalty === null ? {} : { penalty });
    }
    if (courtKey !== undefined) fc.add(courtKey, 'ISSUED', e, 'fact.verdict.court', 0.7);
    // «في ملف تفجيرات 16 ماي», «في قضية مقتل السائحتين»: the case the verdict concerns
    const file = spans.find((s) => s.kind === 'Event' && CRIMES.has(s.eventType ?? '') && s.first > e.last && s.first < end && FILE.test(word(s.first - 1)));
    if (file !== undefined) fc.add(e, 'CONCERNS', file, 'fact.verdict.case', 0.65);
    // «… في حق المتهمين الثلاثة في جريمة قتل سائحتين»: the crime they answer for
    const last = targets[targets.length - 1];
    if (last !== undefined) {
      // («… في حق ثلاثة متهمين في قضية مقتل سائحتين»: the word of the case may come between)
      const crime = spans.find((s) => s.kind === 'Event' && s.eventType !== 'verdict' && s.first > last.last && s.first <= last.last + 4 && (word(s.first - 1) === 'في' || s.clitic.endsWith('ب') || (FILE.test(word(s.first - 1)) && CRIMES.has(s.eventType ?? ''))));
      if (crime !== undefined) for (const t of targets) fc.add(t, acquittal ? 'ACQUITTED_OF' : 'CONVICTED_OF', crime, 'fact.verdict.crime', 0.65);
    }
  });
}

/**
 * `fact.referral.*`: «أحيل أربعة متطرفين على قاضي التحقيق», «إحالتهم على الوكيل العام للملك»: the referral TARGETED
 * the people it hands over (the event rules give its object) and was REFERRED_TO the official or court after «على/إلى».
 */
export function referralFacts(fc: FactContext): void {
  const { spans, word } = fc;
  for (const e of spans.filter((s) => s.kind === 'Event' && s.eventType === 'referral')) {
    // «أحالت عناصر المكتب المركزي …، اليوم السبت، المشتبه فيهم …»: a finite verb's subject right after it is the agent
    const agent = /^(و|ف)?(احالت|احال)$/.test(word(e.first)) ? fc.nextSpan(e.last, ['Agency'], 3) ?? fc.actorBefore(e.first) : fc.actorBefore(e.first);
    if (agent !== undefined) fc.add(agent, 'CONDUCTED', e, 'fact.referral.agent', 0.65);
    const objectFrom = agent !== undefined && agent.first > e.last ? agent.last : e.last;
    for (let k = e.last + 1; k < Math.min(fc.ctx.tokens.length, e.last + 30); k += 1) {
      if (!/^(علي|الي|امام)$/.test(word(k))) continue;
      const to = fc.nextSpan(k, ['Person', 'Agency'], 2);
      if (to !== undefined) fc.add(e, 'REFERRED_TO', to, 'fact.referral.to', 0.7);
      break;
    }
    // «تقديمهم», «إحالتهم»: the people the pronoun stands for; «أحيل X»: the people after the verb
    const objectAfter = objectFrom > e.last ? spans.find((s) => ['Group', 'Person'].includes(s.kind) && s.first > objectFrom && s.first <= objectFrom + 8) : fc.nextSpan(e.last, ['Group', 'Person'], 2);
    const whom = /(ه|ها|هم|هما)$/.test(word(e.last)) ? (fc.prevSpan(e.first, ['Group', 'Person'], 30) ?? fc.ctx.memory?.latest('suspects')) : objectAfter;
    if (whom !== undefined) fc.add(e, 'TARGETED', whom, 'fact.referral.whom', 0.7);
  }
}

const APPEAL_NOUN = /^(ب|و|وب|بعد)?(استيناف|الاستيناف|طعن|الطعن)$/;
const APPEAL_VERB = /^(و|ف)?(استانف|استانفت|استانفوا|استانفا|يستانف|تستانف|يستانفون|طعن|طعنت|يطعن|تطعن)(ه|ها|هم)?$/;

/**
 * `fact.appeal`: «بعد استئناف النيابة العامة للحكم الابتدائي», «قبل أن يستأنفه دفاع المتهمين والنيابة العامة»: who
 * appealed (the party after the noun or the verb, with the rest of its list; else the subject before the verb) APPEALED
 * the verdict (the one after «لـ», the one a pronoun stands for, else the sentence's nearest).
 */
export function appealFacts(fc: FactContext): void {
  const { ctx, spans, word } = fc;
  const verdicts = spans.filter((s) => s.kind === 'Event' && s.eventType === 'verdict');
  const parties = ['Agency', 'Group', 'Person'];
  for (let k = 0; k < ctx.tokens.length; k += 1) {
    const noun = APPEAL_NOUN.test(word(k));
    const verb = APPEAL_VERB.exec(word(k));
    if (!noun && verb === null) continue;
    if (spans.some((s) => s.kind === 'Event' && s.eventType === 'verdict' && s.first <= k && k <= s.last)) continue;
    const first = fc.nextSpan(k, parties, 2);
    const who = first !== undefined ? fc.listFrom(first, parties) : verb !== null ? [fc.prevSpan(k, parties, 8, false)].filter((x): x is KeyedSpan => x !== undefined) : [];
    const pronoun = verb?.[3] !== undefined;
    const after = verdicts.find((v) => v.first > k && v.first <= k + 8);
    const verdict = pronoun ? ([...verdicts].reverse().find((v) => v.last < k) ?? after) : (after ?? [...verdicts].reverse().find((v) => v.last < k));
    if (verdict === undefined) continue;
    for (const w of who) fc.add(w, 'APPEALED', verdict, 'fact.appeal', 0.65);
  }
}

/** Who a verdict is about: after «في حق», else its object or (passive) its subject. */
function defendants(fc: FactContext, e: KeyedSpan, end: number): KeyedSpan[] {
  const { word } = fc;
  for (let k = e.last + 1; k < end - 1; k += 1) {
    if (word(k) !== 'في' || !/^حق(ه|ها|هم|هما)?$/.test(word(k + 1))) continue;
    if (word(k + 1) !== 'حق') {
      // «في حقه»: the person the sentence is about
      const p = fc.prevSpan(e.first, ['Person', 'Group'], 40);
      return p === undefined ? [] : [p];
    }
    const t = fc.nextSpan(k + 1, ['Person', 'Group', 'Cell'], 6);
    return t === undefined ? [] : fc.listFrom(t, ['Person', 'Group']);
  }
  if (/^(ادين|ادينوا|ادينت)$/.test(fc.bare(e.first))) {
    const p = fc.prevSpan(e.first, ['Person', 'Group'], 12);
    // «أحد الموقوفين سبق أن أدين»: the one of them, not the group named inside his phrase
    const outer = p === undefined ? undefined : fc.spans.find((s) => s.kind === 'Person' && s !== p && s.first <= p.first && p.last <= s.last);
    return p === undefined ? [] : [outer ?? p];
  }
  // «أدانت غرفة الجنايات … بملحقة محكمة الاستئناف بالرباط المدعو …»: the object follows the court and its seat
  let from = e.last;
  // «أدانت في وقت سابق محمد …»: an adverbial of time between the verb and its object, no other span
  const firstAfter = fc.spans.find((s) => s.first > e.last);
  const farObject = firstAfter !== undefined && ['Person', 'Group'].includes(firstAfter.kind) && firstAfter.first <= e.last + 6 ? firstAfter : undefined;
  const direct = fc.nextSpan(from, ['Person', 'Group', 'Cell'], 3) ?? farObject;
  for (let s = fc.nextSpan(from, ['Agency', 'Place', 'Date'], 2); direct === undefined && s !== undefined; s = fc.nextSpan(from, ['Agency', 'Place', 'Date'], 2)) from = s.last;
  const object = direct ?? fc.nextSpan(from, ['Person', 'Group', 'Cell'], 3);
  return object === undefined ? [] : fc.listFrom(object, ['Person', 'Group']);
}

/** «بالإعدام», «بالسجن المؤبد», «بعشر سنوات سجنا نافذا»: the penalty's words, up to the next comma or «في». */
function penaltyAfter(fc: FactContext, from: number, to: number): string | null {
  const { ctx, word } = fc;
  for (let k = from + 1; k < to; k += 1) {
    const w = word(k);
    if (!PENALTY_HEAD.test(w) && !(NUMBER_WORD.test(w) && w.startsWith('ب')) && !(ctx.tokens[k]?.type === 'number' && word(k - 1) === 'ب')) continue;
    let j = k;
    while (j + 1 < to && ctx.tokens[j + 1]?.type !== 'punct' && word(j + 1) !== 'في' && j - k < 5) j += 1;
    const a = ctx.tokens[k];
    const b = ctx.tokens[j];
    return a === undefined || b === undefined ? null : ctx.text.slice(a.start, b.end);
  }
  return null;
}
