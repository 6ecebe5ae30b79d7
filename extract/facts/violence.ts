/**
 * Attacks, who carried them out and whom they killed (`fact.attack.perpetrator`, `fact.attack.gunmen`,
 * `fact.killing.victims`):
 * - «هجوم شنته جماعة X», «عملية نفذها X»: X CONDUCTED the attack, and is no target of it;
 * - «شنت جماعة X هجوما», «قتل مسلحون من X …», «هاجم مسلحو X …»: X CONDUCTED the sentence's attack;
 * - the toll, wherever the clause states it: «أودى (هجوم …) بحياة مئات المدنيين», «أسفر عن مقتل 21 جنديا», «قتل
 *   مسلحون … 70 شخصا», «لقي عدد من التلاميذ مصرعهم», «سقط 12 قتيلا»: the attack of the sentence (else the article's
 *   latest attack or killing) KILLED the victims, a group or a person; «لقي حتفه خلال مداهمة …»: the event he died in.
 * The attack is the event the killing belongs to, so the victims, the perpetrator, the place and the date meet on it.
 */
import type { FactContext, KeyedSpan } from '../fact-context.ts';
import { normalizeWord } from '../tokens.ts';

const norms = (list: readonly string[]): Set<string> => new Set(list.map(normalizeWord));
/** A verb of carrying out with the attack as its object pronoun, right after the attack's noun. */
const DONE_BY = norms(['شنته', 'شنها', 'شنتها', 'نفذته', 'نفذها', 'نفذتها', 'ارتكبته', 'ارتكبها', 'ارتكبتها', 'تبنته', 'تبنتها', 'قادته', 'قادها', 'يشنه', 'تشنه', 'شنه']);
/** A verb of carrying out before its subject and the attack («شنت جماعة X هجوما»). */
const CARRY_OUT = norms(['شن', 'شنت', 'نفذ', 'نفذت', 'ارتكب', 'ارتكبت', 'يشن', 'تشن', 'وشن', 'وشنت', 'ونفذ', 'ونفذت']);
/** Armed men of an organisation: «مسلحو الجماعة», «مسلحون من تنظيم …», «مقاتلو …». */
const GUNMEN = norms(['مسلحون', 'مسلحو', 'مسلحين', 'مسلحي', 'مقاتلو', 'مقاتلي', 'عناصر', 'مهاجمون', 'انتحاريون']);
/** Verbs and nouns whose object is the dead: «أودى بحياة», «مقتل», «قتل», «سقوط». */
const TOLL_BY = norms(['أودى', 'أودت', 'يودي', 'تودي', 'وأودى', 'وأودت']);
const KILL = norms(['مقتل', 'قتل', 'قتلت', 'قتلوا', 'بمقتل', 'ومقتل', 'وقتل', 'سقوط', 'سقط', 'خلف', 'خلفت']);
const DIED = norms(['لقي', 'لقيت', 'لقوا', 'ولقي', 'لقى']);
const DEATH_NOUN = /^(مصرع|حتف)(ه|ها|هم|هما)?$/;
const VICTIM_KINDS = ['Group', 'Person'];
const DURING = /^(خلال|اثناء|في|جراء|اثر|ابان)$/;

export function violenceFacts(fc: FactContext): void {
  const { ctx, spans, word } = fc;
  const events = spans.filter((s) => s.kind === 'Event' && (s.eventType === 'attack' || s.eventType === 'killing'));
  const attacks = events.filter((s) => s.eventType === 'attack');
  /** The attack a word of the clause speaks of: the sentence's nearest attack, else its killing, else the article's latest. */
  const attackNear = (i: number): KeyedSpan | string | undefined => {
    const byDistance = (list: KeyedSpan[]): KeyedSpan | undefined =>
      [...list].sort((a, b) => Math.abs(a.first - i) - Math.abs(b.first - i))[0];
    return byDistance(attacks) ?? byDistance(events.filter((e) => e.first !== i)) ?? ctx.memory?.latest('event');
  };
  const perpetrator = (attack: KeyedSpan | string, by: KeyedSpan): void => {
    fc.add(by, 'CONDUCTED', attack, 'fact.attack.perpetrator', 0.7);
    // «هجوم شنته جماعة X»: the doer right after the attack is no target of it
    const acts = new Set([typeof attack === 'string' ? attack : attack.key, ...events.map((e) => e.key)]);
    for (let n = fc.facts.length - 1; n >= 0; n -= 1) {
      const f = fc.facts[n];
      if (f !== undefined && acts.has(f.source) && f.type === 'TARGETED' && f.target === by.key) fc.facts.splice(n, 1);
    }
    fc.objects.add(by.key);
  };

  // «هجوم شنته جماعة X», and «… التفجيرات …، ونفذها 14 انتحاريا»: the pronoun is the attack told before in the sentence
  for (let k = 0; k < ctx.tokens.length; k += 1) {
    if (!DONE_BY.has(word(k)) && !DONE_BY.has(fc.bare(k))) continue;
    const e = [...attacks].reverse().find((a) => a.last < k && k - a.last <= 25);
    const by = e === undefined ? undefined : fc.nextSpan(k, ['Organization', 'Group', 'Person', 'Agency', 'Cell'], 3);
    if (e !== undefined && by !== undefined) perpetrator(e, by);
  }
  for (let i = 0; i < ctx.tokens.length; i += 1) {
    // «شنت جماعة X هجوما»: the subject between the verb and the attack
    if (fc.has(CARRY_OUT, i)) {
      const by = fc.nextSpan(i, ['Organization', 'Group', 'Cell'], 3);
      const attack = by === undefined ? undefined : attacks.find((a) => a.first > by.last && a.first <= by.last + 3);
      if (by !== undefined && attack !== undefined) perpetrator(attack, by);
    }
    // «قتل مسلحون من الجماعة ذاتها …», «وهاجم مسلحو الجماعة …»
    // («قتل عشرات من مقاتلي داعش»: a part of them is the toll, not the doer)
    if (fc.has(GUNMEN, i) && fc.bare(i - 1) !== 'من') {
      const k = word(i + 1) === 'من' || word(i + 1) === 'ينتمون' ? i + 1 : i;
      const org = fc.nextSpan(k, ['Organization'], 2);
      const attack = org === undefined ? undefined : attackNear(i);
      if (org !== undefined && attack !== undefined) perpetrator(attack, org);
    }
    // the toll
    let victim: KeyedSpan | undefined;
    let during: KeyedSpan | undefined;
    if (fc.has(TOLL_BY, i)) {
      const life = fc.ctx.tokens.findIndex((t, k) => k > i && k <= i + 25 && /^(ب|و?ب)?حياه$/.test(t.norm));
      victim = life < 0 ? undefined : fc.nextSpan(life, VICTIM_KINDS, 3);
    } else if (fc.has(KILL, i)) {
      victim = fc.nextSpan(i, VICTIM_KINDS, 2);
      // «قتل مسلحون من الجماعة أزيد من 70 شخصا»: the dead after the killers
      if (victim !== undefined && fc.has(GUNMEN, victim.first)) victim = fc.nextSpan(victim.last, VICTIM_KINDS, 6);
      if (victim === undefined && fc.has(GUNMEN, i + 1)) {
        const killers = fc.nextSpan(i + 1, ['Organization', 'Group'], 3);
        victim = killers === undefined ? undefined : fc.nextSpan(killers.last, VICTIM_KINDS, 4);
      }
    } else if (fc.has(DIED, i)) {
      const death = fc.ctx.tokens.findIndex((t, k) => k > i && k <= i + 8 && DEATH_NOUN.test(t.norm));
      victim = death < 0 ? undefined : [...spans].reverse().find((s) => VICTIM_KINDS.includes(s.kind) && s.first > i && s.last < death);
      // «لقي حتفه خلال مداهمة نفذتها الشرطة»: the event he died in, whatever it is
      if (death >= 0 && DURING.test(word(death + 1))) during = fc.nextSpan(death + 1, ['Event'], 2);
    }
    if (victim === undefined || victim.props['victims'] === false) continue;
    const attack = during ?? attackNear(i);
    if (attack !== undefined) fc.add(attack, 'KILLED', victim, 'fact.killing.victims', 0.65);
    fc.objects.add(victim.key);
  }
  victimOrigins(fc);
}

/** Words between the dead and where they came from: «17 شخصا أغلبهم سياح أجانب من فرنسا وسويسرا». */
const BETWEEN = /^(اغلبهم|معظمهم|بينهم|من بينهم|منهم|سياح|اجانب|السياح|الاجانب|مواطنين|مواطنون)$/;

/** `fact.victims.origin`: victims followed by «من» and countries are nationals of each of them. */
function victimOrigins(fc: FactContext): void {
  const { ctx, spans, word } = fc;
  for (const g of spans.filter((s) => s.kind === 'Group' && (s.props['victims'] === true || fc.facts.some((f) => f.type === 'KILLED' && f.target === s.key)))) {
    let k = g.last + 1;
    while (k < ctx.tokens.length && k <= g.last + 5 && (BETWEEN.test(word(k)) || ctx.tokens[k]?.text === '،' || ctx.tokens[k]?.text === ',')) k += 1;
    if (word(k) !== 'من') continue;
    const first = fc.nextSpan(k, ['Place'], 1);
    if (first === undefined || first.props['place_type'] !== 'country') continue;
    for (const c of fc.listFrom(first, ['Place'])) if (c.props['place_type'] === 'country') fc.add(g, 'NATIONAL_OF', c, 'fact.victims.origin', 0.6);
  }
}
