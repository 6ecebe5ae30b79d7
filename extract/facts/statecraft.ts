/**
 * What states and agencies do with policies, bodies and each other (`fact.policy.adopted`, `fact.member.body`,
 * `fact.call.with`):
 * - «الاستراتيجية الشاملة التي يعتمدها المغرب», «المقاربة الاستباقية التي تنهجها المصالح الأمنية»: the place or agency
 *   after the verb ADOPTED the policy;
 * - «المغرب عضو في التحالف الدولي ضد داعش», «… ويترأس بشكل مشترك مع كندا المنتدى العالمي …»: MEMBER_OF the body;
 * - «أجرى الرئيس الفرنسي … اتصالا هاتفيا مع الملك محمد السادس»: the caller CALLED the person or agency after «مع»,
 *   who PARTICIPATED_IN the call.
 */
import type { FactContext } from '../fact-context.ts';

const ADOPTS = /^(يعتمدها|تعتمدها|اعتمدها|اعتمدتها|ينهجها|تنهجها|نهجها|يتبناها|تتبناها|تبناها|تبنتها|ينتهجها|تنتهجها)$/;
const MEMBER = /^(و)?(عضو|عضوا)$/;
const CHAIRS = /^(و)?(يترأس|تترأس|ترأس|ترأست|يرأس|ترأس)$/;
const BODIES = ['Organization', 'Agency'];

export function statecraftFacts(fc: FactContext): void {
  const { ctx, spans, word } = fc;
  for (const d of spans.filter((s) => s.kind === 'Document' && s.rule.startsWith('cue.document.policy'))) {
    for (let k = d.last + 1; k <= d.last + 3 && k < ctx.tokens.length; k += 1) {
      if (!ADOPTS.test(word(k))) continue;
      const owner = fc.nextSpan(k, ['Place', 'Agency'], 2);
      if (owner !== undefined) fc.add(owner, 'ADOPTED', d, 'fact.policy.adopted', 0.65);
      break;
    }
  }
  for (let i = 0; i < ctx.tokens.length; i += 1) {
    if (MEMBER.test(word(i))) {
      const member = fc.prevSpan(i, ['Place', 'Agency', 'Organization'], 3, false);
      const body = word(i + 1) === 'في' ? fc.nextSpan(i + 1, BODIES, 2) : undefined;
      if (member !== undefined && body !== undefined) fc.add(member, 'MEMBER_OF', body, 'fact.member.body', 0.65);
      continue;
    }
    if (CHAIRS.test(word(i))) {
      // «ويترأس بشكل مشترك مع كندا المنتدى …»: the chair is the clause's subject, its partner after «مع»
      const chair = fc.prevSpan(i, ['Place', 'Agency'], 12, true);
      const body = spans.find((s) => BODIES.includes(s.kind) && s.first > i && s.first <= i + 8);
      if (body === undefined) continue;
      if (chair !== undefined) fc.add(chair, 'CHAIRS', body, 'fact.member.chairs', 0.6);
      let k = i + 1;
      while (k < body.first && word(k) !== 'مع') k += 1;
      const partner = k < body.first ? fc.nextSpan(k, ['Place', 'Agency'], 2) : undefined;
      if (partner !== undefined && partner.key !== body.key) fc.add(partner, 'CHAIRS', body, 'fact.member.chairs', 0.6);
    }
  }
  for (const call of spans.filter((s) => s.kind === 'Event' && s.eventType === 'call')) {
    if (word(call.last + 1) !== 'مع') continue;
    const partner = fc.nextSpan(call.last + 1, ['Person', 'Agency'], 3);
    // «أجرى الرئيس الفرنسي فرانسوا هولاند اتصالا …»: the titled person, not the nisba inside the title
    const caller = fc.subjectBefore(call.first, ['Person', 'Agency', 'Place'], 8);
    if (partner === undefined) continue;
    fc.add(partner, 'PARTICIPATED_IN', call, 'fact.call.with', 0.65);
    if (caller !== undefined) fc.add(caller, 'CALLED', partner, 'fact.call.with', 0.65);
  }
}
