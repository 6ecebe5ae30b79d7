/**
 * The article under review, a row per sentence: its text right to left with every proposed mention marked
 * in its kind's legend colour, and beside it the facts proposed from it. Marks are backgrounds and
 * underlines on whole words (as in the reader, views/article/reader.ts): no padding or margin inside a
 * word, so Arabic letters keep joining across a mark's edge.
 */
import { segments } from '../../../text/segments.ts';
import { wholeWords } from '../../../text/word-bounds.ts';
import { entityStatus, factsOfSentence, factStatus, mentionStatus, type Decisions, type DryRunModel, type ProposedFact, type ProposedSentence } from '../../core/review/model.ts';
import type { Focus } from '../../core/review/store.ts';
import { h } from '../../dom.ts';
import { formatNumber, kindName, language, t, typeName } from '../../i18n.ts';
import { kindStyle } from '../canvas/kind-style.ts';

interface Mark {
  id: string;
  start: number;
  end: number;
  kind: string;
  status: string;
  name: string;
}

/** The name an entity goes by in the interface language. */
export function entityName(model: DryRunModel, decisions: Decisions, id: string): string {
  const made = decisions.newEntities.find((e) => e.id === id);
  if (made) return made.nameAr;
  for (const d of [...Object.values(decisions.entities), ...Object.values(decisions.mentions)]) {
    if (d.linkTo?.id === id) return (language() === 'en' ? (d.linkTo.nameEn ?? d.linkTo.nameAr) : (d.linkTo.nameAr ?? d.linkTo.nameEn)) ?? id;
  }
  const e = model.entities.get(id);
  return (language() === 'en' ? (e?.nameEn ?? e?.nameAr) : (e?.nameAr ?? e?.nameEn)) ?? id;
}

export function entityKind(model: DryRunModel, decisions: Decisions, id: string): string {
  return decisions.newEntities.find((e) => e.id === id)?.kind ?? decisions.entities[id]?.kind ?? model.entities.get(id)?.kind ?? 'Entity';
}

/** «المكتب المركزي للأبحاث القضائية ← فكّك → خلية» in the interface language. */
export function factText(name: (id: string) => string, source: string, type: string, target: string): string {
  return `${name(source)} ${language() === 'ar' ? '←' : '→'} ${typeName(type)} → ${name(target)}`;
}

function marksOf(model: DryRunModel, decisions: Decisions, sentence: ProposedSentence): Mark[] {
  const marks: Mark[] = sentence.mentions.map((m) => {
    const linked = decisions.mentions[m.id]?.linkTo ?? decisions.entities[m.entityId]?.linkTo;
    return {
      id: m.id,
      ...wholeWords(sentence.text, m.start, m.end),
      kind: linked?.kind ?? entityKind(model, decisions, m.entityId),
      status: mentionStatus(decisions, m),
      name: linked ? entityName(model, decisions, linked.id) : entityName(model, decisions, m.entityId),
    };
  });
  for (const e of decisions.newEntities) if (e.sentence === sentence.id) marks.push({ id: `new:${e.id}`, start: e.start, end: e.end, kind: e.kind, status: 'accepted', name: e.nameAr });
  return marks.filter((m) => m.start >= 0 && m.end <= sentence.text.length && m.start < m.end);
}

function sentenceText(model: DryRunModel, decisions: Decisions, sentence: ProposedSentence, focus: Focus, factFrom: string | null): HTMLElement {
  const element = h('span', { class: 'review-text', 'data-sentence': sentence.id });
  const marks = marksOf(model, decisions, sentence);
  for (const segment of segments(sentence.text.length, marks)) {
    const text = sentence.text.slice(segment.start, segment.end);
    const covering = segment.covering.map((i) => marks[i]).filter((m): m is Mark => m !== undefined);
    const inner = covering.at(-1);
    if (!inner) {
      element.append(text);
      continue;
    }
    const ids = covering.map((m) => m.id);
    const mark = h(
      'span',
      {
        class: `review-mention depth-${Math.min(covering.length, 3)} ${inner.status}${focus?.type === 'mention' && ids.includes(focus.id) ? ' focused' : ''}${factFrom !== null && ids.includes(factFrom) ? ' fact-from' : ''}`,
        role: 'button',
        tabindex: 0,
        'data-mention': inner.id,
        'data-mentions': ids.join(' '),
        'data-kind': inner.kind,
        'data-start': segment.start,
        title: `${inner.name} · ${kindName(inner.kind)}`,
      },
      text,
    );
    mark.style.setProperty('--kind', kindStyle(inner.kind).color);
    element.append(mark);
  }
  return element;
}

function factItem(fact: ProposedFact, model: DryRunModel, decisions: Decisions): HTMLElement {
  const status = factStatus(decisions, fact);
  const chosen = decisions.facts[fact.id];
  const name = (id: string): string => entityName(model, decisions, decisions.entities[id]?.linkTo?.id ?? id);
  return h(
    'li',
    { class: `review-fact ${status}`, 'data-fact': fact.id, 'data-type': fact.type },
    h('span', { class: 'fact-text', dir: 'auto' }, factText(name, fact.source, fact.type, fact.target)),
    h('span', { class: 'muted fact-confidence' }, formatNumber(fact.confidence, 2)),
    h('span', { class: 'fact-actions' },
      h('button', { type: 'button', class: 'icon', 'data-action': 'accept-fact', 'aria-pressed': String(chosen === 'accept'), title: t('review.accept'), 'aria-label': t('review.accept') }, '✓'),
      h('button', { type: 'button', class: 'icon', 'data-action': 'reject-fact', 'aria-pressed': String(chosen === 'reject'), title: t('review.reject'), 'aria-label': t('review.reject') }, '✗'),
    ),
  );
}

/** Every sentence of the dry run as a row: number, text, its facts, and "accept this sentence". */
export function reviewRows(model: DryRunModel, decisions: Decisions, focus: Focus, factFrom: string | null): HTMLElement[] {
  return model.sentences.map((sentence) => {
    const facts = factsOfSentence(model, sentence.id);
    const added = decisions.newFacts.map((f, i) => ({ f, i })).filter(({ f }) => f.sentence === sentence.id);
    const name = (id: string): string => entityName(model, decisions, id);
    const undecided = sentence.mentions.some((m) => mentionStatus(decisions, m) === 'proposed' && entityStatus(model, decisions, m.entityId) !== 'rejected') || facts.some((f) => factStatus(decisions, f) === 'proposed');
    return h(
      'div',
      { class: `review-row${sentence.index === 0 ? ' headline' : ''}`, 'data-sentence': sentence.id, 'data-index': sentence.index },
      h('p', { class: 'review-sentence', dir: 'rtl', lang: 'ar' }, h('sup', { class: 'sentence-number' }, String(sentence.index)), sentenceText(model, decisions, sentence, focus, factFrom)),
      h(
        'div',
        { class: 'review-facts' },
        facts.length + added.length > 0
          ? h('ul', { class: 'fact-list' }, ...facts.map((f) => factItem(f, model, decisions)), ...added.map(({ f, i }) =>
              h('li', { class: 'review-fact accepted added', 'data-new-fact': i, 'data-type': f.type },
                h('span', { class: 'fact-text', dir: 'auto' }, factText(name, f.source, f.type, f.target)),
                h('span', { class: 'muted' }, t('review.byYou')),
                h('button', { type: 'button', class: 'icon', 'data-action': 'remove-new-fact', title: t('review.remove'), 'aria-label': t('review.remove') }, '×'),
              ),
            ))
          : null,
        h('button', { type: 'button', class: 'accept-sentence', 'data-action': 'accept-sentence', disabled: !undecided }, t('review.acceptSentence')),
      ),
    );
  });
}
