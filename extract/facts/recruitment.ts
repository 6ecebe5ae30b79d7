/**
 * Recruitment, financing, direction and contacts (`fact.recruited`, `fact.financed`, `fact.directed`,
 * `fact.supplied`, `fact.allegiance.person`):
 * - «استقطاب وتجنيد شباب مغاربة لفائدة جماعة …» → the subject RECRUITED the people and RECRUITED_FOR the group;
 * - «تكلف بتمويل أعضاء الخلية», «يتولى تمويل سفر المجندين» → FINANCED;
 * - «تزويدهم بالأسلحة» → SUPPLIED (the ones just financed or recruited);
 * - «يتولى رصد مقرات أمنية» → SURVEILLED (by the extremists of the clause; «رصدت الأجهزة» is told by its verb, not here);
 * - «يتلقون تعليماتهم من X», «بتوجيهات من X», «كان يوجه خلية» → X DIRECTED them;
 * - «بايعوا أمير التنظيم», «أعلن مبايعته لأمير …» → PLEDGED_ALLEGIANCE_TO the person.
 * The actor is the nearest person, else cell, group or organisation before the word that is no object of an
 * earlier act of the sentence («تمويل أعضاء الخلية … كما عمل على استقطاب» is still the leader's doing).
 */
import type { FactContext, KeyedSpan } from '../fact-context.ts';
import { normalizeWord } from '../tokens.ts';

const norms = (list: readonly string[]): Set<string> => new Set(list.map(normalizeWord));
const RECRUIT = norms([
  'استقطاب', 'تجنيد', 'واستقطاب', 'وتجنيد', 'باستقطاب', 'بتجنيد', 'لاستقطاب', 'لتجنيد', 'استقطب', 'استقطبت', 'جند', 'جندت', 'يجند', 'تجند', 'يستقطب',
  'تستقطب', 'يجندون', 'يستقطبون', 'التجنيد', 'الاستقطاب',
]);
const FINANCE = norms(['تمويل', 'بتمويل', 'وتمويل', 'لتمويل', 'يمول', 'تمول', 'مول', 'مولت', 'يمولون', 'التمويل']);
const SUPPLY = norms(['تزويد', 'بتزويد', 'وتزويد', 'تزويدهم', 'وتزويدهم', 'تزويده', 'وتزويده', 'يزود', 'زود', 'زودت', 'يزودهم', 'زودهم', 'وزود', 'أمد', 'أمدت', 'أمدهم']);
/** Watching a target before striking it: «رصد مقرات أمنية», «مراقبة تحركات …» (the verbal noun after «يتولى»). */
const SURVEIL = norms(['رصد', 'برصد', 'ورصد', 'لرصد', 'استطلاع', 'باستطلاع', 'واستطلاع']);
const SEND = norms(['أرسل', 'أرسلت', 'يرسل', 'ترسل', 'بعث', 'بعثت', 'يبعث', 'وأرسل', 'وبعث', 'سلم', 'سلمت', 'يسلم', 'أرسلها', 'أرسله', 'أرسلتها', 'بعثها', 'بعثه', 'سلمها', 'سلمه']);
/** A finite verb of supplying or sending, whose subject may follow it («زود هذا المنسق …»). */
const FINITE_SUPPLY = /^(و|ف)?(زود|زودت|ارسل|ارسلت|بعث|بعثت|سلم|سلمت|امد|امدت)$/;
/** «الأسلحة التي … أرسلها قيادي … إلى أعضاء الخلية»: a verb of sending whose pronoun is the thing sent. */
const SENT_IT = /^(و|ف)?(ارسل|ارسلت|بعث|بعثت|سلم|سلمت)(ها|ه)$/;
const INSTRUCTIONS = norms(['تعليمات', 'تعليماتهم', 'تعليماته', 'تعليماتها', 'أوامرها', 'توجيهاتها', 'التعليمات', 'أوامر', 'أوامره', 'أوامرهم', 'الأوامر', 'توجيهات', 'توجيهاته', 'توجيهاتهم']);
const RECEIVE = norms(['يتلقون', 'يتلقى', 'تتلقى', 'تلقى', 'تلقوا', 'تلقت', 'يتلقيان']);
const BY_ORDER = norms(['بتعليمات', 'بتوجيهات', 'بأوامر', 'بتوجيه', 'بأمر', 'وبتعليمات', 'وبتوجيهات']);
const DIRECT_VERB = norms(['يوجه', 'توجه', 'وجه', 'وجهت', 'يوجهون', 'يدير', 'تدير', 'أدار', 'يسير']);
const FOR_WHOM = norms(['لفائدة', 'لصالح', 'لحساب']);
const PEOPLE = ['Group', 'Person', 'Cell'];
const SECURITY_OPERATIONS: ReadonlySet<string> = new Set(['operation', 'dismantling', 'arrest', 'raid', 'search', 'foiling', 'seizure']);
const ACTORS = ['Person', 'Cell', 'Group', 'Organization'];

export function recruitmentFacts(fc: FactContext): void {
  const { ctx, word } = fc;
  const objects = fc.objects;
  // «كانوا ينشطون في تجنيد …»: a plural verb before the act makes a group or cell its doer, not the person named last
  const pluralVerb = (i: number): boolean => {
    for (let k = i - 1; k >= Math.max(0, i - 4); k -= 1) if (/^(كانوا|وكانوا|ظلوا)$|^[يت]\S+(ون|ان)$|\S+وا$/.test(word(k))) return true;
    return false;
  };
  const actor = (i: number): KeyedSpan | undefined => (pluralVerb(i) ? fc.prior(i, ['Group', 'Cell', 'Organization'], 30) : undefined) ?? fc.prior(i, ACTORS, 30);
  let lastObject: KeyedSpan | undefined;
  /**
   * `fact.sent.it`: «الأسلحة التي تم العثور عليها أرسلها قيادي في التنظيم إلى أعضاء الخلية»: the subject after the verb
   * SENT the thing told before, which was SENT_TO those after «إلى», whom he SENT it to.
   */
  const sentIt = (i: number): boolean => {
    const thing = fc.prevSpan(i, ['Item'], 15, true);
    const who = fc.nextSpan(i, ['Person', 'Organization', 'Group'], 2);
    if (thing === undefined || who === undefined) return false;
    const to = ctx.tokens.findIndex((t, k) => k > who.last && k <= who.last + 10 && /^(الي|لفايده)$/.test(t.norm));
    const whom = to < 0 ? undefined : fc.nextSpan(to, PEOPLE, 2);
    fc.add(who, 'SENT', thing, 'fact.sent.it', 0.6);
    if (whom !== undefined && whom.key !== who.key) {
      fc.add(thing, 'SENT_TO', whom, 'fact.sent.it', 0.6);
      fc.add(who, 'SENT', whom, 'fact.sent.it', 0.55);
      objects.add(whom.key);
    }
    return true;
  };
  /**
   * «زود هذا المنسق أعضاء الخلية بمبالغ مالية», «وتزويدهم بالأسلحة», «بعث الى أعضاء الخلية بأسلحة نارية», «أرسل إليهم
   * مسدسين»: the doer (before the verb, else a finite verb's subject right after it) SENT or SUPPLIED the people and
   * the things (`cue.item.supplied`, money) of the clause.
   */
  const supplied = (i: number, type: 'SENT' | 'SUPPLIED'): void => {
    const w = word(i);
    if (SENT_IT.test(w) && sentIt(i)) return;
    const finite = FINITE_SUPPLY.test(w);
    let who = actor(i);
    let from = i;
    const subject = finite ? fc.nextSpan(i, ['Person', 'Organization'], 3) : undefined;
    if (who === undefined && subject !== undefined) {
      who = subject;
      from = subject.last;
    }
    if (who === undefined) return;
    // the people: the verb's pronoun («تزويدهم»), «إليهم», «الى X», else the object after the verb and its subject
    const pronounOnVerb = /(هم|ه|ها)$/.test(w) && !/^(و|ب)?تزويد$/.test(w);
    const toPronoun = /^(اليهم|لهم|اليه|له|اليها|لها|اليهما)$/.test(word(from + 1));
    const to = /^(الي|ل)$/.test(word(from + 1)) ? from + 1 : -1;
    const whom = pronounOnVerb || toPronoun
      ? (fc.prior(i, ['Group', 'Cell'], 30) ?? lastObject)
      : to >= 0 ? fc.nextSpan(to, PEOPLE, 3) : fc.nextSpan(from, PEOPLE, 3);
    if (whom !== undefined && whom.key !== who.key) {
      fc.add(who, type, whom, type === 'SENT' ? 'fact.sent' : 'fact.supplied', 0.6);
      objects.add(whom.key);
    }
    const end = Math.min(ctx.tokens.length, i + 16);
    for (const item of fc.spans.filter((x) => x.kind === 'Item' && x.first > i && x.first < end && (x.props['supplied'] === true || x.props['seized'] === false))) {
      if (fc.spans.some((x) => (x.kind === 'Event' || fc.has(SEND, x.first) || fc.has(SUPPLY, x.first)) && x.first > i && x.last < item.first && x.kind === 'Event')) break;
      fc.add(who, type, item, type === 'SENT' ? 'fact.sent.item' : 'fact.supplied.item', 0.6);
    }
  };
  for (let i = 0; i < ctx.tokens.length; i += 1) {
    if (fc.has(RECRUIT, i)) {
      let k = i;
      while (fc.has(RECRUIT, k + 1)) k += 1; // «استقطاب وتجنيد شباب»
      const whom = fc.nextSpan(k, ['Group', 'Person'], 3);
      const who = actor(i);
      if (whom !== undefined && who !== undefined && who.key !== whom.key) {
        fc.add(who, 'RECRUITED', whom, 'fact.recruited', 0.7);
        objects.add(whom.key);
        lastObject = whom;
      }
      // «… لفائدة "جماعة نصرة الإسلام"», «للقتال في صفوف التنظيم»
      for (let j = (whom?.last ?? k) + 1; j < Math.min(ctx.tokens.length, (whom?.last ?? k) + 5); j += 1) {
        if (!fc.has(FOR_WHOM, j) && !(word(j) === 'صفوف' && word(j - 1) === 'في')) continue;
        const org = fc.nextSpan(j, ['Organization'], 3);
        if (org !== undefined && who !== undefined) fc.add(who, 'RECRUITED_FOR', org, 'fact.recruited.for', 0.65);
        break;
      }
      i = k;
      continue;
    }
    if (fc.has(FINANCE, i)) {
      // «تمويل سفر المجندين», «تمويل عمليات اقتناء …»: the financed may follow a noun of what is paid for
      const next = fc.nextSpan(i, [...PEOPLE, 'Organization', 'Event'], 3);
      // «تمويل العمليات»: what terrorists pay for is never a security operation against them
      const whom = next !== undefined && next.kind === 'Event' && SECURITY_OPERATIONS.has(next.eventType ?? '') ? undefined : next;
      const who = actor(i);
      if (whom !== undefined && who !== undefined && who.key !== whom.key) {
        fc.add(who, 'FINANCED', whom, 'fact.financed', 0.65);
        objects.add(whom.key);
        lastObject = whom;
      }
      continue;
    }
    if (fc.has(SURVEIL, i)) {
      // «كان الموقوف الثاني يتولى رصد مقرات أمنية بطنجة»: the doer SURVEILLED what he watched (a target of theirs)
      const what = fc.nextSpan(i, ['Place', 'Agency', 'Person'], 2);
      const who = actor(i);
      if (what !== undefined && who !== undefined && who.key !== what.key) fc.add(who, 'SURVEILLED', what, 'fact.surveilled', 0.6);
      continue;
    }
    if (fc.has(SUPPLY, i) || fc.has(SEND, i)) {
      supplied(i, fc.has(SEND, i) ? 'SENT' : 'SUPPLIED');
      continue;
    }
    // «تلقى مبالغ مالية من X», «كان يتلقى منهم أموالا»: X financed the one who received; he received the money
    if (fc.has(RECEIVE, i)) {
      const money = fc.spans.find((x) => x.kind === 'Item' && x.props['item_type'] === 'money' && x.first > i && x.first <= i + 3);
      if (money !== undefined) {
        // a singular verb received for a person («أحد الموقوفين … تلقى»), a plural one for a group
        const plural = /(ون|وا|ان)$/.test(word(i));
        let from = -1;
        for (let j = i + 1; j <= Math.min(ctx.tokens.length - 1, money.last + 2); j += 1) if (/^(من|منه|منها|منهم)$/.test(word(j))) from = j;
        // «كان على صلة بقياديين …، وكان يتلقى منهم …»: the pronoun is the people met last, the receiver the clause's subject
        const pronoun = from >= 0 && word(from) !== 'من';
        const by = from < 0 ? undefined : pronoun ? fc.prevSpan(i, word(from) === 'منهم' ? ['Group', 'Organization', 'Person'] : ['Person', 'Organization', 'Group'], 25) : fc.nextSpan(from, ['Person', 'Group', 'Organization', 'Agency'], 3);
        if (by !== undefined) fc.objects.add(by.key);
        const who = fc.prior(i, plural ? PEOPLE : ['Person', 'Group', 'Cell'], 30);
        if (who !== undefined) fc.add(who, 'RECEIVED', money, 'fact.money.received', 0.65);
        if (by !== undefined && who !== undefined && by.key !== who.key) fc.add(by, 'FINANCED', who, 'fact.financed.received', 0.6);
        continue;
      }
    }
    // «يتلقون تعليماتهم من X»
    if (fc.has(RECEIVE, i) && (fc.has(INSTRUCTIONS, i + 1) || fc.has(INSTRUCTIONS, i + 2))) {
      const from = word(i + 2) === 'من' ? i + 2 : word(i + 3) === 'من' ? i + 3 : -1;
      const by = from < 0 ? undefined : fc.nextSpan(from, ['Person', 'Organization', 'Group', 'Agency'], 3);
      const who = fc.subjectBefore(i, PEOPLE, 20);
      if (by !== undefined && who !== undefined) fc.add(by, 'DIRECTED', who, 'fact.directed', 0.7, { relation: 'instructions from (تعليمات من)' });
      continue;
    }
    // «بتوجيهات من جلالة الملك»
    if (fc.has(BY_ORDER, i) && word(i + 1) === 'من') {
      const by = fc.nextSpan(i + 1, ['Person', 'Organization', 'Agency'], 3);
      const who = fc.subjectBefore(i, [...PEOPLE, 'Agency', 'Place', 'Event'], 12);
      if (by !== undefined && who !== undefined) fc.add(by, 'DIRECTED', who, 'fact.directed', 0.6, { relation: 'at the direction of (بتوجيهات من)' });
      continue;
    }
    // «كان يوجه خلية …»
    if (fc.has(DIRECT_VERB, i)) {
      const whom = fc.nextSpan(i, PEOPLE, 2);
      const who = fc.subjectBefore(i, ['Person', 'Organization', 'Group'], 8);
      if (whom !== undefined && who !== undefined && who.key !== whom.key) fc.add(who, 'DIRECTED', whom, 'fact.directed', 0.6);
    }
  }
}
