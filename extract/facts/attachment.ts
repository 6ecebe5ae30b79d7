/**
 * Prepositional attachment (`fact.attach.*`), the last family of a sentence: a phrase that opens with a
 * preposition («بمدينة فاس», «في شمال مالي», «من وجدة», «إلى سوريا», «لتنظيم داعش») modifies the nearest entity
 * before it in the same clause, as Arabic attaches a prepositional phrase to the closest noun that can take it.
 * What the attachment means depends on the preposition and on the two kinds only, read from the table below
 * (the genre's conventions: an event in a place took place there, a person from a place comes from it, a
 * group to a place went there). It fills gaps: a pair some other rule already joined is left to that rule.
 */
import type { EntityKind } from '../../contract/kinds.ts';
import type { FactContext, KeyedSpan } from '../fact-context.ts';
import { clauseBreakBetween } from '../cues/words.ts';
import { QUOTE } from '../tokens.ts';

type Preposition = 'in' | 'from' | 'to' | 'for';

/** The relation of a head of the first kind and a modifier of the second after each preposition. */
const ATTACHMENT: Readonly<Record<Preposition, Partial<Record<EntityKind, Partial<Record<EntityKind, string>>>>>> = {
  in: {
    Event: { Place: 'TOOK_PLACE_IN' },
    Place: { Place: 'LOCATED_IN' },
    Item: { Place: 'LOCATED_IN' },
    Agency: { Place: 'BASED_IN' },
    Cell: { Place: 'ACTIVE_IN' },
    Organization: { Place: 'ACTIVE_IN' },
    Group: { Place: 'ACTIVE_IN' },
    Person: { Place: 'LOCATED_IN' },
  },
  from: {
    Person: { Place: 'FROM' },
    Group: { Place: 'FROM' },
  },
  to: {
    Person: { Place: 'TRAVELLED_TO' },
    Group: { Place: 'TRAVELLED_TO' },
  },
  for: {
    Person: { Organization: 'MEMBER_OF', Cell: 'MEMBER_OF' },
    Group: { Organization: 'MEMBER_OF', Cell: 'MEMBER_OF' },
    Cell: { Organization: 'AFFILIATED_WITH' },
  },
};

/** Prepositions written apart, normalised. */
const APART: ReadonlyMap<string, Preposition> = new Map([
  ['في', 'in'], ['داخل', 'in'], ['بداخل', 'in'], ['قرب', 'in'], ['بضواحي', 'in'], ['ضواحي', 'in'], ['نواحي', 'in'],
  ['من', 'from'], ['الي', 'to'], ['نحو', 'to'], ['صوب', 'to'],
]);

/** Head words of places written before the name («مدينة», «إقليم», «حي»), normalised, article and clitic off. */
const PLACE_HEAD = /^(ال)?(مدينه|اقليم|عماله|جهه|حي|دوار|جماعه|منطقه|بلده|قريه|دوله|ولايه|مدينتي|مدن|اقاليم|مناطق|جهتي|اقليمي|احياء|حيي)$/;
/** Directions and outskirts between a preposition and its place («بشمال وسط بوركينا فاسو», «في ضواحي مدينة …»). */
const DIRECTION = /^(ال)?(شمال|جنوب|شرق|غرب|وسط|ضواحي|اطراف|نواحي|تخوم|قلب|محيط|جنوبي|شمالي|شرقي|غربي)$/;

/** The preposition glued to the span's first word (its clitic, a conjunction read off). */
function glued(clitic: string): Preposition | undefined {
  const bare = clitic.replace(/^[وف]/, '');
  if (bare === 'ب' || bare === 'بال') return 'in';
  if (bare === 'ل' || bare === 'لل') return 'for';
  return undefined;
}

/** Whether some fact of the sentence already joins the two, either way. */
function joined(fc: FactContext, a: KeyedSpan, b: KeyedSpan): boolean {
  return fc.facts.some((f) => (f.source === a.key && f.target === b.key) || (f.source === b.key && f.target === a.key));
}

/** The first word of the phrase of a place: its head word and directions before it, when no span holds them. */
function phraseStart(fc: FactContext, modifier: KeyedSpan): number {
  if (modifier.kind !== 'Place') return modifier.first;
  let i = modifier.first;
  // «بمدينة تازة», «في إقليم الحوز»: the preposition may sit on the place's head word before the name
  if (PLACE_HEAD.test(fc.bare(i - 1).replace(/^ب/, ''))) i -= 1;
  while (i > 0 && DIRECTION.test(fc.bare(i - 1).replace(/^ب/, '')) && !fc.spans.some((s) => s.first <= i - 1 && i - 1 <= s.last)) i -= 1;
  return i;
}

/**
 * The head of a construct before the nearest entity («بمعسكرات التنظيم», «بمنزل المعني بالأمر»): a span right before
 * it whose last word has no article, so the nearest is its genitive and the phrase may modify the whole.
 */
function constructHead(fc: FactContext, nearest: KeyedSpan): KeyedSpan | undefined {
  const head = fc.spans.find((s) => s.last === nearest.first - 1 && s.kind !== 'Date' && !s.rule.startsWith('gazetteer.'));
  if (head === undefined) return undefined;
  const word = fc.bare(head.last).replace(/^[بل]/, '');
  return word.startsWith('ال') || word.length < 3 ? undefined : head;
}

export function attachmentFacts(fc: FactContext): void {
  const { ctx, spans } = fc;
  const quotesBetween = (a: number, b: number): number => ctx.tokens.slice(a + 1, b).filter((t) => t.type === 'punct' && QUOTE.has(t.text)).length;
  for (const modifier of spans) {
    // a nationality («من التونسيين») is no place phrase
    if (modifier.rule.startsWith('gazetteer.nisba')) continue;
    const phrase = phraseStart(fc, modifier);
    const clitic = phrase === modifier.first ? modifier.clitic : /^[وف]?ب/.test(fc.word(phrase)) ? 'ب' : '';
    let preposition = glued(clitic);
    let opens = phrase;
    if (preposition === undefined) {
      preposition = APART.get(fc.bare(phrase - 1));
      if (preposition === undefined) continue;
      opens = phrase - 1;
    }
    // the nearest entity ending right before the phrase: at most one word between (an adjective, «المدعو»), and the
    // quotation marks that close a name («"جماعة نصرة الإسلام والمسلمين" الناشطة بشمال مالي»)
    // (the widest of those ending there: «السفيرة الأمريكية», not the country its nisba names)
    const attachedTo = spans
      .filter((s) => s.last < opens && opens - s.last - quotesBetween(s.last, opens) <= 2 && !(s.first <= modifier.first && modifier.last <= s.last) && !s.rule.startsWith('gazetteer.nisba'))
      .sort((a, b) => b.last - a.last || a.first - b.first)[0];
    if (attachedTo === undefined || attachedTo.key === modifier.key || clauseBreakBetween(ctx, attachedTo.last, modifier.first)) continue;
    // a phrase inside the head's own name («ولاية أمن طنجة») is the head's business
    if (spans.some((s) => s.first <= attachedTo.first && attachedTo.last <= s.last && s.first <= modifier.first && modifier.last <= s.last && s !== attachedTo && s !== modifier)) continue;
    // «وبفاس» after «بطنجة»: a conjunct repeats the preposition; its head is the first conjunct's, attached below
    if (/^[وف]/.test(clitic) && attachedTo.kind === modifier.kind) continue;
    const heads = [attachedTo, constructHead(fc, attachedTo)].filter((h): h is KeyedSpan => h !== undefined && h.key !== modifier.key);
    // «في بلدتي X وY»: the places coordinated after the modifier share its head
    const modifiers = fc.listFrom(modifier, [modifier.kind]).filter((m) => m === modifier || !m.rule.startsWith('gazetteer.nisba'));
    for (const head of heads) {
      const type = ATTACHMENT[preposition][head.kind]?.[modifier.kind];
      if (type === undefined) continue;
      for (const m of modifiers) if (m.key !== head.key && !joined(fc, head, m)) fc.add(head, type, m, `fact.attach.${preposition}`, 0.45);
    }
  }
}
