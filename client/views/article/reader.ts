/**
 * The article as the reader shows it, in small pure builders (the picker of a corpus can wrap them):
 * paragraphs of numbered sentences in which every mention is reachable, nested and overlapping ones
 * included. Each mention covers whole words (its clitic too), so no element edge falls inside a word.
 */
import type { ArticleSentence, ArticleView } from '../../../contract/api.ts';
import { segments } from '../../../text/segments.ts';
import { wholeWords } from '../../../text/word-bounds.ts';
import { h } from '../../dom.ts';
import { t } from '../../i18n.ts';

export interface ReaderMention {
  entityId: string;
  surface: string;
  sentenceId: string;
  /** The words marked for it, in the sentence text. */
  start: number;
  end: number;
}

/** A passage of text under one or more mentions: outermost first. */
export interface Passage {
  element: HTMLElement;
  mentions: ReaderMention[];
}

/** The sentence's mentions as the words they cover; a span covering the same words twice for one entity counts once. */
export function sentenceMentions(sentence: ArticleSentence): ReaderMention[] {
  const seen = new Set<string>();
  const out: ReaderMention[] = [];
  for (const mention of [...sentence.mentions].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (mention.start < 0 || mention.end > sentence.text.length || mention.start >= mention.end) continue;
    const span = wholeWords(sentence.text, mention.start, mention.end);
    const key = `${mention.entityId}:${span.start}:${span.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ entityId: mention.entityId, surface: mention.surface, sentenceId: sentence.id, ...span });
  }
  return out;
}

/** The number before a sentence: the one the panels cite («الجملة 5»). */
export function sentenceNumber(sentence: ArticleSentence): HTMLElement {
  return h('sup', { class: 'sentence-number', 'data-sentence': sentence.id, 'aria-label': t('article.sentenceNumber', { index: sentence.index }) }, String(sentence.index));
}

/** One sentence's text, with each passage under mentions as one focusable element. */
export function sentenceView(sentence: ArticleSentence, passages: Passage[]): HTMLElement {
  const element = h('span', { class: 'article-sentence', 'data-sentence': sentence.id, 'data-index': sentence.index });
  const mentions = sentenceMentions(sentence);
  for (const segment of segments(sentence.text.length, mentions)) {
    const text = sentence.text.slice(segment.start, segment.end);
    const covering = segment.covering.map((i) => mentions[i]).filter((m): m is ReaderMention => m !== undefined);
    if (covering.length === 0) {
      element.append(text);
      continue;
    }
    const inner = covering.at(-1) ?? covering[0];
    const entities = [...new Set(covering.map((m) => m.entityId))];
    const passage = h(
      'span',
      {
        class: `mention depth-${Math.min(covering.length, 3)}`,
        role: 'button',
        tabindex: -1,
        'data-entity': inner?.entityId,
        'data-entities': entities.join(' '),
        'data-start': segment.start,
        'data-end': segment.end,
        'aria-haspopup': entities.length > 1 ? 'menu' : undefined,
        title: entities.length > 1 ? t('article.choose') : t('article.mentionOf', { name: inner?.surface ?? text }),
      },
      text,
    );
    element.append(passage);
    passages.push({ element: passage, mentions: covering });
  }
  return element;
}

/** The article's paragraphs, right to left, sentences in order. */
export function articleParagraphs(view: ArticleView, passages: Passage[]): HTMLElement[] {
  const byParagraph = new Map<number, HTMLElement>();
  for (const sentence of [...view.sentences].sort((a, b) => a.index - b.index)) {
    let paragraph = byParagraph.get(sentence.paragraph);
    if (!paragraph) {
      paragraph = h('p', { class: 'article-paragraph', dir: 'rtl', lang: 'ar' });
      byParagraph.set(sentence.paragraph, paragraph);
    }
    paragraph.append(sentenceNumber(sentence), sentenceView(sentence, passages), ' ');
  }
  return [...byParagraph.entries()].sort(([a], [b]) => a - b).map(([, p]) => p);
}
