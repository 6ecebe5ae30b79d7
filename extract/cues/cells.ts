/**
 * Cells:
 * - `cue.cell.named`: «خلية "أسود الخلافة"», «خلية تطلق على نفسها "…"», «ما يسمى بخلية …», a name in the genitive
 *   («خلية أنصار المهدي»);
 * - `cue.cell.ordinal`: «أول خلية إرهابية», «آخر خلية» — one cell singled out by its rank;
 * - `cue.cell.counted`: «أزيد من 40 خلية», «عشرات الخلايا» — cells counted together (count, count_qualifier);
 * - `cue.cell.collective`: «الخلايا الإرهابية», «اعداد من الخلايا» — cells in general;
 * - `cue.cell`: «خلية إرهابية» — the article's cell (unnamed cells of one article are one cell);
 * - `anaphor.cell`: «هذه الخلية», «الخلية» — the cell met last.
 */
import { countAt } from '../numbers.ts';
import type { Lexicons } from '../lexicons.ts';
import type { SentenceContext, Span } from '../spans.ts';
import { spanName } from '../spans.ts';
import { normalizeWord, readings } from '../tokens.ts';
import { VAGUE } from '../numbers.ts';
import { after, before, isWord, quoteAfter } from './words.ts';
import { genitiveName } from './institutions.ts';

const DEMONSTRATIVE = new Set(['هذه', 'تلك', 'هاته', 'هذا', 'ذلك'].map(normalizeWord));
const NAMING = ['تطلق', 'تسمي', 'يطلق', 'المسماه', 'المعروفه', 'الملقبه', 'تدعي', 'باسم'];
const ORDINALS: Readonly<Record<string, string>> = { اول: 'first', ثاني: 'second', ثالث: 'third', اخر: 'last' };

function cellWord(norm: string): 'singular' | 'plural' | null {
  for (const r of readings(norm)) {
    if (r.core === 'خليه' || r.core === 'شبكه') return 'singular';
    if (r.core === 'خلايا' || r.core === 'شبكات') return 'plural';
  }
  return null;
}

/** The extremist adjectives after the head («إرهابية», «متطرفة»): the last index they reach. */
function adjectives(ctx: SentenceContext, lex: Lexicons, last: number): number {
  let end = last;
  for (let k = after(ctx, end); k >= 0; k = after(ctx, end)) {
    const m = lex.extremistAdjectives.matchAt(ctx.tokens, k);
    if (m === null || m.clitic !== '') break;
    end = m.last;
  }
  return end;
}

const TRADE = /^(و|ل|لل)?(تهريب|التهريب|الاتجار|اتجار|للاتجار|تجاره)$/;

/** «شبكة لتهريب البشر», «شبكات تهريب الأسلحة والمخدرات»: the last token of the trade after a network's head, or -1. */
function smugglingName(ctx: SentenceContext, i: number): number {
  const k = after(ctx, i);
  if (k !== i + 1 || !TRADE.test(ctx.tokens[k]?.norm ?? '')) return -1;
  let end = k;
  // what is smuggled: a definite noun and the nouns coordinated with it («الأسلحة والمخدرات»), «في البشر»
  for (let j = k + 1; j < Math.min(ctx.tokens.length, k + 5); j += 1) {
    const t = ctx.tokens[j];
    const opens = j === k + 1 || ctx.tokens[j - 1]?.norm === 'في';
    if (!isWord(t) || !/^(و)?(ال|بال|في)/.test(t.norm) || (!opens && !t.norm.startsWith('و'))) break;
    if (t.norm === 'في') continue;
    end = j;
  }
  return end;
}

export function cellSpans(ctx: SentenceContext, lex: Lexicons, fixed: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < ctx.tokens.length; i += 1) {
    const t = ctx.tokens[i];
    if (!isWord(t)) continue;
    const which = cellWord(t.norm);
    if (which === null) continue;
    const isHead = (core: string): boolean => ['خليه', 'خلايا', 'شبكه', 'شبكات'].includes(core);
    const clitic = readings(t.norm).find((r) => isHead(r.core))?.clitic ?? '';
    const definite = readings(t.norm).some((r) => isHead(r.core) && r.article);
    const network = readings(t.norm).some((r) => r.core === 'شبكه' || r.core === 'شبكات');
    // «شبكة لتهريب الأسلحة», «شبكات تهريب الأسلحة والمخدرات»: a smuggling network is an organisation named by its trade
    const trade = network ? smugglingName(ctx, i) : -1;
    if (trade >= 0) {
      const span: Span = { first: i, last: trade, kind: 'Organization', ref: { type: 'new', key: '' }, rule: 'cue.organization.network', confidence: 0.6, clitic, props: { org_type: 'smuggling network' } };
      span.name = spanName(ctx, span);
      span.nameEn = 'Smuggling network';
      span.ref = { type: 'new', key: `Organization:${normalizeWord(span.name).replace(/^ال/, '')}` };
      out.push(span);
      i = trade;
      continue;
    }
    // «شبكات الجريمة المنظمة», «شبكة الإرهاب»: networks named by what they are are organisations, not cells
    if (network && which !== 'singular') continue;
    const prev = before(ctx, i);
    const prevNorm = prev >= 0 ? (ctx.tokens[prev]?.norm ?? '') : '';
    const last = adjectives(ctx, lex, i);
    // A name: quoted right after the head or its adjectives, or after a naming verb («تطلق على نفسها»).
    let q = quoteAfter(ctx, last);
    if (q === null) {
      const k = after(ctx, last);
      if (k >= 0 && NAMING.includes(ctx.tokens[k]?.norm ?? '')) {
        for (let j = k; j < Math.min(ctx.tokens.length, k + 5) && q === null; j += 1) q = quoteAfter(ctx, j);
      }
    }
    if (which === 'singular' && q !== null) {
      const inner = ctx.text.slice(ctx.tokens[q.first]?.start ?? 0, ctx.tokens[q.last]?.end ?? 0);
      const name = `خلية ${inner}`;
      out.push({
        first: i, last: q.end, kind: 'Cell', ref: { type: 'new', key: `Cell:${normalizeWord(name)}` }, rule: 'cue.cell.named', confidence: 0.85,
        clitic, name, props: {},
      });
      i = q.end;
      continue;
    }
    const ordinal = ORDINALS[prevNorm.replace(/^[وب]/, '')];
    if (which === 'singular' && ordinal !== undefined && prev >= 0) {
      const span: Span = { first: prev, last, kind: 'Cell', ref: { type: 'new', key: `Cell:ordinal:${ordinal}` }, rule: 'cue.cell.ordinal', confidence: 0.7, clitic: '', props: { rank: ordinal } };
      span.name = spanName(ctx, span);
      out.push(span);
      i = last;
      continue;
    }
    // A count before the head: «40 خلية», «أزيد من 40 خلية», «عشرات الخلايا».
    const counted = countBefore(ctx, i);
    if (counted !== null) {
      const span: Span = {
        first: counted.first, last, kind: 'Cell', ref: { type: 'new', key: '' }, rule: 'cue.cell.counted', confidence: 0.65, clitic: '',
        props: { count: counted.value, count_qualifier: counted.qualifier, ...(counted.text === undefined ? {} : { count_text: counted.text }) },
      };
      span.name = spanName(ctx, span);
      span.ref = { type: 'new', key: `Cell:${normalizeWord(span.name)}` };
      out.push(span);
      i = last;
      continue;
    }
    if (which === 'plural') {
      if (!definite && last === i && !/^(اعداد|عدد|عشرات|مئات)$/.test(prevNorm)) continue;
      const span: Span = { first: i, last, kind: 'Cell', ref: { type: 'new', key: 'Cell:collective' }, rule: 'cue.cell.collective', confidence: 0.5, clitic, props: { collective: true } };
      span.name = spanName(ctx, span);
      out.push(span);
      i = last;
      continue;
    }
    if (definite || DEMONSTRATIVE.has(prevNorm)) {
      const first = DEMONSTRATIVE.has(prevNorm) ? prev : i;
      out.push({ first, last, kind: 'Cell', ref: { type: 'anaphor', target: 'cell' }, rule: 'anaphor.cell', confidence: 0.75, clitic: first === i ? clitic : '', props: {} });
      i = last;
      continue;
    }
    // «خلية أنصار المهدي», «خلية شمهروش»: a name in the genitive right after the head
    // («شبكة لتجنيد …», «خلية بتيفلت»: a glued preposition opens a complement, not a name)
    const glued = /^[لب]/.test(ctx.tokens[after(ctx, i)]?.norm ?? '');
    const genitive = last === i && !glued ? genitiveName(ctx, lex, i, fixed) : -1;
    if (genitive >= 0) {
      const named: Span = { first: i, last: genitive, kind: 'Cell', ref: { type: 'new', key: '' }, rule: 'cue.cell.named', confidence: 0.6, clitic, props: {} };
      named.name = spanName(ctx, named);
      named.ref = { type: 'new', key: `Cell:${normalizeWord(named.name)}` };
      out.push(named);
      i = genitive;
      continue;
    }
    const span: Span = { first: i, last, kind: 'Cell', ref: { type: 'new', key: 'Cell:unnamed' }, rule: 'cue.cell', confidence: 0.75, clitic, props: {} };
    span.name = spanName(ctx, span);
    out.push(span);
    i = last;
  }
  return out;
}

function countBefore(ctx: SentenceContext, i: number): { first: number; value: number; qualifier: string; text?: string } | null {
  const prev = before(ctx, i);
  if (prev < 0) return null;
  const vague = VAGUE[ctx.tokens[prev]?.norm ?? ''];
  if (vague !== undefined) return { first: prev, value: vague.value, qualifier: 'approximate', text: vague.text };
  for (let start = Math.max(0, prev - 3); start <= prev; start += 1) {
    const c = countAt(ctx.tokens, start);
    if (c === null || c.last !== prev) continue;
    // «فككت في شتنبر 2023 خلية …»: a year right before the head dates the act, it counts nothing
    const year = c.first === c.last && /^(19|20)\d\d$/.test(ctx.tokens[c.first]?.text ?? '');
    if (year) return null;
    return { first: c.first, value: c.value, qualifier: c.qualifier };
  }
  return null;
}
