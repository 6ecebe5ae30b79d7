/**
 * What armed organisations do (`fact.claimed`, `fact.active.verb`):
 * - «تبنت جماعة نصرة الإسلام والمسلمين هجوما …», «أعلن التنظيم مسؤوليته عن الهجوم»: the organisation (after the verb,
 *   else before it) CLAIMED the attack that follows;
 * - «وتنشط الجماعة في مالي وبوركينا فاسو والنيجر»: the organisation, cell or group after the verb is ACTIVE_IN the
 *   places its preposition introduces, with the rest of their list.
 */
import type { FactContext } from '../fact-context.ts';

const CLAIM = /^(و|ف)?(تبنت|تبني|يتبني|تتبني|تبنيه|تبناه|تبنتها)$/;
const RESPONSIBILITY = /^(مسووليته|مسووليتها|مسووليه|المسووليه)$/;
const ACTIVE = /^(و|ف)?(تنشط|ينشط|تنشطان|ينشطان|ينشطون)$/;
const ACTORS = ['Organization', 'Cell'];

export function organisationFacts(fc: FactContext): void {
  const { ctx, spans, word } = fc;
  for (let i = 0; i < ctx.tokens.length; i += 1) {
    const claim = CLAIM.test(word(i)) || (RESPONSIBILITY.test(word(i)) && /^(و)?(اعلن|اعلنت|يعلن|تعلن)$/.test(word(i - 1)));
    if (claim) {
      const who = fc.nextSpan(i, ACTORS, 2) ?? fc.prevSpan(i, ACTORS, 6, false);
      const attack = spans.find((s) => s.kind === 'Event' && (s.eventType === 'attack' || s.eventType === 'killing') && s.first > i && s.first <= i + 12);
      if (who !== undefined && attack !== undefined) fc.add(who, 'CLAIMED', attack, 'fact.claimed', 0.7);
      continue;
    }
    if (!ACTIVE.test(word(i))) continue;
    const who = fc.nextSpan(i, [...ACTORS, 'Group'], 2);
    if (who === undefined) continue;
    const place = spans.find((s) => s.kind === 'Place' && s.first > who.last && s.first <= who.last + 2 && (word(s.first - 1) === 'في' || s.clitic.endsWith('ب')));
    if (place !== undefined) for (const p of fc.listFrom(place, ['Place'])) fc.add(who, 'ACTIVE_IN', p, 'fact.active.verb', 0.65);
  }
}
