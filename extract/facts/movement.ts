/**
 * Movements of people (`fact.travel.*`): «التوجه الى مدينة الفنيدق», «السفر الى سوريا», «العبور نحو شمال مالي»
 * → TRAVELLED_TO, or PLANNED_TO_TRAVEL_TO when an intent comes first («كان يعتزم», «محاولة», «بهدف», «قصد», ل of
 * purpose); «الالتحاق بمعسكرات التنظيم» → JOINED or SOUGHT_TO_JOIN; «عائدون من بؤر التوتر» → RETURNED_FROM, «يعود إلى
 * مراكش» → RETURNED_TO; «عبور الحدود» takes the border without a preposition;
 * «كان قادما من مدينة مرسيليا» → CAME_FROM.
 */
import type { FactContext } from '../fact-context.ts';
import { normalizeWord, readings } from '../tokens.ts';

const norms = (list: readonly string[]): Set<string> => new Set(list.map(normalizeWord));
const TRAVEL = norms(['التوجه', 'السفر', 'العبور', 'عبور', 'يعبر', 'يعبرون', 'التسلل', 'الهجرة', 'التنقل', 'الانتقال', 'توجه', 'سافر', 'سافرت', 'تسلل', 'انتقل', 'هاجر', 'يتوجه', 'يسافر']);
/** «تسهيل سفرهم نحو ليبيا», «تنقله الى …»: a journey with its traveller as a pronoun. */
const TRAVEL_OF = /^و?(سفر|تنقل|توجه|عبور|تسلل|انتقال)(هم|ه|ها|هما)$/;
const JOIN = norms(['الالتحاق', 'للالتحاق', 'التحاق', 'التحق', 'التحقوا', 'يلتحق', 'يلتحقون', 'الانضمام', 'للانضمام', 'انضم', 'انضموا', 'ينضم']);
const RETURN = norms(['العائدين', 'العائدون', 'عائدون', 'عائدين', 'عاد', 'عادوا', 'العودة', 'عائد', 'العائد', 'يعود', 'تعود', 'يعودون', 'رجع', 'يرجع']);
/** «عبور الحدود الشرقية», «يعبر الحدود»: crossing takes the place it crosses without a preposition. */
const CROSS = norms(['عبور', 'العبور', 'يعبر', 'يعبرون', 'عبر الحدود']);
/** Verbal nouns of coming or bringing back whose object is the people («عودة ثمانية مقاتلين», «ترحيل مواطنين»). */
const BRING_BACK = norms(['عودة', 'العودة', 'ترحيل', 'الترحيل', 'إعادة', 'استعادة', 'إرجاع']);
/** «كان قادما من مدينة مرسيليا»: where a traveller came from. */
const COMING = norms(['قادما', 'قادمة', 'قادمين', 'قادمون', 'القادم', 'القادمة', 'القادمين', 'قدم', 'قدمت', 'قدموا', 'وصل', 'وصلت']);
const INTENT = norms(['يعتزم', 'يعتزمون', 'تعتزم', 'يعتزمان', 'تعتزمان', 'ينويان', 'يخططان', 'يسعيان', 'يسعون', 'يسعى', 'محاولة', 'يحاول', 'حاول', 'بهدف', 'قصد', 'يريد', 'ينوي', 'ينوون', 'يخطط', 'يخططون', 'يستعد', 'لأجل', 'أجل', 'بغية', 'يرغب']);
const TO = norms(['الي', 'نحو', 'صوب', 'باتجاه', 'اتجاه']);
/** The finite verbs among them, whose subject may follow («التحق المتهم بـ…»). */
const FINITE = norms(['التحق', 'التحقوا', 'التحقت', 'يلتحق', 'يلتحقون', 'انضم', 'انضموا', 'انضمت', 'ينضم', 'توجه', 'سافر', 'سافرت', 'سافروا', 'تسلل', 'تسللوا', 'انتقل', 'هاجر', 'يتوجه', 'يسافر', 'عاد', 'عادوا', 'عادت', 'قدم', 'قدمت', 'قدموا', 'وصل', 'وصلت', 'وصلوا']);

export function movementFacts(fc: FactContext): void {
  const { ctx, word } = fc;
  for (let i = 0; i < ctx.tokens.length; i += 1) {
    const pronoun = TRAVEL_OF.exec(word(i))?.[2];
    const travel = fc.has(TRAVEL, i) || pronoun !== undefined;
    const join = fc.has(JOIN, i);
    const coming = fc.has(COMING, i) && word(i + 1) === 'من';
    const back = fc.has(RETURN, i) || coming;
    // «عودة ثمانية مقاتلين من سوريا», «ترحيل مواطنين مغاربة من العراق»: the verbal noun of bringing back, then the
    // people it brings back, then where from
    if (fc.has(BRING_BACK, i) && word(i + 1) !== 'من') {
      const whom = fc.nextSpan(i, ['Group', 'Person'], 2);
      // («ستة مقاتلين مغاربة من العراق»: the nationality after the people is skipped)
      const min = whom === undefined ? -1 : word(whom.last + 1) === 'من' ? whom.last + 1 : word(whom.last + 2) === 'من' && fc.lex.nisbas.matchAt(ctx.tokens, whom.last + 1) !== null ? whom.last + 2 : -1;
      const from = min >= 0 ? fc.nextSpan(min, ['Place'], 2) : undefined;
      if (whom !== undefined && from !== undefined) for (const p of fc.listFrom(from, ['Place'])) fc.add(whom, 'RETURNED_FROM', p, 'fact.travel.brought-back', 0.6);
      continue;
    }
    if (!travel && !join && !back) continue;
    let intent = readings(word(i)).some((r) => r.clitic.endsWith('ل')) && !word(i).startsWith('ال');
    for (let k = Math.max(0, i - 4); k < i; k += 1) if (fc.has(INTENT, k)) intent = true;
    // the pronoun's traveller: «هم» the latest group, «ه» the latest person
    const referent = pronoun === undefined ? undefined : fc.prevSpan(i, pronoun === 'هم' || pronoun === 'هما' ? ['Group'] : ['Person'], 30);
    // «التحق المتهم بتنظيم داعش», «عاد المقاتلون من سوريا»: a finite verb's subject may follow it
    const finite = pronoun === undefined && fc.has(FINITE, i);
    const after = finite ? fc.nextSpan(i, ['Person', 'Group'], 2) : undefined;
    const follows = after !== undefined && after.clitic === '' && after.first === i + 1 ? after : undefined;
    const who = referent ?? fc.spans.find((s) => s.first <= i && i <= s.last && s.kind === 'Group') ?? follows ?? fc.subjectBefore(i, ['Person', 'Group'], 20);
    if (who === undefined) continue;
    // what the verb goes on with comes after its subject when the subject follows
    const pivot = who === follows ? follows.last : i;
    if (back) {
      // «قبل أن يعود إلى مراكش»: where one went back to
      const to = !coming && TO.has(word(pivot + 1)) ? fc.nextSpan(pivot + 1, ['Place'], 2) : undefined;
      if (to !== undefined) {
        fc.add(who, 'RETURNED_TO', to, 'fact.travel.return-to', 0.55);
        continue;
      }
      const from = word(pivot + 1) === 'من' ? fc.nextSpan(pivot + 1, ['Place'], 2) : undefined;
      const list = from === undefined ? [] : fc.listFrom(from, ['Place']).filter((p) => p.props['place_type'] !== 'country' || p.first === from.first);
      for (const p of list) fc.add(who, coming ? 'CAME_FROM' : 'RETURNED_FROM', p, coming ? 'fact.travel.from' : 'fact.travel.return', 0.6);
      continue;
    }
    // «التوجه الى مدينة الفنيدق», «العبور نحو شمال مالي», «الالتحاق بمعسكرات التنظيم»
    let at = TO.has(word(pivot + 1)) ? pivot + 1 : pivot;
    // «التسلل عبر الحدود البرية في اتجاه ليبيا»: the way through first, then where to
    if (at === pivot && word(pivot + 1) === 'عبر') at = [2, 3, 4, 5, 6].map((d) => pivot + d).find((k) => TO.has(word(k))) ?? pivot;
    // («عبور الحدود»: the place crossed right after the verb, a direction of travel for the relation)
    const crossed = fc.has(CROSS, i) && at === pivot ? fc.nextSpan(pivot, ['Place'], 1) : undefined;
    const where = join ? fc.nextSpan(at, ['Place', 'Organization', 'Cell'], 3) : (crossed ?? fc.nextSpan(at, ['Place'], 3));
    if (where === undefined) continue;
    if (join) fc.add(who, intent ? 'SOUGHT_TO_JOIN' : 'JOINED', where, 'fact.travel.join', 0.6);
    else fc.add(who, intent ? 'PLANNED_TO_TRAVEL_TO' : 'TRAVELLED_TO', where, 'fact.travel.to', 0.6);
  }
}
