/** Small word-level tests the cue rules share. */
import type { SentenceContext, Span } from '../spans.ts';
import { QUOTE, readings, SOFT_PUNCT, type Token } from '../tokens.ts';

/** Words that end a name: relative pronouns, «التابع لـ», prepositions and particles. */
const NAME_STOPS = new Set([
  'التابع', 'التابعه', 'التابعين', 'التابعون', 'الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللواتي', 'في', 'من', 'علي', 'عن', 'مع', 'الي',
  'بين', 'ان', 'بان', 'انه', 'انها', 'الا', 'او', 'ثم', 'حيث', 'بعد', 'قبل', 'منذ', 'خلال', 'عبر', 'ضد', 'حول', 'لدي', 'تحت', 'فوق', 'عند',
  'اذ', 'كما', 'لكن', 'قد', 'لقد', 'تم', 'يتم', 'سيتم', 'ما', 'لا', 'لم', 'لن', 'هو', 'هي', 'هم', 'كان', 'كانت', 'يوم', 'سنه', 'عام',
  'المزعوم', 'المزعومه', 'المدعو', 'المدعوه',
]);

export function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.type === 'word';
}

export function isStop(t: Token | undefined): boolean {
  return t === undefined || NAME_STOPS.has(t.norm);
}

/** A definite word: with the article, or ل + article («للأمن»), or و + article when `allowAnd`. */
export function isDefinite(t: Token | undefined, allowAnd = false): boolean {
  if (!isWord(t) || isStop(t)) return false;
  const n = t.norm;
  if (n.startsWith('ال') && n.length >= 4) return true;
  if (n.startsWith('لل') && n.length >= 4) return true;
  if (allowAnd && (n.startsWith('وال') || n.startsWith('ولل')) && n.length >= 5) return true;
  return false;
}

/** A word that starts with a preposition clitic (ب, ك) glued to it: «بالناظور» opens a complement, not a name part. */
export function hasPrepositionClitic(t: Token | undefined): boolean {
  if (!isWord(t)) return false;
  return readings(t.norm).some((r) => r.article && (r.clitic === 'ب' || r.clitic === 'وب' || r.clitic === 'ك' || r.clitic === 'فب'));
}

/** The index of the next token after `i`, skipping soft punctuation; stops (returns -1) at any other punctuation. */
export function after(ctx: SentenceContext, i: number): number {
  for (let k = i + 1; k < ctx.tokens.length; k += 1) {
    const t = ctx.tokens[k];
    if (t === undefined) return -1;
    if (t.type === 'word' || t.type === 'number') return k;
    if (t.type === 'punct' && !SOFT_PUNCT.has(t.text)) return -1;
  }
  return -1;
}

/** The index of the previous word before `i` (soft punctuation and detached clitics skipped), or -1. */
export function before(ctx: SentenceContext, i: number): number {
  for (let k = i - 1; k >= 0; k -= 1) {
    const t = ctx.tokens[k];
    if (t === undefined) return -1;
    if (t.type === 'word' || t.type === 'number') return k;
    if (t.type === 'punct' && !SOFT_PUNCT.has(t.text)) return -1;
  }
  return -1;
}

/** A quoted phrase starting at token `i` (an opening quote): the word range inside, or null. */
export function quotedAt(ctx: SentenceContext, i: number): { first: number; last: number; end: number } | null {
  const open = ctx.tokens[i];
  if (open === undefined || !QUOTE.has(open.text)) return null;
  let k = i + 1;
  while (k < ctx.tokens.length && ctx.tokens[k]?.type === 'clitic') k += 1;
  const first = k;
  while (k < ctx.tokens.length && (ctx.tokens[k]?.type === 'word' || ctx.tokens[k]?.type === 'number' || ctx.tokens[k]?.text === '-')) k += 1;
  const close = ctx.tokens[k];
  if (k === first || close === undefined || !QUOTE.has(close.text) || k - first > 6) return null;
  return { first, last: k - 1, end: k };
}

/** The quote right after token `i` (possibly after a detached clitic), or null. */
export function quoteAfter(ctx: SentenceContext, i: number): { first: number; last: number; end: number } | null {
  let k = i + 1;
  while (ctx.tokens[k]?.type === 'clitic') k += 1;
  return quotedAt(ctx, k);
}

export function normsBetween(ctx: SentenceContext, a: number, b: number): string[] {
  const out: string[] = [];
  for (let k = a + 1; k < b; k += 1) {
    const t = ctx.tokens[k];
    if (t !== undefined && (t.type === 'word' || t.type === 'number')) out.push(t.norm);
  }
  return out;
}

/** True when a comma, semicolon or full stop lies between tokens a and b. */
export function clauseBreakBetween(ctx: SentenceContext, a: number, b: number): boolean {
  for (let k = a + 1; k < b; k += 1) {
    const t = ctx.tokens[k];
    if (t?.type === 'punct' && /[,،;؛.:]/.test(t.text)) return true;
  }
  return false;
}

export function spanAt(spans: readonly Span[], i: number): Span | undefined {
  return spans.find((s) => s.first === i);
}

export function spanCovering(spans: readonly Span[], i: number): Span | undefined {
  return spans.find((s) => s.first <= i && i <= s.last);
}
