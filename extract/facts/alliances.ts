/**
 * Organisations merging, allying and joining (`fact.merger.*`, `fact.joined`):
 * - «اندمجت A مع B», «اندماج A وB», «تحالفت A مع B وC»: A MERGED_WITH each partner, and all of them MERGED_INTO what the
 *   clause says they formed («ليولد تنظيم جديد حمل اسم "C"», «لتشكيل C»), or the organisation founded by the merger
 *   («تأسست هذه الجماعة … بعد اندماج أربعة فصائل، أبرزها A وB»); the merger event is theirs (PARTICIPATED_IN);
 * - «انضوى A تحت لواء B», «أعلن X انضواء تنظيمه تحت لواء B», «انضمت A الى B»: A JOINED B (a person's «تنظيمه» is the
 *   organisation he leads, else the article's latest);
 * - «تخوض مواجهات مع A ومع B», «تقاتل A»: the organisation of the clause FIGHTS each side;
 * - «وأسس X … تنظيم Y»: X FOUNDED Y.
 */
import type { FactContext, KeyedSpan } from '../fact-context.ts';

const FORMED = /^(و|ف)?(لتشكيل|تشكيل|ليشكلا|ليشكلوا|لتاسيس|ليولد|ليتشكل|ليشكل|لتكوين|تكوين|ليؤسسا|مشكله|مشكلين|لتشكل)$/;
const JOIN = /^(و|ف)?(انضوي|انضوت|انضواء|انضوايه|انضوايها|انضمام|انضمامه|انضمامها|انضمت|انضم|ينضوي|تنضوي)$/;
const UNDER = /^(لواء|رايه)$/;
const PARTS = /^(ابرزها|اهمها|منها|بينها|ابرزهم)$/;
const ORG = ['Organization', 'Cell'];

const CLASH = /^(و|ب)?(مواجهات|المواجهات|مواجهه|معارك|المعارك|اشتباكات|الاشتباكات|حربا|حرب|قتالا)$/;
const FIGHT_VERB = /^(و|ف)?(تقاتل|يقاتل|قاتلت|قاتل|تحارب|يحارب|حاربت|تواجه|يواجه|واجهت)$/;

/**
 * `fact.fights`: «تخوض مواجهات مع جيوش دول الساحل ومع تنظيم …», «تقاتل الجيش المالي»: the organisation the clause is
 * about FIGHTS each side named after «مع/ضد» (a list, «ومع …» included) or after the verb.
 */
function fightFacts(fc: FactContext): void {
  const { ctx, word } = fc;
  const sides = ['Organization', 'Agency'];
  for (let i = 0; i < ctx.tokens.length; i += 1) {
    const noun = CLASH.test(word(i));
    if (!noun && !FIGHT_VERB.test(word(i))) continue;
    const who = fc.prevSpan(i, ['Organization'], 12) ?? (ctx.memory?.latest('organization'));
    if (who === undefined) continue;
    const opens = noun ? [i + 1, i + 2].find((k) => /^(مع|ضد)$/.test(word(k))) : i;
    if (opens === undefined) continue;
    const first = fc.nextSpan(opens, sides, 3);
    const against = first === undefined ? [] : fc.listFrom(first, sides);
    // «مع A ومع B»: the next side opens with «ومع»
    for (let k = opens + 1; k < Math.min(ctx.tokens.length, opens + 14); k += 1) {
      if (!/^و?(مع|ضد)$/.test(word(k)) || !word(k).startsWith('و')) continue;
      const next = fc.nextSpan(k, sides, 3);
      if (next !== undefined) against.push(next);
    }
    for (const side of against) {
      const key = typeof who === 'string' ? who : who.key;
      if (key !== side.key) fc.add(key, 'FIGHTS', side, 'fact.fights', 0.6);
    }
  }
}

/** «تحت زعامة X» after the factions of a merger: X leads what they formed, not the last faction named. */
function leaderOfWhole(fc: FactContext, parts: ReadonlyMap<string, string>): void {
  for (const f of fc.facts) {
    const whole = f.type === 'HEADS' && f.rule === 'fact.heads.led-by' ? parts.get(f.target) : undefined;
    if (whole !== undefined) f.target = whole;
  }
}

const FOUND_VERB = /^(و|ف)?(اسس|اسست|اسسوا|يوسس|توسس|انشا|انشات)$/;

/** `fact.founded`: «وأسس الصحراوي … ما سمي لاحقا بتنظيم …»: the founder (after the verb, else before) FOUNDED it. */
function foundedFacts(fc: FactContext): void {
  const { ctx, word } = fc;
  for (let i = 0; i < ctx.tokens.length; i += 1) {
    if (!FOUND_VERB.test(word(i))) continue;
    const after = fc.nextSpan(i, ['Person', 'Organization', 'Group'], 2);
    const founder = after !== undefined && after.kind === 'Person' ? after : fc.prevSpan(i, ['Person', 'Organization', 'Group'], 6, false);
    const founded = fc.spans.find((s) => s.kind === 'Organization' && s.first > (founder !== undefined && founder.first > i ? founder.last : i) && s.first <= i + 12 && s.key !== founder?.key);
    if (founder !== undefined && founded !== undefined) fc.add(founder, 'FOUNDED', founded, 'fact.founded', 0.65);
  }
}

export function allianceFacts(fc: FactContext): void {
  foundedFacts(fc);
  fightFacts(fc);
  const merged = new Map<string, string>();
  mergerFacts(fc, merged);
  leaderOfWhole(fc, merged);
  joinFacts(fc);
}

function mergerFacts(fc: FactContext, merged: Map<string, string>): void {
  const { ctx, spans } = fc;
  for (const e of spans.filter((s) => s.kind === 'Event' && s.eventType === 'merger')) {
    // the members: the subject after the verb or the list after the noun, the partners after «مع», the parts after «أبرزها»
    const first = fc.nextSpan(e.last, ORG, 3);
    const members: KeyedSpan[] = first === undefined ? [] : fc.listFrom(first, ORG);
    const withAt = ctx.tokens.findIndex((t, k) => k > e.last && k <= (members[members.length - 1]?.last ?? e.last) + 12 && t.norm === 'مع');
    const partnerFirst = withAt < 0 ? undefined : fc.nextSpan(withAt, ORG, 2);
    const partners = partnerFirst === undefined ? [] : fc.listFrom(partnerFirst, ORG);
    const partsAt = ctx.tokens.findIndex((t, k) => k > e.last && k <= e.last + 8 && PARTS.test(t.norm));
    const partFirst = partsAt < 0 ? undefined : fc.nextSpan(partsAt, ORG, 2);
    const parts = partFirst === undefined ? [] : fc.listFrom(partFirst, ORG);
    const all = [...new Map([...members, ...partners, ...parts].map((m) => [m.key, m])).values()];
    // what they formed: after «لتشكيل», «ليولد …»; else the organisation the sentence founds («تأسست هذه الجماعة … بعد اندماج»)
    const lastMember = all[all.length - 1]?.last ?? e.last;
    const formedAt = ctx.tokens.findIndex((t, k) => k > e.last && k <= lastMember + 8 && FORMED.test(t.norm));
    const founded = fc.facts.find((f) => f.type === 'FOUNDED' && spans.some((s) => s.key === f.source && s.eventType === 'founding'))?.target;
    const formed = formedAt >= 0 ? fc.nextSpan(formedAt, ORG, 8) : undefined;
    const whole = formed?.key ?? (parts.length > 0 ? (founded ?? fc.prevSpan(e.first, ['Organization'], 14)?.key) : undefined);
    for (const m of all) {
      if (whole !== undefined && m.key !== whole) {
        fc.add(m, 'MERGED_INTO', whole, 'fact.merger.into', 0.65);
        merged.set(m.key, whole);
      }
      fc.add(m, 'PARTICIPATED_IN', e, 'fact.merger.member', 0.6);
    }
    for (const m of members) for (const p of partners) if (m.key !== p.key) fc.add(m, 'MERGED_WITH', p, 'fact.merger.with', 0.65);
    if (whole !== undefined) fc.add(e, 'FOUNDED', whole, 'fact.merger.into', 0.6);
  }
}

function joinFacts(fc: FactContext): void {
  const { ctx, word } = fc;
  for (let i = 0; i < ctx.tokens.length; i += 1) {
    if (!JOIN.test(word(i))) continue;
    const under = ctx.tokens.findIndex((t, k) => k > i && k <= i + 10 && (UNDER.test(t.norm) || /^(الي|لصفوف|صفوف)$/.test(t.norm)));
    const into = under < 0 ? undefined : fc.nextSpan(under, ['Organization'], 3);
    if (into === undefined) continue;
    // «انضواء تنظيمه»: the organisation of the person the clause is about; «انضوى هذا التنظيم»: the one named
    const own = /^(تنظيم|جماعت|حركت|فصيل)(ه|ها)$/.test(word(i + 1));
    const who = own ? (fc.prevSpan(i, ['Organization'], 30, true) ?? ctx.memory?.latest('organization')) : (fc.nextSpan(i, ORG, 2) ?? fc.prevSpan(i, ORG, 4));
    if (who === undefined) continue;
    const key = typeof who === 'string' ? who : who.key;
    if (key !== into.key) fc.add(key, 'JOINED', into, 'fact.joined', 0.65);
  }
}
