/**
 * Pass 1 of a sentence: names found in the gazetteers and lexicons (places, institutions, organisations).
 * A place that is also an everyday word (العيون، الجديدة، وجدة…) counts only with a place cue before it
 * (مدينة، إقليم، ضواحي…), a preposition glued to it or before it (بالعيون، في الجديدة), or another place
 * beside it in a list («مدن العيون والدار البيضاء»).
 */
import type { Lexicons, LexiconEntity } from '../lexicons.ts';
import type { SentenceContext, Span } from '../spans.ts';
import type { PhraseMatch } from '../phrase-index.ts';
import { before } from './words.ts';

const PREPOSITIONS = new Set(['في', 'من', 'الي', 'نحو', 'داخل', 'خارج', 'قرب']);

function toSpan(m: PhraseMatch<LexiconEntity>, rule: string, confidence: number): Span {
  const e = m.value;
  return {
    first: m.first,
    last: m.last,
    kind: e.kind,
    ref: { type: 'lexicon', id: e.id },
    rule,
    confidence,
    clitic: m.clitic,
    name: e.name_ar,
    nameEn: e.name_en,
    aliasesLatin: e.aliases_latin,
    props: { ...e.properties },
    ...(e.country === undefined ? {} : { country: e.country }),
  };
}

export function gazetteerSpans(ctx: SentenceContext, lex: Lexicons): Span[] {
  const matches = lex.names.matchAll(ctx.tokens);
  const out: Span[] = [];
  const cued: boolean[] = [];
  matches.forEach((m, k) => {
    const e = m.value;
    if (!e.common) {
      out.push(toSpan(m, e.rule, e.confidence));
      return;
    }
    const prev = before(ctx, m.first);
    const prevTok = prev < 0 ? undefined : ctx.tokens[prev];
    // «في مدينتي وجدة وبركان»: a name as common as a word goes on a list a cued one opened
    const listed = m.clitic.startsWith('و') && k > 0 && cued[k - 1] === true && (matches[k - 1]?.last ?? -9) >= m.first - 2;
    cued[k] =
      (prevTok !== undefined && (lex.placeCues.matchAt(ctx.tokens, prev) !== null || PREPOSITIONS.has(prevTok.norm))) ||
      m.clitic.endsWith('ب') ||
      neighbourIsPlace(matches, k) ||
      listed;
    if (cued[k]) out.push(toSpan(m, `${e.rule}.cued`, e.confidence - 0.1));
  });
  // Names inside an organisation's name are mentions too: «ولاية داعش بالساحل» names Daesh and the Sahel.
  for (const m of matches) {
    if (m.value.kind !== 'Organization' || m.last === m.first) continue;
    for (let j = m.first + 1; j <= m.last; j += 1) {
      const inner = lex.names.matchAt(ctx.tokens, j);
      if (inner === null || inner.last > m.last || inner.value.common) continue;
      // a place inside a name counts with a preposition («بالساحل»), not as part of another name («بلاد المغرب الإسلامي»)
      if (inner.value.kind === 'Place' && !inner.clitic.endsWith('ب') && ctx.tokens[j - 1]?.norm !== 'في' && !/^بمنطق/.test(ctx.tokens[j - 1]?.norm ?? '')) continue;
      out.push(toSpan(inner, `${inner.value.rule}.nested`, inner.value.confidence - 0.1));
      j = inner.last;
    }
  }
  return out;
}

/** A list neighbour: the previous or next match is a place and only «و» or a comma separates them. */
function neighbourIsPlace(matches: readonly PhraseMatch<LexiconEntity>[], k: number): boolean {
  const m = matches[k];
  if (m === undefined) return false;
  const prev = matches[k - 1];
  const next = matches[k + 1];
  const close = (a: PhraseMatch<LexiconEntity>, b: PhraseMatch<LexiconEntity>): boolean => b.first - a.last <= 2;
  return (
    (prev !== undefined && prev.value.kind === 'Place' && !prev.value.common && close(prev, m)) ||
    (next !== undefined && next.value.kind === 'Place' && !next.value.common && close(m, next) && (next.clitic.startsWith('و') || next.first - m.last === 2))
  );
}
