/**
 * Places the gazetteer may not know:
 * - `cue.place.site`: hidden sites and targets an operation finds, raids or aims at («مخبأ للأسلحة», «وكر»,
 *   «معسكرات التنظيم», «منزل المعني بالأمر», «مقرات أمنية», «مواقع سياحية»): a place of type site, named by its head
 *   with what qualifies it (a genitive with ل, an adjective of kind: أمنية، سياحية…); «المخبأ» alone is the site of
 *   that kind met before (`anaphor.site`);
 * - `cue.place.named`: a place cue and a name («قرية إمليل», «بحي الطوابل», «ضاحية سان دوني»): a village, a
 *   neighbourhood, a suburb… of that name.
 */
import type { Lexicons } from '../lexicons.ts';
import { PhraseIndex } from '../phrase-index.ts';
import type { SentenceContext, Span } from '../spans.ts';
import { spanName } from '../spans.ts';
import { normalizeWord, readings } from '../tokens.ts';
import { NAMED_PLACE_CUES, PLACE_CUES, SITE_ADJECTIVES, SITE_HEADS } from '../data/vocabulary.ts';
import { after, hasPrepositionClitic, isStop, isWord, spanAt, spanCovering } from './words.ts';

let heads: PhraseIndex<{ ar: string; en: string }> | undefined;
let cues: PhraseIndex<{ ar: string; type: string }> | undefined;
const ADJECTIVES = new Set(SITE_ADJECTIVES.map(normalizeWord));
/** Heads that are a site only with an adjective of kind («مواقع سياحية», not «مواقع التواصل»). */
const NEEDS_ADJECTIVE = new Set(['مواقع', 'موقع', 'منشآت', 'منشأة'].map(normalizeWord));

/** Sites with a proper name of their own after the head. */
const NAMED_SITES = new Set(['مقهى', 'فندق', 'مطعم', 'مسجد', 'سوق', 'مطار'].map(normalizeWord));

/** The last token of a site's own name after its head at `last` (one or two words, a place the gazetteer knows included). */
function siteName(ctx: SentenceContext, lex: Lexicons, fixed: readonly Span[], last: number): { end: number; ownName: boolean } {
  let end = last;
  for (let words = 0; words < 2; words += 1) {
    const k = after(ctx, end);
    const t = k >= 0 ? ctx.tokens[k] : undefined;
    if (k !== end + 1 || !isWord(t) || isStop(t) || t.norm.startsWith('و') || ADJECTIVES.has(t.norm) || hasPrepositionClitic(t) || /^(ب|ل)/.test(t.norm)) break;
    const proper = spanCovering(fixed, k);
    if (proper !== undefined) {
      // «مطعم دار إسبانيا»: a known place closes the site's own name, which is not that place
      if (words > 0 && proper.kind === 'Place' && proper.first === k && proper.clitic === '') return { end: proper.last, ownName: true };
      break;
    }
    if (lex.commonWords.has(t.norm) || (t.norm.startsWith('ال') && words === 0 && /(يه|ي)$/.test(t.norm))) break;
    end = k;
  }
  return { end, ownName: false };
}

function siteHeads(): PhraseIndex<{ ar: string; en: string }> {
  if (heads === undefined) {
    heads = new PhraseIndex();
    for (const h of SITE_HEADS) heads.add(h.ar, h);
  }
  return heads;
}

/** The kind of site a place's name starts with («مخبأ للأسلحة» → cache), for «المخبأ» later. */
export function siteHead(ctx: SentenceContext, i: number): string | null {
  return siteHeads().matchAt(ctx.tokens, i)?.value.en ?? null;
}

export function siteSpans(ctx: SentenceContext, lex: Lexicons, fixed: readonly Span[]): Span[] {
  const heads = siteHeads();
  const out: Span[] = [];
  for (let i = 0; i < ctx.tokens.length; i += 1) {
    if (spanCovering(fixed, i) !== undefined) continue;
    const m = heads.matchAt(ctx.tokens, i);
    if (m === null) continue;
    let last = m.last;
    const k = after(ctx, last);
    const next = k >= 0 ? ctx.tokens[k] : undefined;
    const adjective = isWord(next) && ADJECTIVES.has(next.norm);
    // «مخبأ للأسلحة»: a genitive with ل names what the site holds; «مقرات أمنية»: an adjective its kind
    if (isWord(next) && (next.norm.startsWith('لل') || adjective) && spanCovering(fixed, k) === undefined) last = k;
    // «مقهى أركانة», «فندق فرح», «مطعم دار إسبانيا»: a place open to the public is named by the words after it
    let ownName = false;
    if (last === m.last && !m.article && NAMED_SITES.has(normalizeWord(m.value.ar))) ({ end: last, ownName } = siteName(ctx, lex, fixed, m.last));
    const headNorm = readings(ctx.tokens[m.first]?.norm ?? '').find((r) => NEEDS_ADJECTIVE.has(r.core))?.core ?? ctx.tokens[m.first]?.norm ?? '';
    if ((NEEDS_ADJECTIVE.has(headNorm) || NEEDS_ADJECTIVE.has(normalizeWord(m.value.ar))) && !adjective) continue;
    const span: Span = { first: i, last, kind: 'Place', ref: { type: 'new', key: '' }, rule: 'cue.place.site', confidence: 0.6, clitic: m.clitic, props: { place_type: 'site' }, ...(ownName ? { ownName: true } : {}) };
    span.name = spanName(ctx, span);
    span.nameEn = last > m.last && /اسلح/.test(next?.norm ?? '') ? 'Weapons cache' : m.value.en.replace(/^./, (c) => c.toUpperCase());
    span.ref = { type: 'new', key: `Place:${normalizeWord(span.name)}` };
    // «احداثيات المخبأ»: the site of that kind the article met before
    const pointed = m.article && last === m.last ? ctx.memory?.latest(`site:${m.value.en}`) : undefined;
    if (pointed !== undefined) {
      span.ref = { type: 'new', key: pointed };
      span.rule = 'anaphor.site';
    }
    out.push(span);
    i = last;
  }
  return [...out, ...namedPlaces(ctx, lex, fixed), ...regionsAndBorders(ctx, lex, fixed)];
}

const DIRECTION = /^(و|ف)?(ب|في)?(شمال|جنوب|شرق|غرب|وسط)$/;
const BORDER = /^(و|ف)?(ب|ل|عبر)?ال(حدود|حدودها)$/;
const BORDER_SIDE = /^ال(شرقيه|غربيه|شماليه|جنوبيه|شرقي|غربي|شمالي|جنوبي)$/;

/**
 * `cue.place.region`: «شمال مالي», «وسط مالي» — a region of the place the gazetteer names after the direction; the span
 * is the direction word alone (the place keeps its own span) and is named with both. `cue.place.border`: «الحدود
 * الشرقية (للمملكة)», «الحدود الجزائرية» — a border, named by its side or its country.
 */
function regionsAndBorders(ctx: SentenceContext, lex: Lexicons, fixed: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i + 1 < ctx.tokens.length; i += 1) {
    if (spanCovering(fixed, i) !== undefined) continue;
    const norm = ctx.tokens[i]?.norm ?? '';
    const direction = DIRECTION.exec(norm);
    const place = direction === null ? undefined : spanAt(fixed, i + 1);
    if (direction !== null && place !== undefined && place.kind === 'Place' && ['country', 'region'].includes(String(place.props['place_type'] ?? ''))) {
      const word = direction[3] ?? '';
      const span: Span = { first: i, last: i, kind: 'Place', ref: { type: 'new', key: '' }, rule: 'cue.place.region', confidence: 0.6, clitic: `${direction[1] ?? ''}${direction[2] ?? ''}`, props: { place_type: 'region' } };
      span.name = `${word} ${place.name ?? spanName(ctx, place)}`;
      span.ref = { type: 'new', key: `Place:${normalizeWord(span.name)}` };
      out.push(span);
      continue;
    }
    const border = BORDER.exec(norm);
    if (border === null) continue;
    const side = BORDER_SIDE.test(ctx.tokens[i + 1]?.norm ?? '') && spanCovering(fixed, i + 1) === undefined;
    // «الحدود الجزائرية»: the nisba becomes the country's place after the cues (article.ts, nationalityPlaces)
    const nisba = lex.nisbas.matchAt(ctx.tokens, i + 1);
    if (!side && nisba === null) continue;
    const last = side ? i + 1 : i;
    const span: Span = { first: i, last, kind: 'Place', ref: { type: 'new', key: '' }, rule: 'cue.place.border', confidence: 0.6, clitic: `${border[1] ?? ''}${border[2] ?? ''}`, props: { place_type: 'border' } };
    span.name = side ? spanName(ctx, span) : `الحدود ${ctx.tokens[i + 1]?.text ?? ''}`.trim();
    span.nameEn = 'Border';
    span.ref = { type: 'new', key: `Place:${normalizeWord(span.name)}` };
    out.push(span);
    i = last;
  }
  return out;
}

/** First words of Moroccan place names that never stand alone («سيدي», «أيت», «أولاد», «بني», «عين», «باب»…). */
const PLACE_NAME_OPENERS = new Set(['سيدي', 'ايت', 'اولاد', 'بني', 'عين', 'باب', 'تيزي', 'دار', 'راس', 'سوق', 'مولاي', 'لالة', 'وادي', 'بير', 'ذراع', 'اهل', 'كاب'].map(normalizeWord));
const PLACE_CUE_WORDS = new Set(PLACE_CUES.flatMap((w) => [w, `ال${w}`]).map(normalizeWord));
const NEAR_CUES = new Set(['قرب', 'بقرب', 'ضواحي', 'بضواحي', 'نواحي', 'بنواحي', 'احواز', 'باحواز'].map(normalizeWord));
/** Words of administrative levels that frame a commune after its name («بإقليم», «التابعة لعمالة», «بدائرة»). */
const ADMIN_LEVEL = /^(ب|ل|في)?(اقليم|عماله|دايره|جهه|قياده|باشويه)$/;

/** «قرب إمليل», «بضواحي تيفلت»: a word of nearness, read as a cue whose name is the place. */
function nearCueAt(ctx: SentenceContext, i: number): { first: number; last: number; clitic: string; article: boolean; value: { ar: string; type: string } } | null {
  const t = ctx.tokens[i];
  // «بضواحي مدينة الناظور»: a place cue after the word of nearness names the place itself
  if (PLACE_CUE_WORDS.has(ctx.tokens[after(ctx, i)]?.norm ?? '')) return null;
  return t !== undefined && NEAR_CUES.has(t.norm) ? { first: i, last: i, clitic: '', article: false, value: { ar: t.text, type: 'near' } } : null;
}

/**
 * «دوار الحومر بجماعة بليونش», «جماعة تيزي نتاست بإقليم الحوز», «جماعة … التابعة لإقليم …»: the head «جماعة» names a
 * commune when a village stands before it or an administrative level follows its one or two words of name;
 * otherwise it heads an organisation («جماعة أنصار الدين»).
 */
export function communeAt(ctx: SentenceContext, fixed: readonly Span[], head: number, headLast: number): boolean {
  if ([head - 2, head - 3].some((k) => /^(ب|في)?(دوار|قريه|مدشر)$/.test(ctx.tokens[k]?.norm ?? ''))) return true;
  for (let k = headLast + 2; k <= headLast + 4 && k < ctx.tokens.length; k += 1) {
    const w = ctx.tokens[k]?.norm ?? '';
    if (ADMIN_LEVEL.test(w) || (w === 'التابعه' && ADMIN_LEVEL.test(ctx.tokens[k + 1]?.norm ?? ''))) return true;
    if (spanCovering(fixed, k)?.kind === 'Place') return false;
  }
  return false;
}

/** «قرية إمليل», «حي الطوابل», «ضاحية سان دوني»: a cue and a name of one or two words. */
function namedPlaces(ctx: SentenceContext, lex: Lexicons, fixed: readonly Span[]): Span[] {
  if (cues === undefined) {
    cues = new PhraseIndex();
    for (const c of NAMED_PLACE_CUES) cues.add(c.ar, c);
  }
  const out: Span[] = [];
  for (let i = 0; i < ctx.tokens.length; i += 1) {
    if (spanCovering(fixed, i) !== undefined) continue;
    const cue = cues.matchAt(ctx.tokens, i) ?? nearCueAt(ctx, i);
    if (cue === null || cue.article) continue;
    // «جماعة بليونش بعمالة المضيق»: «جماعة» is a commune only where an administrative level or a village frames it
    if (cue.value.type === 'commune' && !communeAt(ctx, fixed, i, cue.last)) continue;
    let k = after(ctx, cue.last);
    if (k < 0 || spanAt(fixed, k) !== undefined || spanCovering(fixed, k) !== undefined) continue;
    const words: number[] = [];
    let opened = false;
    while (k >= 0 && words.length < 2) {
      const t = ctx.tokens[k];
      // «سيدي بوعثمان», «أيت ورير», «باب سبتة»: after an opener of Moroccan place names the second word belongs to the name
      // whatever it looks like, a place the gazetteer knows included
      if (words.length === 1 && PLACE_NAME_OPENERS.has(ctx.tokens[words[0] ?? -1]?.norm ?? '') && isWord(t) && !isStop(t)) {
        const known = spanCovering(fixed, k);
        if (known === undefined || (known.kind === 'Place' && known.first === k)) {
          words.push(known?.last ?? k);
          opened = true;
        }
        break;
      }
      if (!isWord(t) || isStop(t) || lex.commonWords.has(t.norm) || lex.nisbas.matchAt(ctx.tokens, k) !== null || spanCovering(fixed, k) !== undefined) break;
      // «ضاحية خيتافي جنوب مدريد»: a direction opens where the place lies, it names nothing
      if (words.length > 0 && DIRECTION.test(t.norm)) break;
      if (lex.eventTriggers.matchAt(ctx.tokens, k) !== null || lex.personTitles.matchAt(ctx.tokens, k) !== null || lex.agencyHeads.matchAt(ctx.tokens, k) !== null) break;
      // a second word only when it is no everyday word either and carries no preposition («سان دوني», not «إمليل بإقليم»)
      if (words.length > 0 && (readings(t.norm).some((r) => r.clitic !== '' && r.clitic !== 'و') || t.norm.startsWith('و') || t.norm.startsWith('ال'))) break;
      words.push(k);
      k = after(ctx, k);
    }
    // «منطقة جبلية», «منطقة حدودية» are kinds of area: after «منطقة» one word that is no adjective
    if (cue.value.type === 'area') words.splice(1);
    const end = words[words.length - 1];
    if (end === undefined) continue;
    if (cue.value.type === 'area' && /(يه|ي|يات|ات)$/.test(ctx.tokens[end]?.norm ?? '')) continue;
    // «قرب إمليل», «بضواحي تيفلت»: the word of nearness is no part of the place's name
    const near = cue.value.type === 'near';
    if (near && ((words.length > 1 && !opened) || (words.length === 1 && (ctx.tokens[end]?.norm ?? '').startsWith('ال')))) continue;
    const span: Span = {
      first: near ? (words[0] ?? i) : i, last: end, kind: 'Place', ref: { type: 'new', key: '' }, rule: near ? 'cue.place.near' : 'cue.place.named', confidence: near ? 0.55 : 0.6,
      clitic: near ? '' : cue.clitic, props: near ? {} : { place_type: cue.value.type }, ...(opened ? { ownName: true } : {}),
    };
    span.name = spanName(ctx, span);
    span.ref = { type: 'new', key: `Place:${normalizeWord(span.name)}` };
    out.push(span);
    i = end;
  }
  return out;
}
