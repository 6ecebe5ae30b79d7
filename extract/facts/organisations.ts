/**
 * What armed organisations do (`fact.claimed`, `fact.active.verb`):
 * - «تبنت جماعة نصرة الإسلام والمسلمين هجوما …», «أعلن التنظيم مسؤوليته عن الهجوم»: the organisation (after the verb,
 *   else before it) CLAIMED the attack that follows;
 * - «وتنشط الجماعة في مالي وبوركينا فاسو والنيجر»: the organisation, cell or group after the verb is ACTIVE_IN the
 *   places its preposition introduces, with the rest of their list;
 * - «ظهر زعيم الجماعة في شريط فيديو», «شقيقه الذي ظهر معه في شريط فيديو», «ظهر عدد منهم في شريط …»: the person or
 *   group (after the verb, else before it, else the article's suspects for «منهم») APPEARED_IN the video;
 * - «منسق ينشط في صفوف X», «التحقوا بصفوف X»: the person or group is MEMBER_OF X;
 * - «ولاية داعش بالساحل»: a province or branch is PART_OF the organisation its name holds (`fact.branch`);
 * - «لتوسيع نشاطها نحو شمال إفريقيا»: the organisation EXPANDS_TO the place (`fact.expands`).
 */
import type { FactContext } from '../fact-context.ts';

const CLAIM = /^(و|ف)?(تبنت|تبني|يتبني|تتبني|تبنيه|تبناه|تبنتها|تبناها|تبنته|تبنوا)$/;
/** «الهجمات التي تبناها تنظيم داعش»: the claimed attack is the one the relative clause is about. */
const CLAIMED_BEFORE = /^(تبناه|تبنتها|تبناها|تبنته)$/;
const ANNOUNCING = /^(و)?(اعلن|اعلنت|يعلن|تعلن)$/;
const RESPONSIBILITY = /^(مسووليته|مسووليتها|مسووليه|المسووليه)$/;
const ACTIVE = /^(و|ف)?(تنشط|ينشط|تنشطان|ينشطان|ينشطون)$/;
const ACTORS = ['Organization', 'Cell'];
const BRANCH_HEAD = /^(و|ب|ل|وب|ول)?(ولايه|فرع)$/;
const APPEARED = /^(و|ف)?(ظهر|ظهرت|ظهروا|ظهرا|يظهر|تظهر|يظهرون|يظهران)$/;

/** Verbs of fighting or acting in an organisation's ranks («ينشط في صفوف», «يقاتل في صفوف», «التحق بصفوف»). */
const IN_RANKS = /^(و|ف)?(ينشط|تنشط|ينشطون|نشط|يقاتل|يقاتلون|قاتل|قاتلوا|انخرط|انخرطوا|التحق|التحقوا|يلتحق|ينخرط)$/;

/** `fact.member.ranks`: «منسق ينشط في صفوف "ولاية داعش بالساحل"», «التحقوا بصفوف التنظيم»: the doer is MEMBER_OF it. */
function ranksFacts(fc: FactContext): void {
  const { ctx, word } = fc;
  for (let i = 0; i < ctx.tokens.length; i += 1) {
    const ranks = (word(i) === 'صفوف' && word(i - 1) === 'في') || /^(ب|ل)صفوف$/.test(word(i));
    if (!ranks) continue;
    const verbAt = [i - 1, i - 2].find((k) => IN_RANKS.test(word(k)));
    if (verbAt === undefined) continue;
    const org = fc.nextSpan(i, ['Organization'], 3);
    const who = fc.subjectBefore(verbAt, ['Person', 'Group', 'Cell'], 6);
    if (org !== undefined && who !== undefined) fc.add(who, 'MEMBER_OF', org, 'fact.member.ranks', 0.65, { relation: 'in the ranks of (في صفوف)' });
  }
}

/** «بايع جميع الموقوفين التنظيم عبر شريط مصور»: who pledged allegiance in a video appears in it. */
function pledgedOnVideo(fc: FactContext): void {
  const video = fc.spans.find((s) => s.kind === 'Document' && s.props['document_type'] === 'video' && /^(عبر|في|ضمن)$/.test(fc.word(s.first - 1)));
  if (video === undefined) return;
  for (const f of fc.facts.filter((x) => x.type === 'PLEDGED_ALLEGIANCE_TO')) fc.add(f.source, 'APPEARED_IN', video, 'fact.appeared.pledge', 0.6);
}

/**
 * `fact.branch`: «ولاية داعش بالساحل», «فرع القاعدة في …»: a province or branch named after an organisation is PART_OF
 * the organisation its name holds.
 */
function branchFacts(fc: FactContext): void {
  for (const branch of fc.spans.filter((s) => s.kind === 'Organization' && BRANCH_HEAD.test(fc.word(s.first)))) {
    const parent = fc.spans.find((s) => s.kind === 'Organization' && s.key !== branch.key && s.first > branch.first && s.last <= branch.last);
    if (parent !== undefined) fc.add(branch, 'PART_OF', parent, 'fact.branch', 0.7);
  }
}

/** «لتوسيع نشاطها نحو», «تمدد التنظيم في», «توسع نفوذه إلى»: an organisation spreading its activity. */
const EXPAND = /^(ل|و|ب)?(توسيع|توسع|تمدد|التمدد|التوسع)$/;
const WHERE_TO = /^(نحو|الي|باتجاه|صوب)$/;

/**
 * `fact.expands`: «التنظيمات الإرهابية التي تستغل هشاشة الأوضاع لتوسيع نشاطها نحو شمال إفريقيا»: the organisation
 * (of the relative clause, else the sentence's last) EXPANDS_TO the place its spreading is headed to.
 */
function expansionFacts(fc: FactContext): void {
  const { word } = fc;
  for (let i = 0; i < fc.ctx.tokens.length; i += 1) {
    if (!EXPAND.test(word(i))) continue;
    const to = [1, 2, 3].map((d) => i + d).find((k) => WHERE_TO.test(word(k)));
    const place = to === undefined ? undefined : fc.nextSpan(to, ['Place'], 2);
    // «تمدد الجماعات المتطرفة نحو …»: the organisation may be the verbal noun's own subject («… في منطقة الساحل» is where
    // it is active, the attachment's)
    const own = fc.nextSpan(i, ['Organization'], 1);
    const who = own !== undefined && own.last < (to ?? i) ? own : fc.prevSpan(i, ['Organization'], 14, true);
    if (place !== undefined && who !== undefined) fc.add(who, 'EXPANDS_TO', place, 'fact.expands', 0.6);
  }
}

export function organisationFacts(fc: FactContext): void {
  ranksFacts(fc);
  branchFacts(fc);
  expansionFacts(fc);
  pledgedOnVideo(fc);
  const { ctx, spans, word } = fc;
  for (let i = 0; i < ctx.tokens.length; i += 1) {
    // «أعلن تنظيم داعش مسؤوليته عن …»: the verb may sit before the organisation
    const claim = CLAIM.test(word(i)) || (RESPONSIBILITY.test(word(i)) && [1, 2, 3, 4].some((n) => ANNOUNCING.test(word(i - n))));
    if (claim) {
      // «تأسست "نصرة الإسلام" … تحت قيادة X، وتبنت هجمات …»: a coordinated verb goes on with the sentence's subject
      const who = fc.nextSpan(i, ACTORS, 2) ?? fc.prevSpan(i, ACTORS, 6, false) ?? (word(i).startsWith('و') ? fc.prevSpan(i, ACTORS, 30, true) : undefined);
      const violent = (s: (typeof spans)[number]): boolean => s.kind === 'Event' && (s.eventType === 'attack' || s.eventType === 'killing');
      const before = CLAIMED_BEFORE.test(word(i).replace(/^و/, '')) && /^(التي|الذي|اللتين|اللذين)$/.test(word(i - 1)) ? [...spans].reverse().find((s) => violent(s) && s.last < i && i - s.last <= 8) : undefined;
      const attack = before ?? spans.find((s) => violent(s) && s.first > i && s.first <= i + 12);
      if (who !== undefined && attack !== undefined) fc.add(who, 'CLAIMED', attack, 'fact.claimed', 0.7);
      continue;
    }
    if (APPEARED.test(word(i))) {
      const video = spans.find((s) => s.kind === 'Document' && s.props['document_type'] === 'video' && s.first > i && s.first <= i + 6);
      if (video === undefined) continue;
      // «ظهر عدد من الموقوفين في شريط …»: a quantifier may open the group
      const after = fc.nextSpan(i, ['Person', 'Group'], /^(عدد|بعض|جميع|كل)$/.test(word(i + 1)) ? 4 : 2);
      const who = after !== undefined && after.last < video.first ? after : ([1, 2, 3].some((d) => word(i + d) === 'منهم') ? ctx.memory?.latest('suspects') : undefined) ?? fc.prevSpan(i, ['Person', 'Group'], 6, true);
      if (who !== undefined) fc.add(who, 'APPEARED_IN', video, 'fact.appeared', 0.65);
      continue;
    }
    if (!ACTIVE.test(word(i))) continue;
    // «وتنشط الجماعة في …»; «الجماعة، التي تنشط في …» (the relative clause's antecedent)
    const relative = /^(التي|الذي|اللذين|الذين)$/.test(word(i - 1)) ? fc.prevSpan(i - 1, ['Organization'], 2) : undefined;
    const who = relative ?? fc.nextSpan(i, [...ACTORS, 'Group'], 2);
    if (who === undefined) continue;
    const from = relative === undefined ? who.last : i;
    const place = spans.find((s) => s.kind === 'Place' && s.first > from && s.first <= from + 2 && (word(s.first - 1) === 'في' || s.clitic.endsWith('ب')));
    if (place !== undefined) for (const p of fc.listFrom(place, ['Place'])) fc.add(who, 'ACTIVE_IN', p, 'fact.active.verb', 0.65);
  }
}
