/**
 * Awards and meetings between officials (`fact.award.*`, `fact.meeting.*`):
 * - «وشح X Y بوسام …», «اسبانيا توشح Y بوسام …», «قررت فرنسا توشيح Y بوسام …», «منحته X وسام …»: the giver (a state,
 *   a head of state, a minister, an agency: the subject before the verb, else right after a finite verb) AWARDED the
 *   recipient (the next person) and CONDUCTED the award, which HONOURED the recipient, who RECEIVED the decoration
 *   (`cue.document.decoration`), the award CONCERNS;
 * - «عقد X لقاء مع نظيره المغربي Y», «استقبل X Y», «أجرى X مباحثات مع Y»: both PARTICIPATED_IN the meeting and X MET Y.
 * - «عين الملك X على رأس Y», «يعينه الملك … على رأس Y»: the king APPOINTED X, who HEADS Y.
 */
import type { FactContext, KeyedSpan } from '../fact-context.ts';

const GIVERS = ['Person', 'Place', 'Agency'];
const FINITE_AWARD = /^(و|ف)?(وشح|وشحت|توشح|يوشح|كرم|كرمت|منح|منحت|منحه|منحته|منحها)$/;
const RECEIVE_PRONOUN = /^(و|ف)?(منحه|منحته|منحها|كرمه|كرمته|وشحه|وشحته)$/;
const WITH = /^(و)?(مع|رفقه|بمعيه|ب)$/;
/** A decision or announcement of an award told before it («أعلنت … عزمها توشيح», «قررت … منح»). */
const ANNOUNCE = /^(و|ف)?(اعلنت|اعلن|قررت|قرر)$/;

/** «عين الملك X على رأس …», «قبل أن يعينه الملك … على رأس …», «تعيينه مديرا عاما …». */
const APPOINT = /^(و|ف)?(عينه|عينها|عينت|يعين|يعينه|يعينها|تعيين|تعيينه|تعيينها|بتعيين|عين)$/;

/**
 * `fact.appointed`: the appointer (a finite verb's subject after it, else before) APPOINTED the appointee (the verb's
 * pronoun → the person the clause is about; else the person after the subject), who HEADS what follows «على رأس». The
 * appointer heads nothing by it.
 */
function appointmentFacts(fc: FactContext): void {
  const { ctx, spans, word } = fc;
  for (let i = 0; i < ctx.tokens.length; i += 1) {
    const w = word(i);
    if (!APPOINT.test(w) || (w === 'عين' && fc.startingAt(i)?.kind === 'Place')) continue;
    const pronoun = /(ه|ها)$/.test(w) && !/^(و|ف)?(تعيين|بتعيين)$/.test(w);
    const after = fc.nextSpan(i, ['Person'], 2);
    const appointer = /^(و|ف)?(تعيين|تعيينه|تعيينها|بتعيين)$/.test(w) ? fc.prevSpan(i, ['Person', 'Agency'], 8, false) : (after ?? fc.prevSpan(i, ['Person'], 4, false));
    const appointee = pronoun ? fc.prior(i, ['Person'], 30) : spans.find((s) => s.kind === 'Person' && s.first > (after?.last ?? i) && s.first <= (after?.last ?? i) + 6 && s.key !== appointer?.key);
    if (appointer !== undefined && appointee !== undefined && appointer.key !== appointee.key) fc.add(appointer, 'APPOINTED', appointee, 'fact.appointed', 0.65);
    const head = ctx.tokens.findIndex((t, k) => k > i && k <= i + 10 && /^راس$/.test(t.norm) && word(k - 1) === 'علي');
    const post = head < 0 ? undefined : fc.nextSpan(head, ['Agency', 'Organization'], 3);
    if (post === undefined || appointee === undefined) continue;
    fc.add(appointee, 'HEADS', post, 'fact.appointed', 0.65, { relation: 'appointed at the head of (عيّنه على رأس)' });
    if (appointer === undefined) continue;
    for (let n = fc.facts.length - 1; n >= 0; n -= 1) {
      const f = fc.facts[n];
      if (f !== undefined && f.source === appointer.key && f.type === 'HEADS' && f.target === post.key) fc.facts.splice(n, 1);
    }
  }
}

export function honourFacts(fc: FactContext): void {
  appointmentFacts(fc);
  const { spans, word } = fc;
  for (const e of spans.filter((s) => s.kind === 'Event' && s.eventType === 'award')) {
    const w = word(e.first);
    const finite = FINITE_AWARD.test(w);
    // SVO «اسبانيا توشح …», «قررت فرنسا توشيح …»; VSO «وشح وزير الداخلية … الحموشي»
    // «وكانت فرنسا قد أعلنت في فبراير 2015 عزمها توشيح …»: who announced the award gives it
    const announced = finite ? -1 : [...Array(10).keys()].map((d) => e.first - 1 - d).find((k) => k >= 0 && ANNOUNCE.test(word(k))) ?? -1;
    const before = fc.prevSpan(e.first, GIVERS, finite ? 3 : 6, false) ?? (announced >= 0 ? fc.prevSpan(announced, GIVERS, 3, false) : undefined);
    const afterVerb = finite ? fc.nextSpan(e.last, GIVERS, 2) : undefined;
    const giver = before ?? afterVerb;
    let recipient: KeyedSpan | undefined;
    if (RECEIVE_PRONOUN.test(w)) recipient = fc.prior(e.first, ['Person'], 30);
    else {
      const from = before === undefined && afterVerb !== undefined ? afterVerb.last : e.last;
      recipient = spans.find((s) => s.kind === 'Person' && s.first > from && s.first <= from + 20 && s.key !== giver?.key);
    }
    const medal = spans.find((s) => s.kind === 'Document' && s.props['document_type'] === 'decoration' && s.first > e.last && s.first <= e.last + 30);
    if (giver !== undefined) {
      fc.add(giver, 'CONDUCTED', e, 'fact.award.giver', 0.65);
      if (recipient !== undefined && recipient.key !== giver.key) fc.add(giver, 'AWARDED', recipient, 'fact.award.giver', 0.65);
    }
    if (recipient !== undefined) {
      fc.add(e, 'HONOURED', recipient, 'fact.award.recipient', 0.65);
      if (medal !== undefined) fc.add(recipient, 'RECEIVED', medal, 'fact.award.decoration', 0.65);
      fc.objects.add(recipient.key);
    }
    if (medal !== undefined) fc.add(e, 'CONCERNS', medal, 'fact.award.decoration', 0.65);
  }
  for (const e of spans.filter((s) => s.kind === 'Event' && s.eventType === 'meeting')) {
    // a person before an agency: «وزير الداخلية الإسباني X» is the minister, not the ministry inside his title
    const host = fc.prevSpan(e.first, ['Person'], 12, false) ?? fc.prevSpan(e.first, ['Agency'], 12, false) ?? (/^(و|ف)?(استقبل|استقبلت|التقي|التقت)$/.test(word(e.first)) ? fc.nextSpan(e.last, ['Person'], 2) : undefined);
    // the other side: after «مع», or the object of «استقبل X»
    let guest: KeyedSpan | undefined;
    for (let k = e.last + 1; k <= e.last + 4 && guest === undefined; k += 1) if (WITH.test(word(k))) guest = fc.nextSpan(k, ['Person', 'Agency'], 3);
    guest ??= spans.find((s) => s.kind === 'Person' && s.first > (host !== undefined && host.first > e.last ? host.last : e.last) && s.first <= e.last + 8 && s.key !== host?.key);
    if (host !== undefined) fc.add(host, 'PARTICIPATED_IN', e, 'fact.meeting.host', 0.6);
    if (guest !== undefined) fc.add(guest, 'PARTICIPATED_IN', e, 'fact.meeting.guest', 0.6);
    if (host !== undefined && guest !== undefined && host.key !== guest.key) fc.add(host, 'MET', guest, 'fact.meeting.met', 0.6);
  }
}
