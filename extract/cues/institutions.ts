/**
 * Agencies and organisations introduced by their head noun (cue rules; the well-known ones come from the
 * lexicon in pass 1):
 * - `cue.agency`: «وزارة …», «المديرية العامة …», «الشرطة الوطنية الإسبانية», «النيابة العامة المختصة»: a head
 *   and the definite words that follow it (genitives with ل, adjectives, nisbas), up to a preposition,
 *   a relative pronoun, «التابع» or punctuation. A nisba records the agency's country.
 * - `cue.organization`: «تنظيم “…”», «جماعة …», «ما يسمى بـ …»: a head and a quoted or definite name;
 *   «التنظيم الإرهابي», «هذا التنظيم» point back to the organisation met last (`anaphor.organization`).
 * - `cue.organization.collective`: «التنظيمات الإرهابية», «شبكات الجريمة المنظمة», «المليشيات الانفصالية».
 */
import { isGenericName, type LexiconEntity, type Lexicons } from '../lexicons.ts';
import type { SentenceContext, Span } from '../spans.ts';
import { spanName } from '../spans.ts';
import { after, before, hasPrepositionClitic, isDefinite, isStop, isWord, quoteAfter, spanAt } from './words.ts';
import { normalizeWord, QUOTE, readings } from '../tokens.ts';
import { NOT_A_NAME } from './names.ts';
import { communeAt } from './sites.ts';

const STANDALONE_HEADS = new Set(
  ['السلطات', 'الشرطة', 'النيابة العامة', 'المصالح الأمنية', 'الأجهزة الأمنية', 'الدرك', 'الجيش', 'المخابرات', 'الاستخبارات', 'الأجهزة الاستخباراتية', 'الأجهزة الاستخباراتية والأمنية', 'السلطات المحلية', 'الحكومة', 'البرلمان', 'مصالح الأمن', 'أجهزة الأمن'].map(normalizeWord),
);
const DEMONSTRATIVE = new Set(['هذه', 'هذا', 'تلك', 'ذلك', 'هاته', 'هذين', 'هاتين'].map(normalizeWord));
const DEMONSTRATIVE_PLURAL = new Set(['هذه', 'تلك', 'هاته', 'لهذه', 'لتلك', 'بهذه', 'وهذه'].map(normalizeWord));
const MAX_NAME_WORDS = 7;

const CELL_WORD = /^[وبل]?(ال)?(خليه|خلايا)$/;

/** A cell word at `k`, or before the extremist adjectives that end at `k` («خلية إرهابية متطرفة»). */
function cellBefore(ctx: SentenceContext, lex: Lexicons, k: number): boolean {
  for (let j = k, n = 0; j >= 0 && n < 3; j = before(ctx, j), n += 1) {
    if (QUOTE.has(ctx.tokens[j]?.text ?? '')) return false;
    if (CELL_WORD.test(ctx.tokens[j]?.norm ?? '')) return true;
    if (lex.extremistAdjectives.matchAt(ctx.tokens, j) === null) return false;
  }
  return false;
}

/** True when token `i` opens a quotation that names a cell: «خلية «…»», «خلية إرهابية تطلق على نفسها «…»». */
function insideCellName(ctx: SentenceContext, lex: Lexicons, i: number): boolean {
  let q = i - 1;
  while (q >= 0 && ctx.tokens[q]?.type === 'clitic') q -= 1;
  if (q < 1 || !QUOTE.has(ctx.tokens[q]?.text ?? '')) return false;
  if (cellBefore(ctx, lex, q - 1)) return true;
  for (let j = q - 1; j >= Math.max(0, q - 4); j -= 1) {
    if (lex.namingPhrases.matchAt(ctx.tokens, j)?.last === q - 1) return cellBefore(ctx, lex, before(ctx, j));
  }
  return false;
}

/** Nisbas that are also everyday adjectives («المالي» "financial"): a country's only after an armed force's head. */
export const ARMY_NISBAS: Readonly<Record<string, string>> = { المالي: 'ML', الماليه: 'ML' };
const ARMED_HEADS = /^(و|ب|ل|لل)?(ال)?(جيش|قوات|القوات|المسلحه|حرس|الحرس|درك|الدرك|جيوش)$/;

/** Extends a name over the definite words after `last`; returns the new last index and a nisba's country. */
function extend(ctx: SentenceContext, lex: Lexicons, last: number, fixed: readonly Span[], maxWords = MAX_NAME_WORDS): { last: number; country?: string; nisbaAt?: number; words: number } {
  let end = last;
  let words = 0;
  let country: string | undefined;
  let nisbaAt: number | undefined;
  for (let k = after(ctx, end); k >= 0 && words < maxWords; k = after(ctx, end)) {
    const t = ctx.tokens[k];
    if (!isWord(t) || isStop(t) || hasPrepositionClitic(t)) break;
    const nisba = lex.nisbas.matchAt(ctx.tokens, k);
    const proper = spanAt(fixed, k);
    // «الجيش المالي», «القوات المسلحة المالية»: after an armed force the adjective is Mali's, not "financial"
    const armyOf = nisba === null ? ARMY_NISBAS[t.norm] : undefined;
    const armed = armyOf !== undefined && ctx.tokens.slice(Math.max(0, last - 2), last + 1).some((x) => ARMED_HEADS.test(x.norm));
    const armyCountry = armed ? lex.countryByCode.get(armyOf ?? '') : undefined;
    if (armyCountry !== undefined && country === undefined) {
      country = armyCountry.id;
      nisbaAt ??= k;
      end = k;
      words += 1;
      continue;
    }
    if (nisba !== null && nisba.last === k && !t.norm.startsWith('و')) {
      country ??= nisba.value.id;
      nisbaAt ??= k;
      end = k;
      words += 1;
      continue;
    }
    // «ولاية أمن أكادير»: a place right after the head, without a preposition, ends the name
    if (proper !== undefined && proper.kind === 'Place' && !t.norm.startsWith('ل')) {
      if (words === 0 && proper.clitic === '' && k === after(ctx, last)) {
        end = proper.last;
        words += 1;
      }
      break;
    }
    if (proper !== undefined && proper.kind !== 'Place' && proper.first === k && k !== last + 1) break;
    if (!isDefinite(t, true)) break;
    // «أوقفت الشرطة المتهم», «غرفة الجنايات المتهم الرئيسي»: the people after the name are its object, no adjective
    if (lex.suspectSingularAnaphors.matchAt(ctx.tokens, k) !== null || lex.suspectAnaphors.matchAt(ctx.tokens, k) !== null || lex.personTitles.matchAt(ctx.tokens, k) !== null || lex.collectiveHeads.matchAt(ctx.tokens, k) !== null) break;
    // «و» + a definite word continues only an adjective pair («العلمية والتقنية»), not a list of agencies.
    if (t.norm.startsWith('و') && lex.agencyHeads.matchAt(ctx.tokens, k) !== null) break;
    end = k;
    words += 1;
  }
  return { last: end, ...(country === undefined ? {} : { country }), ...(nisbaAt === undefined ? {} : { nisbaAt }), words };
}

/** Heads that, alone, stand for the agency of that head the article named in full before. */
export const AGENCY_SHORT_HEADS: ReadonlySet<string> = new Set(
  ['المديرية', 'المكتب', 'الفرقة', 'الوزارة', 'الإدارة', 'المصلحة', 'الجهاز', 'المحكمة', 'الغرفة', 'الهيئة', 'المندوبية', 'الوكالة'].map(normalizeWord),
);

/** The head an agency's full name opens with, as its short form is written («المديرية العامة …» → «المديريه»). */
const ORG_HEADS = new Set(['تنظيم', 'جماعه', 'كتيبه', 'حركه']);

/**
 * «هذه الجماعة», «الجماعة»: the organisation met last whose name opens with that head noun («جماعة نصرة الإسلام
 * والمسلمين», not «تنظيم القاعدة» named after it); the article keeps the latest organisation of each head.
 */
export function orgHeadOf(name: string): string | undefined {
  const first = normalizeWord(name.trim().split(/\s+/)[0] ?? '').replace(/^(و|ف)?(ب|ل|ك)?ال/u, '').replace(/^لل/u, '');
  // «لتنظيم القاعدة», «وجماعة …»: a proclitic glued to the indefinite head
  return [first, first.slice(1), first.slice(2)].find((w) => ORG_HEADS.has(w));
}

export function agencyHeadOf(name: string): string | undefined {
  const first = normalizeWord(name.split(/\s+/)[0] ?? '');
  const head = first.startsWith('ال') ? first : `ال${first}`;
  return AGENCY_SHORT_HEADS.has(head) ? head : undefined;
}

/**
 * `anaphor.agency`: «وأوضحت المديرية», «وكان المكتب قد …» after «المديرية العامة للأمن الوطني», «المكتب المركزي …»:
 * the head alone is the latest agency of that head; a longer name at the same words wins in span selection.
 */
/** The short head a word is («للمكتب», «بالمديرية»: the article may be inside the proclitic), with its clitic. */
function shortHeadAt(ctx: SentenceContext, i: number): { core: string; clitic: string } | undefined {
  const found = readings(ctx.tokens[i]?.norm ?? '').find((x) => AGENCY_SHORT_HEADS.has(x.core) || (x.article && AGENCY_SHORT_HEADS.has(`ال${x.core}`)));
  return found === undefined || AGENCY_SHORT_HEADS.has(found.core) ? found : { ...found, core: `ال${found.core}` };
}

export function agencyShortSpans(ctx: SentenceContext, fixed: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < ctx.tokens.length; i += 1) {
    if (spanAt(fixed, i) !== undefined) continue;
    const r = shortHeadAt(ctx, i);
    if (r === undefined) continue;
    // «المكتب المركزي …», «المديرية العامة …» unknown to the article: a name of its own, not the short form
    const next = ctx.tokens[after(ctx, i)];
    if (next !== undefined && isWord(next) && next.norm.startsWith('ال') && !isStop(next)) continue;
    const target = `agency:${r.core}` as const;
    // «بلاغ للمكتب المركزي … أن عناصر المكتب تمكنت …»: the agency of that head named earlier in this sentence
    const here = [...fixed].reverse().find((s) => s.kind === 'Agency' && s.last < i && (s.ref.type === 'known' || s.ref.type === 'lexicon') && shortHeadAt(ctx, s.first)?.core === r.core);
    if (here !== undefined) {
      out.push({ first: i, last: i, kind: 'Agency', ref: here.ref, rule: 'anaphor.agency', confidence: 0.6, clitic: r.clitic, props: {} });
      continue;
    }
    if (ctx.memory?.latest(target) === undefined) continue;
    out.push({ first: i, last: i, kind: 'Agency', ref: { type: 'anaphor', target }, rule: 'anaphor.agency', confidence: 0.6, clitic: r.clitic, props: {} });
  }
  return out;
}

export function agencySpans(ctx: SentenceContext, lex: Lexicons, fixed: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < ctx.tokens.length; i += 1) {
    const head = lex.agencyHeads.matchAt(ctx.tokens, i);
    if (head === null) continue;
    const prev = before(ctx, i);
    if (prev >= 0 && DEMONSTRATIVE.has(ctx.tokens[prev]?.norm ?? '')) continue;
    const ext = extend(ctx, lex, head.last, fixed);
    const headText = normalizeWord(head.value);
    if (ext.words === 0 && !STANDALONE_HEADS.has(headText) && !headText.includes(' ')) continue;
    const span: Span = {
      first: i,
      last: ext.last,
      kind: 'Agency',
      ref: { type: 'new', key: '' },
      rule: 'cue.agency',
      confidence: ext.words === 0 ? 0.55 : 0.7,
      clitic: head.clitic,
      props: {},
      ...(ext.country === undefined ? {} : { country: ext.country }),
    };
    span.name = spanName(ctx, span);
    // «محكمة الاستئناف بفاس» and «محكمة الاستئناف بالدار البيضاء» are two courts: a court is named with its seat
    const seat = /محكمه/.test(headText) ? spanAt(fixed, after(ctx, ext.last)) : undefined;
    if (seat !== undefined && seat.kind === 'Place' && seat.first === after(ctx, ext.last) && seat.clitic.endsWith('ب')) {
      span.name = `${span.name} ${ctx.text.slice(ctx.tokens[seat.first]?.start ?? 0, ctx.tokens[seat.last]?.end ?? 0)}`;
    }
    span.ref = { type: 'new', key: `Agency:${normalizeWord(span.name)}` };
    out.push(span);
    i = ext.last;
  }
  return out;
}

/**
 * `cue.organization.branch`: «تنظيم الدولة الإسلامية في الصحراء الكبرى», «الدولة الإسلامية في غرب إفريقيا»: an
 * organisation the lexicon or the graph names, then «في» and a region (a zone or definite words, never a country: «داعش
 * في سوريا» is Daesh there), is a branch with a name of its own.
 */
const BRANCH_REGIONS = /^(الصحرا|الساحل|الشام|الجزيره|المغرب|القوقاز|خراسان|سيناء|البلقان|الرافدين|العراق|اليمن|الصومال|افريقيا|الغرب|الشرق|الشمال|الجنوب|الوسط)/;

function branchSpans(ctx: SentenceContext, lex: Lexicons, fixed: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const o of fixed.filter((s) => s.kind === 'Organization' && (s.ref.type === 'lexicon' || s.ref.type === 'known'))) {
    const k = after(ctx, o.last);
    if (k !== o.last + 1 || ctx.tokens[k]?.norm !== 'في') continue;
    const place = spanAt(fixed, k + 1);
    let end = -1;
    if (place !== undefined) {
      if (place.kind === 'Place' && place.props['place_type'] !== 'country' && place.props['place_type'] !== 'city' && place.ref.type !== 'known') end = place.last;
    } else {
      for (let j = k + 1; j <= k + 2; j += 1) {
        const t = ctx.tokens[j];
        if (j !== end + 1 && end >= 0) break;
        if (!isWord(t) || !t.norm.startsWith('ال') || isStop(t) || lex.commonWords.has(t.norm) || lex.eventTriggers.matchAt(ctx.tokens, j) !== null || spanAt(fixed, j) !== undefined) break;
        // («داعش في المعارك», «… في السجون»: the words of a branch's region open with a word of geography)
        if (j === k + 1 && !BRANCH_REGIONS.test(t.norm)) break;
        end = j;
      }
    }
    if (end < 0) continue;
    const span = named(ctx, o.first, end, o.clitic, 'cue.organization.branch', 0.6);
    span.ownName = true;
    out.push(span);
  }
  return out;
}

export function organizationSpans(ctx: SentenceContext, lex: Lexicons, fixed: readonly Span[]): Span[] {
  const out: Span[] = [...branchSpans(ctx, lex, fixed)];
  for (let i = 0; i < ctx.tokens.length; i += 1) {
    const naming = lex.namingPhrases.matchAt(ctx.tokens, i);
    if (naming !== null) {
      // «المعروف بكنية "أبو طلحة"», «الملقب بلقب …»: the word for a nickname is no name
      if (/^(ب|ل)?(كنيه|لقب|اسم|إسم)$/.test(ctx.tokens[after(ctx, naming.last)]?.norm ?? '')) naming.last = after(ctx, naming.last);
      const q = quoteAfter(ctx, naming.last);
      const next = q === null ? after(ctx, naming.last) : -1;
      const prevHead = before(ctx, i);
      // The name belongs to the cell or organisation just before («خلية تطلق على نفسها "…"»): the cell rules take it.
      if (prevHead >= 0 && /خليه|خلايا/.test(ctx.tokens[prevHead]?.norm ?? '')) continue;
      // «خلية إرهابية تطلق على نفسها "…"»: the cell's adjectives between it and the naming words change nothing
      if (cellBefore(ctx, lex, prevHead)) continue;
      // «الملقب بـ"أبو حفص"»: a quoted given name or kunya is a person's nickname (cues/people.ts)
      if (q !== null && lex.givenNames.matchAt(ctx.tokens, q.first) !== null) {
        i = q.end;
        continue;
      }
      if (q !== null) {
        out.push(named(ctx, q.first, q.last, naming.clitic, 'cue.organization.named', 0.7));
        i = q.end;
        continue;
      }
      // «بالمسمى محمد أمين الزياني»: a given name after the naming word makes a person (cues/people.ts), no organisation
      if (next >= 0 && isWord(ctx.tokens[next]) && lex.givenNames.matchAt(ctx.tokens, next) === null) {
        const ext = extend(ctx, lex, next, fixed, 4);
        out.push(named(ctx, next, ext.last, '', 'cue.organization.named', 0.6));
        i = ext.last;
        continue;
      }
    }
    const head = lex.organizationHeads.matchAt(ctx.tokens, i);
    // «خلية «كتيبة الأنصار 65»»: a head noun inside the quoted name of a cell is a word of the cell's name
    if (head !== null && insideCellName(ctx, lex, i)) continue;
    // «دوار الحومر بجماعة بليونش»: the commune is a place (cues/sites.ts)
    if (head !== null && orgHeadOf(ctx.tokens[i]?.text ?? '') === 'جماعه' && communeAt(ctx, fixed, i, head.last)) continue;
    if (head !== null) {
      const prev = before(ctx, i);
      const demonstrative = prev >= 0 && DEMONSTRATIVE.has(ctx.tokens[prev]?.norm ?? '');
      const q = quoteAfter(ctx, head.last);
      if (q !== null && !demonstrative) {
        const span = named(ctx, i, q.end, head.clitic, 'cue.organization.quoted', 0.75);
        span.name = `${spanName(ctx, { ...span, last: head.last })} ${ctx.text.slice(ctx.tokens[q.first]?.start ?? 0, ctx.tokens[q.last]?.end ?? 0)}`;
        span.ref = { type: 'new', key: `Organization:${normalizeWord(span.name)}` };
        out.push(span);
        i = q.end;
        continue;
      }
      const next = after(ctx, head.last);
      const proper = next >= 0 ? spanAt(fixed, next) : undefined;
      if (proper !== undefined && proper.kind === 'Organization') continue; // «تنظيم داعش»: the lexicon span takes it
      const ext = extend(ctx, lex, head.last, fixed, 4);
      const extWords: string[] = [];
      for (let k = head.last + 1; k <= ext.last; k += 1) if (isWord(ctx.tokens[k])) extWords.push(ctx.tokens[k]?.norm ?? '');
      const allCommon = extWords.every((w) => isGenericName(w, lex.commonWords));
      const definiteHead = (ctx.tokens[i]?.norm ?? '').includes('ال') || head.article;
      if (demonstrative || (definiteHead && (allCommon || (extWords.length === 1 && /^(الاخير|الاخيره)$/.test(extWords[0] ?? ''))))) {
        // «التنظيم الإرهابي», «هذا التنظيم»: the organisation already met.
        // «التنظيم الأخير»: the latter, whatever its head
        const latter = extWords.length === 1 && /^(الاخير|الاخيره)$/.test(extWords[0] ?? '');
        const own = latter ? undefined : orgHeadOf(ctx.tokens[head.first]?.text ?? '');
        // «وتبنت الجماعة الهجوم», «يستهدف التنظيم القاصرين»: an event or people after the head are what it acts on,
        // no adjective of it
        let last = ext.last;
        const object = (k: number): boolean => [lex.eventTriggers, lex.peoplePlurals, lex.collectiveHeads, lex.rolePlurals].some((index) => index.matchAt(ctx.tokens, k) !== null) || lex.suspectAnaphors.matchAt(ctx.tokens, k) !== null;
        for (let k = head.last + 1; k <= ext.last; k += 1) if (object(k)) { last = k - 1; break; }
        out.push({
          first: demonstrative && prev >= 0 ? prev : i, last, kind: 'Organization', ref: { type: 'anaphor', target: own === undefined ? 'organization' : `organization:${own}` },
          rule: 'anaphor.organization', confidence: 0.6, clitic: head.clitic, props: {},
        });
        i = last;
        continue;
      }
      // «جماعة أنصار الدين», «كتيبة ماسينا»: an indefinite head governing a name in the genitive (a noun and its
      // definite complement) or a foreign name (no Arabic adjective ending)
      const idafa = ext.words === 0 && !definiteHead && !demonstrative ? genitiveName(ctx, lex, head.last, fixed) : -1;
      if (idafa >= 0) {
        out.push(named(ctx, i, idafa, head.clitic, 'cue.organization.genitive', 0.55));
        i = idafa;
        continue;
      }
      if (ext.words > 0 && !allCommon) {
        // «كتيبة الأنصار 65»: a number right after the name is part of it, a numbered name of its own
        const numbered = ctx.tokens[ext.last + 1]?.type === 'number' ? ext.last + 1 : ext.last;
        const span = named(ctx, i, numbered, head.clitic, 'cue.organization', 0.6);
        out.push(span);
        i = numbered;
      }
      continue;
    }
    const plural = lex.organizationPlurals.matchAt(ctx.tokens, i);
    if (plural !== null) {
      const prevWord = before(ctx, i);
      if (prevWord >= 0 && DEMONSTRATIVE_PLURAL.has(ctx.tokens[prevWord]?.norm ?? '')) {
        out.push({ first: prevWord, last: plural.last, kind: 'Organization', ref: { type: 'anaphor', target: 'organizations' }, rule: 'anaphor.organizations', confidence: 0.55, clitic: '', props: { collective: true } });
        i = plural.last;
        continue;
      }
      const ext = extend(ctx, lex, plural.last, fixed, 3);
      if (ext.words === 0) continue;
      const span = named(ctx, i, ext.last, plural.clitic, 'cue.organization.collective', 0.5);
      span.props = { collective: true };
      out.push(span);
      i = ext.last;
    }
  }
  return out;
}

/** The last token of «أنصار الدين» or «ماسينا» after an organisation's head at `last`, or -1. */
export function genitiveName(ctx: SentenceContext, lex: Lexicons, last: number, fixed: readonly Span[]): number {
  const k = after(ctx, last);
  const t = ctx.tokens[k];
  if (k !== last + 1 || !isWord(t) || isStop(t) || isDefinite(t, true) || hasPrepositionClitic(t) || t.norm.startsWith('و') || spanAt(fixed, k) !== undefined) return -1;
  if (lex.commonWords.has(t.norm) || NOT_A_NAME.has(t.norm) || lex.peoplePlurals.matchAt(ctx.tokens, k) !== null || lex.nisbas.matchAt(ctx.tokens, k) !== null || /^[يت]/.test(t.norm) || t.norm.length < 3) return -1;
  const k2 = after(ctx, k);
  const t2 = ctx.tokens[k2];
  if (k2 === k + 1 && isWord(t2) && isDefinite(t2, true) && !isStop(t2) && !t2.norm.startsWith('و') && !lex.commonWords.has(t2.norm) && spanAt(fixed, k2) === undefined) return k2;
  // a foreign name: no feminine, nisba or plural ending an Arabic adjective would have
  return /(ه|ي|يه|ين|ون|ات)$/.test(t.norm) ? -1 : k;
}

function named(ctx: SentenceContext, first: number, last: number, clitic: string, rule: string, confidence: number): Span {
  const span: Span = { first, last, kind: 'Organization', ref: { type: 'new', key: '' }, rule, confidence, clitic, props: {} };
  span.name = spanName(ctx, span).replace(/["“”«»]/g, '').replace(/\s+/g, ' ').trim();
  span.ref = { type: 'new', key: `Organization:${normalizeWord(span.name)}` };
  return span;
}

/** «لنظيرتها», «ونظيره», «مع نظيرتيها»: the counterpart an agency is given to or works with. */
const COUNTERPART_WORD = /^(و|ل|ب|وب|ول)?(نظير|نظيرت)(ه|ها|هم|يه|يها)$/;

/**
 * «… لنظيرتها الفرنسية، المديرية العامة للأمن الداخلي»: an agency apposed to a counterpart of a nationality is of that
 * country. Returns the nisba's tokens, the counterpart's word and the country, or null.
 */
export function counterpartCountry(ctx: SentenceContext, lex: Lexicons, agency: Span): { first: number; last: number; counterpart: number; country: LexiconEntity } | null {
  const comma = agency.first - 1;
  if (agency.kind !== 'Agency' || !['،', ','].includes(ctx.tokens[comma]?.text ?? '')) return null;
  for (const k of [comma - 1, comma - 2]) {
    const m = k >= 1 ? lex.nisbas.matchAt(ctx.tokens, k) : null;
    if (m !== null && m.last === comma - 1 && COUNTERPART_WORD.test(ctx.tokens[k - 1]?.norm ?? '')) return { first: k, last: m.last, counterpart: k - 1, country: m.value };
  }
  return null;
}
