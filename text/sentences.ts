/**
 * The text pipeline: original article → prose lines (boilerplate dropped by rule) → paragraphs → sentences,
 * every piece carrying character offsets into the ORIGINAL text, so `text.slice(start, end)` is the piece.
 */

export interface Line {
  /** 1-based line number in the original text. */
  number: number;
  start: number;
  end: number;
  text: string;
}

export interface DroppedLine extends Line {
  reason: NonProseReason;
}

export interface Paragraph {
  /** 1-based, counting prose paragraphs only. */
  index: number;
  line: number;
  start: number;
  end: number;
  text: string;
}

export interface Sentence {
  /** `s-<paragraph>-<position>`, e.g. `s-4-1`. */
  id: string;
  /** 1-based order in the article. */
  index: number;
  paragraph: number;
  /** 1-based order inside the paragraph. */
  position: number;
  line: number;
  /** Offsets into the original text; `text === original.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
}

export type NonProseReason = 'blank' | 'script' | 'not-arabic' | 'boilerplate';

const ARABIC_LETTER = /[\u0621-\u063A\u0641-\u064A\u0671-\u06D3\u06FA-\u06FC]/gu;
const ANY_LETTER = /\p{L}/gu;
/** Marks of program code or markup: braces, angle brackets, arrows, `function(`, `a.b(` calls, statements ending in `;`. */
const CODE_MARKERS = /[{}<>]|=>|\bfunction\s*\(|\b[A-Za-z_$][\w$]*\.[A-Za-z_$][\w$]*\s*\(|;\s*$|\bvar\s|\bconst\s|\bwindow\./;
/** Whole lines that are page furniture rather than article prose, in Arabic, French or English. */
const BOILERPLATE = /^\s*(?:إعلان|اعلان|advertisement|publicité|publicite|اقرأ أيضا|اقرأ أيضاً|read more|lire aussi)\s*[:：]?\s*$/iu;

/**
 * Why a scraped line is not article prose, or `null` when it is.
 * - `blank`: only whitespace;
 * - `script`: looks like program code (see CODE_MARKERS) and fewer than half of its letters are Arabic;
 * - `not-arabic`: fewer than 20 % of its letters are Arabic (an Arabic article's prose is Arabic);
 * - `boilerplate`: a known page-furniture line ("إعلان", "Advertisement", "اقرأ أيضا"…).
 * The rule looks only at the line's content, never at its position, so it works on any scraped article.
 */
export function nonProseReason(line: string): NonProseReason | null {
  if (line.trim() === '') return 'blank';
  if (BOILERPLATE.test(line)) return 'boilerplate';
  const letters = line.match(ANY_LETTER)?.length ?? 0;
  const arabic = line.match(ARABIC_LETTER)?.length ?? 0;
  const arabicShare = letters === 0 ? 0 : arabic / letters;
  if (CODE_MARKERS.test(line) && arabicShare < 0.5) return 'script';
  if (arabicShare < 0.2) return 'not-arabic';
  return null;
}

/** The lines of a text with their offsets; `\r\n` and `\r` line ends are understood, never included. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  let number = 1;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    lines.push({ number, start, end: m.index, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
    number += 1;
  }
  if (start < text.length) lines.push({ number, start, end: text.length, text: text.slice(start) });
  return lines;
}

/** Prose paragraphs (each non-empty prose line is one paragraph, trimmed) and the lines that were dropped. */
export function splitParagraphs(text: string): { paragraphs: Paragraph[]; dropped: DroppedLine[] } {
  const paragraphs: Paragraph[] = [];
  const dropped: DroppedLine[] = [];
  for (const line of splitLines(text)) {
    const reason = nonProseReason(line.text);
    if (reason !== null) {
      if (reason !== 'blank') dropped.push({ ...line, reason });
      continue;
    }
    const lead = line.text.length - line.text.trimStart().length;
    const trail = line.text.length - line.text.trimEnd().length;
    const start = line.start + lead;
    const end = line.end - trail;
    paragraphs.push({ index: paragraphs.length + 1, line: line.number, start, end, text: text.slice(start, end) });
  }
  return { paragraphs, dropped };
}

const TERMINAL = /[.!?؟…]/;
const CLOSERS = /["'”’»)\]]/;

/**
 * Sentence boundaries inside one paragraph: after `.`, `!`, `?`, `؟` or `…` (with any closing quotes or brackets
 * that follow) when whitespace or the end of the paragraph comes next. Not a boundary: a dot inside a number
 * (2.5), a dot after a one-letter word (an initial or an abbreviation such as «د.»), a run of dots that continues.
 */
export function sentenceSpans(paragraph: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  let i = 0;
  while (i < paragraph.length) {
    const ch = paragraph[i] ?? '';
    if (!TERMINAL.test(ch)) {
      i += 1;
      continue;
    }
    let end = i + 1;
    while (end < paragraph.length && TERMINAL.test(paragraph[end] ?? '')) end += 1;
    while (end < paragraph.length && CLOSERS.test(paragraph[end] ?? '')) end += 1;
    const next = paragraph[end];
    const atBoundary = next === undefined || /\s/.test(next);
    const wordBefore = /(\S+)$/.exec(paragraph.slice(start, i).trimEnd())?.[1] ?? '';
    const abbreviation = ch === '.' && /^\p{L}$/u.test(wordBefore) && paragraph.slice(start, i).trim() !== wordBefore;
    if (atBoundary && !abbreviation) {
      pushTrimmed(paragraph, start, end, spans);
      start = end;
    }
    i = end;
  }
  pushTrimmed(paragraph, start, paragraph.length, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, out: { start: number; end: number }[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s += 1;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e -= 1;
  if (e > s) out.push({ start: s, end: e });
}

export interface SplitArticle {
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  dropped: DroppedLine[];
}

/** The whole pipeline on an original text. */
export function splitArticle(text: string): SplitArticle {
  const { paragraphs, dropped } = splitParagraphs(text);
  const sentences: Sentence[] = [];
  for (const paragraph of paragraphs) {
    sentenceSpans(paragraph.text).forEach((span, k) => {
      const start = paragraph.start + span.start;
      const end = paragraph.start + span.end;
      sentences.push({
        id: `s-${paragraph.index}-${k + 1}`,
        index: sentences.length + 1,
        paragraph: paragraph.index,
        position: k + 1,
        line: paragraph.line,
        start,
        end,
        text: text.slice(start, end),
      });
    });
  }
  return { text, paragraphs, sentences, dropped };
}
