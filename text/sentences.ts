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

export type NonProseReason = 'blank' | 'script' | 'not-arabic' | 'boilerplate' | 'share' | 'timestamp';

const ARABIC_LETTER = /[\u0621-\u063A\u0641-\u064A\u0671-\u06D3\u06FA-\u06FC]/gu;
const ANY_LETTER = /\p{L}/gu;
/** Marks of program code or markup: braces, angle brackets, arrows, `function(`, `a.b(` calls, statements ending in `;`. */
const CODE_MARKERS = /[{}<>]|=>|\bfunction\s*\(|\b[A-Za-z_$][\w$]*\.[A-Za-z_$][\w$]*\s*\(|;\s*$|\bvar\s|\bconst\s|\bwindow\./;
/** Whole lines that are page furniture rather than article prose, in Arabic, French or English. */
const BOILERPLATE = /^\s*(?:إعلان|اعلان|advertisement|publicité|publicite|اقرأ أيضا|اقرأ أيضاً|read more|lire aussi)\s*[:：]?\s*$/iu;
/**
 * A "read also" teaser: the words, then a link title. Written with or without hamza and tanween, with «إقرأ»,
 * «أيضا»/«كذلك»/«المزيد», or in French and English. Prose never opens with an imperative to read.
 */
const READ_ALSO = /^\s*(?:[اإأ]قر[اأ]\s+(?:[اأ]يضا?[ًا]?|كذلك)|للمزيد\s*[:：]|ذات صلة\s*[:：]|read (?:also|more)\b|lire (?:aussi|également|egalement)\b|à lire aussi\b)/iu;
/** Words of share, like and follow buttons and their networks; a short line made only of them is furniture. */
const SHARE_WORDS = new Set(
  [
    'شارك', 'شاركوا', 'شاركي', 'مشاركة', 'شارك المقال', 'المقال', 'الخبر', 'الموضوع', 'المنشور', 'هذا', 'هذه', 'على', 'عبر', 'في',
    'فيسبوك', 'فايسبوك', 'الفيسبوك', 'تويتر', 'واتساب', 'واتس', 'آب', 'اب', 'تلغرام', 'تيليغرام', 'لينكدإن', 'إكس', 'اكس', 'انستغرام',
    'أعجبني', 'اعجبني', 'إعجاب', 'اعجاب', 'إعجابات', 'طباعة', 'اطبع', 'نسخ', 'الرابط', 'أرسل', 'ارسل', 'لصديق', 'تعليق', 'تعليقات',
    'التعليقات', 'أضف', 'اضف', 'تعليقك', 'share', 'like', 'tweet', 'email', 'print', 'facebook', 'twitter', 'whatsapp', 'telegram',
    'linkedin', 'x', 'partager', 'partagez', 'imprimer', 'copier', 'le', 'lien', 'commentaires', 'comment', 'comments',
  ].map((w) => w.toLowerCase()),
);
const MONTH_OR_DAY =
  /^(?:يناير|فبراير|مارس|أبريل|ابريل|إبريل|ماي|مايو|يونيو|يونيه|يوليوز|يوليو|يوليه|غشت|أغسطس|اغسطس|شتنبر|سبتمبر|أكتوبر|اكتوبر|نونبر|نوفمبر|دجنبر|ديسمبر|جانفي|فيفري|أفريل|افريل|جوان|جويلية|أوت|اوت|كانون|شباط|آذار|اذار|نيسان|أيار|ايار|حزيران|تموز|آب|اب|أيلول|ايلول|تشرين|الأول|الاول|الثاني|الأحد|الاحد|الإثنين|الاثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت|أحد|احد|إثنين|اثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة|سبت)$/u;
/** Words that may stand beside a date and a time in a stamp: «نشر في», «آخر تحديث», «منذ 3 ساعات», «صباحا». */
const STAMP_WORDS = new Set([
  'نشر', 'نُشر', 'نشرت', 'في', 'يوم', 'آخر', 'اخر', 'تحديث', 'تحديث:', 'بتاريخ', 'تاريخ', 'النشر', 'منذ', 'قبل', 'ساعة', 'ساعات',
  'ساعتين', 'دقيقة', 'دقائق', 'دقيقتين', 'أيام', 'ايام', 'يومين', 'صباحا', 'صباحاً', 'مساء', 'مساءً', 'مساءا', 'الساعة', 'على',
  'ص', 'م', 'gmt', 'utc', 'h', 'am', 'pm', 'publié', 'publie', 'le', 'mis', 'à', 'a', 'jour', 'updated', 'published', 'on', 'at',
]);

/** True for a line made only of a date, a time and stamp words, with at least one digit or «منذ». */
function isTimestamp(line: string): boolean {
  const words = line.trim().toLowerCase().split(/[\s|•·،,\-–—/]+/u).map((w) => w.replace(/[:：]+$/u, '')).filter((w) => w !== '');
  if (words.length === 0 || words.length > 12) return false;
  const hasDigit = /[0-9\u0660-\u0669]/u.test(line);
  if (!hasDigit && !words.includes('منذ')) return false;
  return words.every((w) => /^[0-9\u0660-\u0669:.hH]+$/u.test(w) || MONTH_OR_DAY.test(w.replace(/^[وب]/u, '')) || STAMP_WORDS.has(w));
}

/** True for a short line made only of share, like and follow words («شارك المقال», «Facebook Twitter»). */
function isShareLine(line: string): boolean {
  const words = line.trim().toLowerCase().replace(/[:：|•·،,]/gu, ' ').split(/\s+/u).filter((w) => w !== '');
  return words.length > 0 && words.length <= 8 && words.every((w) => SHARE_WORDS.has(w)) && words.some((w) => w !== 'على' && w !== 'عبر' && w !== 'في');
}

/**
 * Why a scraped line is not article prose, or `null` when it is.
 * - `blank`: only whitespace;
 * - `script`: looks like program code (see CODE_MARKERS) and fewer than half of its letters are Arabic;
 * - `not-arabic`: fewer than 20 % of its letters are Arabic (an Arabic article's prose is Arabic);
 * - `boilerplate`: a known page-furniture line ("إعلان", "Advertisement"), or a «اقرأ أيضا …» teaser with its link title;
 * - `share`: a short line of share, like and follow words («شارك المقال», «Facebook Twitter WhatsApp»);
 * - `timestamp`: a bare date-time stamp («الأربعاء 19 فبراير 2025 - 10:30», «نشر في: 2025/02/19», «منذ 3 ساعات»).
 * The rule looks only at the line's content, never at its position, so it works on any scraped article.
 */
export function nonProseReason(line: string): NonProseReason | null {
  if (line.trim() === '') return 'blank';
  if (BOILERPLATE.test(line) || READ_ALSO.test(line)) return 'boilerplate';
  if (isShareLine(line)) return 'share';
  if (isTimestamp(line)) return 'timestamp';
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
