/**
 * More about events (`fact.event.*`, `fact.attack.*`):
 * - what an attack aimed at: «هجوم إرهابي ضد عناصر من الجيش الأمريكي» → TARGETED;
 * - its toll: «هجمات … التي خلفت 130 قتيلا», «أودت بحياة …» → KILLED the counted group;
 * - where, in the genitive: «هجمات باريس» → TOOK_PLACE_IN;
 * - a passive killing: «الضحيتان … قد قتلتا» → the killing TARGETED its subject;
 * - who spoke: «كشف X خلال ندوة صحفية عقدها» → X HELD the press conference; a phone call's two ends
 *   («أجرى X اتصالا هاتفيا بـY») PARTICIPATED_IN it;
 * - who attended: «حضر الندوة ممثلون عن A وB» → A, B PARTICIPATED_IN it; «بحضور X» → X ATTENDED the event before,
 *   «بمشاركة X» → X PARTICIPATED_IN it (`fact.event.presence`);
 * - an act told within another: «… في إطار العمليات …», «ضمن حملة …» → PART_OF (`fact.event.within`);
 * - what a conference or a statement is about: «… تفاصيل جديدة حول الخلية», «بلاغ بشأن …» → CONCERNS (`fact.event.about`).
 */
import type { FactContext, KeyedSpan } from '../fact-context.ts';
import { normalizeWord } from '../tokens.ts';

const AGAINST = new Set(['ضد', 'على'].map(normalizeWord));
const TOLL = new Set(['خلفت', 'خلف', 'خلفا', 'أسفرت', 'أسفر', 'أودت', 'أودى', 'راح', 'سقط', 'اسفرت'].map(normalizeWord));
const ATTEND = new Set(['حضر', 'حضرها', 'حضره', 'وحضر', 'شارك', 'شاركت', 'وشارك', 'حضرت'].map(normalizeWord));
const SPEAKING: ReadonlySet<string> = new Set(['press conference', 'call', 'speech']);

export function eventFacts(fc: FactContext): void {
  const { ctx, spans, word } = fc;
  const events = spans.filter((s) => s.kind === 'Event');
  for (const e of events) {
    const type = e.eventType ?? '';
    if (type === 'attack' || type === 'plot' || type === 'killing') {
      for (let k = e.last + 1; k <= e.last + 3; k += 1) {
        if (!AGAINST.has(word(k)) || (word(k) === 'علي' && type !== 'attack')) continue;
        const whom = fc.nextSpan(k, ['Agency', 'Group', 'Person', 'Place', 'Organization'], 3);
        if (whom !== undefined) fc.add(e, 'TARGETED', whom, 'fact.attack.against', 0.65);
        break;
      }
      for (let k = e.last + 1; k <= e.last + 8 && k < ctx.tokens.length; k += 1) {
        if (!fc.has(TOLL, k)) continue;
        const toll = fc.nextSpan(k, ['Group'], 4);
        if (toll !== undefined && toll.props['count'] !== undefined) fc.add(e, 'KILLED', toll, 'fact.attack.toll', 0.6);
        break;
      }
      const place = fc.startingAt(e.last + 1);
      if (place !== undefined && place.kind === 'Place' && place.clitic === '' && !place.rule.startsWith('gazetteer.nisba')) fc.add(e, 'TOOK_PLACE_IN', place, 'fact.attack.genitive-place', 0.6);
      if (type === 'killing' && /^(قتلتا|قتلت|قتلوا|قتل|اغتيل|لقي|لقيت|لقوا)$/.test(fc.bare(e.first))) {
        const victim = fc.subjectBefore(e.first, ['Group', 'Person'], 14);
        if (victim !== undefined && !spans.some((s) => s.kind === 'Event' && s.first > victim.last && s.last < e.first)) fc.add(e, 'TARGETED', victim, 'fact.attack.passive', 0.6);
      }
    }
    // the person who speaks holds the conference, even when the agency he heads is said to conduct it
    const person = SPEAKING.has(type) ? fc.prevSpan(e.first, ['Person'], 16) : undefined;
    if (SPEAKING.has(type) && (person !== undefined || !fc.facts.some((f) => f.target === e.key && (f.type === 'CONDUCTED' || f.type === 'HELD')))) {
      const speaker = person ?? fc.prevSpan(e.first, ['Agency'], 16);
      if (speaker !== undefined) fc.add(speaker, type === 'call' ? 'PARTICIPATED_IN' : type === 'press conference' ? 'HELD' : 'CONDUCTED', e, 'fact.event.speaker', 0.6);
      if (type === 'call') {
        const other = fc.nextSpan(e.last, ['Person', 'Agency'], 3);
        if (other !== undefined) fc.add(other, 'PARTICIPATED_IN', e, 'fact.event.speaker', 0.6);
        // «أجرى هولاند اتصالا هاتفيا مع الملك»: who made the call CALLED the other end
        if (other !== undefined && speaker !== undefined && other.key !== speaker.key) fc.add(speaker, 'CALLED', other, 'fact.call.parties', 0.6);
      }
    }
  }
  // «ندوة صحفية … كشف خلالها تفاصيل جديدة حول الخلية», «بلاغ بشأن …»: what a conference or a statement is about
  for (const e of spans.filter((s) => (s.kind === 'Event' && SPEAKING.has(s.eventType ?? '')) || (s.kind === 'Document' && s.props['document_type'] === 'press statement'))) {
    for (let k = e.last + 1; k < Math.min(ctx.tokens.length, e.last + 16); k += 1) {
      if (!/^(حول|بخصوص|بشان|حيال)$/.test(word(k))) continue;
      const about = fc.nextSpan(k, ['Cell', 'Event', 'Organization', 'Group'], 4);
      if (about !== undefined && about.key !== e.key) fc.add(e, 'CONCERNS', about, 'fact.event.about', 0.6);
      break;
    }
  }
  // the speaker's act before the conference: «كشف X، خلال ندوة صحفية …، تفاصيل جديدة حول الخلية»
  for (const e of spans.filter((s) => s.kind === 'Event' && s.eventType === 'press conference')) {
    for (let k = Math.max(0, e.first - 12); k < e.first; k += 1) {
      if (!/^(حول|بخصوص|بشان)$/.test(word(k))) continue;
      const about = fc.nextSpan(k, ['Cell', 'Event', 'Organization', 'Group'], 4);
      if (about !== undefined && about.key !== e.key) fc.add(e, 'CONCERNS', about, 'fact.event.about', 0.6);
    }
  }
  // «حضر الندوة ممثلون عن A وB»
  for (let i = 0; i < ctx.tokens.length; i += 1) {
    if (!fc.has(ATTEND, i)) continue;
    const event = fc.nextSpan(i, ['Event'], 2) ?? lastEvent(fc, i);
    let from = -1;
    for (let k = i + 1; k < Math.min(ctx.tokens.length, i + 6); k += 1) if (word(k) === 'عن' || word(k) === 'من') from = from < 0 ? k : from;
    const first = from < 0 ? undefined : fc.nextSpan(from, ['Agency', 'Organization', 'Place'], 2);
    if (event === undefined || first === undefined) continue;
    for (const a of fc.listFrom(first, ['Agency', 'Organization', 'Place'])) fc.add(a, 'PARTICIPATED_IN', event, 'fact.event.attended', 0.6);
  }
  // «تم توقيف … في إطار العمليات الاستباقية …», «… ضمن حملة …»: the act before is a part of the one after
  for (let i = 0; i < ctx.tokens.length; i += 1) {
    const within = (word(i) === 'اطار' && /^(في|وفي)$/.test(word(i - 1))) || /^(ضمن|وضمن)$/.test(word(i));
    if (!within) continue;
    const part = lastEvent(fc, i);
    const whole = fc.nextSpan(i, ['Event'], 3);
    if (part !== undefined && whole !== undefined && part.key !== whole.key) fc.add(part, 'PART_OF', whole, 'fact.event.within', 0.55);
  }
  // «جرى حفل التوشيح … بحضور مسؤولين أمنيين», «بمشاركة الشرطة الإسبانية»: who was present at the event before
  for (let i = 0; i < ctx.tokens.length; i += 1) {
    const presence = PRESENCE.get(word(i)) ?? (word(i) === 'حضور' && /^(في|وفي)$/.test(word(i - 1)) ? 'ATTENDED' : undefined);
    if (presence === undefined) continue;
    const event = lastEvent(fc, i);
    const first = fc.nextSpan(i, ['Person', 'Group', 'Agency', 'Organization'], 2);
    if (event === undefined || first === undefined) continue;
    for (const a of fc.listFrom(first, ['Person', 'Group', 'Agency', 'Organization'])) fc.add(a, presence, event, 'fact.event.presence', 0.5);
  }
}

const PRESENCE: ReadonlyMap<string, string> = new Map([['بحضور', 'ATTENDED'], ['وبحضور', 'ATTENDED'], ['بمشاركه', 'PARTICIPATED_IN'], ['وبمشاركه', 'PARTICIPATED_IN']]);

function lastEvent(fc: FactContext, i: number): KeyedSpan | undefined {
  return fc.prevSpan(i, ['Event'], 10);
}
