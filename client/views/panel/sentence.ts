import { segments } from '../../../text/segments.ts';
import { wholeWords } from '../../../text/word-bounds.ts';
import { h } from '../../dom.ts';

export interface Mark {
  start: number;
  end: number;
  className?: string;
  title?: string;
}

/**
 * An Arabic sentence, right to left, with the given spans marked (text only, never HTML). A mark covers
 * whole words, clitic included, and is styled by its background only: an element edge, padding or margin
 * inside a word would break the joining of its letters. Overlapping marks are all shown; where two
 * cover the same words, the inner one's class wins.
 */
export function sentenceElement(text: string, marks: readonly Mark[], attributes: Record<string, string> = {}): HTMLElement {
  const paragraph = h('p', { class: 'sentence', dir: 'rtl', lang: 'ar', ...attributes });
  const widened = marks.map((mark) => ({ ...mark, ...wholeWords(text, mark.start, mark.end) }));
  for (const segment of segments(text.length, widened)) {
    const piece = text.slice(segment.start, segment.end);
    const inner = widened[segment.covering.at(-1) ?? -1];
    if (!inner) paragraph.append(piece);
    else paragraph.append(h('mark', { class: inner.className, title: inner.title }, piece));
  }
  return paragraph;
}
