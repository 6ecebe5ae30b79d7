import { h } from '../../dom.ts';

export interface Mark {
  start: number;
  end: number;
  className?: string;
  title?: string;
}

/** An Arabic sentence, right to left, with the given spans wrapped in <mark> (text only, never HTML). */
export function sentenceElement(text: string, marks: readonly Mark[], attributes: Record<string, string> = {}): HTMLElement {
  const paragraph = h('p', { class: 'sentence', dir: 'rtl', lang: 'ar', ...attributes });
  const sorted = [...marks].filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end).sort((a, b) => a.start - b.start);
  let at = 0;
  for (const mark of sorted) {
    if (mark.start < at) continue;
    if (mark.start > at) paragraph.append(text.slice(at, mark.start));
    paragraph.append(h('mark', { class: mark.className, title: mark.title }, text.slice(mark.start, mark.end)));
    at = mark.end;
  }
  if (at < text.length) paragraph.append(text.slice(at));
  return paragraph;
}
