/**
 * `cue.place.site`: hidden sites an operation finds or raids («مخبأ للأسلحة», «وكر», «معسكر تدريب»): a place
 * of type site, named by its head and the genitive that follows («للأسلحة»).
 */
import type { Lexicons } from '../lexicons.ts';
import { PhraseIndex } from '../phrase-index.ts';
import type { SentenceContext, Span } from '../spans.ts';
import { spanName } from '../spans.ts';
import { normalizeWord } from '../tokens.ts';
import { SITE_HEADS } from '../data/vocabulary.ts';
import { after, isWord, spanCovering } from './words.ts';

let heads: PhraseIndex<{ ar: string; en: string }> | undefined;

export function siteSpans(ctx: SentenceContext, _lex: Lexicons, fixed: readonly Span[]): Span[] {
  if (heads === undefined) {
    heads = new PhraseIndex();
    for (const h of SITE_HEADS) heads.add(h.ar, h);
  }
  const out: Span[] = [];
  for (let i = 0; i < ctx.tokens.length; i += 1) {
    if (spanCovering(fixed, i) !== undefined) continue;
    const m = heads.matchAt(ctx.tokens, i);
    if (m === null) continue;
    let last = m.last;
    const k = after(ctx, last);
    const next = k >= 0 ? ctx.tokens[k] : undefined;
    // «مخبأ للأسلحة»: a genitive with ل names what the site holds
    if (isWord(next) && next.norm.startsWith('لل') && spanCovering(fixed, k) === undefined) last = k;
    const span: Span = { first: i, last, kind: 'Place', ref: { type: 'new', key: '' }, rule: 'cue.place.site', confidence: 0.6, clitic: m.clitic, props: { place_type: 'site' } };
    span.name = spanName(ctx, span);
    span.nameEn = last > m.last && /اسلح/.test(next?.norm ?? '') ? 'Weapons cache' : m.value.en.replace(/^./, (c) => c.toUpperCase());
    span.ref = { type: 'new', key: `Place:${normalizeWord(span.name)}` };
    out.push(span);
    i = last;
  }
  return out;
}
