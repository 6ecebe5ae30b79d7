/**
 * One article through the engine: sentences (with the headline), candidate spans per sentence, the
 * article's entities (coreference by key, anaphora to what was met before), facts, and event identity.
 *
 * Anaphora: «هذه الخلية» is the cell met last, «العملية» the latest operation, «المشتبه فيهم» the suspects
 * (the latest counted group), «التنظيم الإرهابي» the latest organisation, «البلاغ» the latest statement.
 * Events are one entity per type and what they act on: the headline's «تفكيك خلية …» and the first
 * sentence's «من تفكيك خلية …» are the same dismantling.
 */
import { splitArticle } from '../text/sentences.ts';
import type { Mention } from '../text/mentions.ts';
import type { EntityKind } from '../contract/kinds.ts';
import { findDates, type DateSpan } from './dates.ts';
import { sentenceFacts, type FactDraft, type KeyedSpan } from './facts.ts';
import { isGenericNameOf, type Lexicons } from './lexicons.ts';
import { selectSpans } from './select.ts';
import { spanName, spanText, type ArticleMemory, type SentenceContext, type Span } from './spans.ts';
import { tokenize } from './tokens.ts';
import { gazetteerSpans } from './cues/gazetteer.ts';
import { agencyHeadOf, ARMY_NISBAS, agencyShortSpans, agencySpans, counterpartCountry, organizationSpans, orgHeadOf } from './cues/institutions.ts';
import { cellSpans } from './cues/cells.ts';
import { groupSpans, groupStem, personSpans, suspectSpans } from './cues/people.ts';
import { markOwnNames } from './cues/names.ts';
import { documentSpans, eventSpans, itemSpans } from './cues/events.ts';
import { siteHead, siteSpans } from './cues/sites.ts';
import { spanCovering } from './cues/words.ts';
import { OPERATION_TYPES, type EventType } from './data/vocabulary.ts';
import type { ExtractedSentence, KnownEntity, PropertyValue } from './types.ts';
import { normalizeWord } from './tokens.ts';
import { Aliases, appositions, eventResolutionNames, mergeAliased, NameMemory, shortForms } from './coreference.ts';
import { isCourtName } from './facts/justice.ts';

/** Kinds whose entities are one-off (this statement, this arrest): a generic known name never links them. */
export const UNIQUE_KINDS: ReadonlySet<EntityKind> = new Set(['Event', 'Document', 'Cell', 'Item', 'Person', 'Organization', 'Group']);

export interface EntityDraft {
  key: string;
  kind: EntityKind;
  knownId: string | null;
  lexiconId: string | null;
  name_ar: string;
  name_en: string | null;
  aliases_ar: string[];
  aliases_latin: string[];
  description: string | null;
  properties: Record<string, PropertyValue>;
  rule: string;
  confidence: number;
  possibly: Set<string>;
  firstSentence: number;
  /** Names offered to resolution only, never proposed as aliases (coreference.ts). */
  resolveNames?: string[];
  /** resolveNames built on a known entity («تأسيس» + the known BCIJ): specific even when every word is common. */
  specificNames?: boolean;
}

export interface MentionDraft {
  key: string;
  sentence: number;
  start: number;
  end: number;
  surface: string;
  rule: string;
  confidence: number;
}

export interface FactRecord extends FactDraft {
  sentence: number;
}

export interface ArticleAnalysis {
  sentences: ExtractedSentence[];
  dropped: { line: number; reason: string }[];
  entities: Map<string, EntityDraft>;
  mentions: MentionDraft[];
  facts: FactRecord[];
}

const HEADLINE_MAX_WORDS = 25;
/** Events that are phases of an operation when the article told the operation before them. */
const PHASES: ReadonlySet<string> = new Set(['search', 'raid', 'seizure']);
/**
 * «أعلن تنظيم القاعدة …، مؤكدا أن التنظيم …», «على صلة بجماعة نصرة الإسلام والمسلمين، وقد بايع أمير الجماعة»: an
 * organisation or cell anaphor takes the one of its kind (and head) named earlier in its own sentence, the latest
 * mention there is; discourse from earlier sentences is for anaphors with none.
 */
function withAntecedents(ctx: SentenceContext, spans: readonly Span[]): Span[] {
  return spans.map((s) => {
    if (s.ref.type !== 'anaphor' || (s.kind !== 'Organization' && s.kind !== 'Cell')) return s;
    const head = s.ref.target.startsWith('organization:') ? s.ref.target.slice('organization:'.length) : undefined;
    const earlier = [...spans].reverse().find((p) => p.kind === s.kind && p.ref.type !== 'anaphor' && p.last < s.first && p.props['collective'] !== true && (head === undefined || orgHeadOf(spanText(ctx, p)) === head));
    if (earlier === undefined) return s;
    const ref: Span['ref'] = earlier.ref.type === 'new' && earlier.ref.key === '' ? { type: 'new', key: `${earlier.kind}:${spans.indexOf(earlier)}` } : earlier.ref;
    return { ...s, ref };
  });
}

/** Groups a definite plural says again («تجنيد متطوعين» … «المتطوعين»). */
const AGAIN_GROUPS: ReadonlySet<string> = new Set(['cue.group.recruited', 'cue.group.role', 'cue.group.national', 'cue.group.qualified', 'cue.group.part']);
/** What a dismantling or an operation is made of when told in its sentence. */
const STEPS: ReadonlySet<string> = new Set([...PHASES, 'arrest']);
const WHOLES: ReadonlySet<string> = new Set(['dismantling', 'operation']);
const DEMONSTRATIVE_START = /^(هذه|هذا|تلك|ذلك|هاته|هولاء|لهذه|بهذه|وهذه)\s/;

/** Sentences with the headline: a first paragraph that is one short line without final punctuation. */
export function articleSentences(text: string): { sentences: ExtractedSentence[]; dropped: { line: number; reason: string }[] } {
  const split = splitArticle(text);
  const first = split.paragraphs[0];
  const headline =
    first !== undefined &&
    split.paragraphs.length > 1 &&
    !/[.!?؟…:]["'”’»)\]]*$/.test(first.text) &&
    first.text.split(/\s+/).length <= HEADLINE_MAX_WORDS;
  const sentences: ExtractedSentence[] = split.sentences.map((s) => ({
    index: headline ? (s.paragraph === 1 ? 0 : s.index - 1) : s.index,
    paragraph: s.paragraph,
    start: s.start,
    end: s.end,
    text: s.text,
    headline: headline && s.paragraph === 1,
  }));
  return { sentences, dropped: split.dropped.map((d) => ({ line: d.number, reason: d.reason })) };
}

/**
 * The publication date a news page prints on a line of its own («الجمعة 21 مارس 2025 - 18:05»): that line is dropped
 * as furniture, but its date dates the article when the caller gives none.
 */
export function stampedDate(text: string): string | undefined {
  const lines = text.split(/\r?\n/);
  for (const d of splitArticle(text).dropped) {
    if (d.reason !== 'timestamp') continue;
    const line = lines[d.number - 1] ?? '';
    const found = findDates(tokenize(line), line).find((x) => x.granularity === 'day' && x.iso !== undefined && x.inferred === undefined);
    if (found?.iso !== undefined) return found.iso;
  }
  // «الرباط: الجمعة 14 نونبر 2014 - 20:10», «سلا - الاثنين 16 دجنبر 2024»: a dateline before the story is its date too
  for (const line of lines.slice(0, 4)) {
    const m = DATELINE.exec(line.trim());
    if (m === null) continue;
    const rest = m[1] ?? '';
    const found = findDates(tokenize(rest), rest).find((x) => x.granularity === 'day' && x.iso !== undefined && x.inferred === undefined);
    if (found?.iso !== undefined) return found.iso;
  }
  return undefined;
}
/** A place word, a colon or dash, then a short date line (a weekday, a day, a month, a year, maybe a time). */
const DATELINE = /^[\u0600-\u06FF]+(?:\s[\u0600-\u06FF]+)?\s*[:\-–—]\s*([^.،,]{6,60})$/;

/** Token range of a character range of the sentence. */
function tokenRange(ctx: SentenceContext, start: number, end: number): { first: number; last: number } | null {
  let first = -1;
  let last = -1;
  for (const t of ctx.tokens) {
    if (t.end > start && t.start < end) {
      if (first < 0) first = t.i;
      last = t.i;
    }
  }
  return first < 0 ? null : { first, last };
}

export function knownSpans(ctx: SentenceContext, mentions: readonly Mention[], known: ReadonlyMap<string, KnownEntity>, lex: Lexicons): Span[] {
  const byRange = new Map<string, { range: { first: number; last: number }; ids: string[]; alias: string; noisy: boolean; clitic: string }>();
  for (const m of mentions) {
    const range = tokenRange(ctx, m.start, m.end);
    if (range === null) continue;
    const k = `${range.first}:${range.last}`;
    const entry = byRange.get(k) ?? { range, ids: [], alias: m.alias, noisy: m.noise.length > 0, clitic: m.clitic };
    if (!entry.ids.includes(m.entityId)) entry.ids.push(m.entityId);
    byRange.set(k, entry);
  }
  const out: Span[] = [];
  for (const { range, ids, alias, noisy, clitic } of byRange.values()) {
    const entities = ids.map((id) => known.get(id)).filter((e): e is KnownEntity => e !== undefined);
    const kinds = new Set(entities.map((e) => e.kind));
    const e = entities[0];
    if (e === undefined) continue;
    // «المقاتلين المغاربة»: a plural with a nationality names a category of people, the same in every article
    const category = e.kind === 'Group' && range.last > range.first && lex.nisbas.matchAt(ctx.tokens, range.last)?.last === range.last;
    const generic = UNIQUE_KINDS.has(e.kind) && !category && isGenericNameOf(e.kind, alias, lex);
    if (ids.length > 1) {
      // one name, several known entities: never a silent link
      out.push({ ...range, kind: e.kind, ref: { type: 'new', key: `${e.kind}:${normalizeWord(alias)}` }, rule: 'known.ambiguous', confidence: 0.5, clitic, props: {}, possibly: ids, ...(kinds.size > 1 ? {} : {}) });
      continue;
    }
    out.push({ ...range, kind: e.kind, ref: { type: 'known', id: e.id }, rule: noisy ? 'known.name.noisy' : 'known.name', confidence: noisy ? 0.85 : 0.95, clitic, props: {}, ...(generic ? { generic: true } : {}) });
  }
  return out;
}

function dateSpans(ctx: SentenceContext, found: readonly DateSpan[]): Span[] {
  return found.flatMap((d): Span[] => {
    if (d.iso === undefined) return []; // a bare weekday without a publication date stays text (on its event)
    const props: Record<string, PropertyValue> = {
      date: d.iso,
      granularity: d.granularity,
      ...(d.date_start === undefined ? {} : { date_start: d.date_start }),
      ...(d.date_end === undefined ? {} : { date_end: d.date_end }),
      ...(d.weekday === undefined ? {} : { weekday: d.weekday }),
      date_text: d.text,
      ...(d.inferred === undefined ? {} : { inferred: d.inferred }),
    };
    return [{ first: d.first, last: d.last, kind: 'Date', ref: { type: 'new', key: `Date:${d.iso}` }, rule: d.rule, confidence: d.confidence, clitic: '', name: d.text, nameEn: d.iso, props }];
  });
}

/** Weekdays kept as text: put on the events of their sentence. */
function weekdayTexts(found: readonly DateSpan[]): { weekday: string; text: string }[] {
  return found
    .filter((d) => d.iso === undefined && d.weekday !== undefined)
    .map((d) => ({ weekday: d.weekday ?? '', text: d.text }));
}

function nisbaPlaces(ctx: SentenceContext, lex: Lexicons, spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    // «لنظيرتها الفرنسية، المديرية العامة …»: the nationality of the counterpart the agency is apposed to
    const counterpart = counterpartCountry(ctx, lex, s);
    if (counterpart !== null && spanCovering(spans, counterpart.first) === undefined) {
      const e = counterpart.country;
      out.push({ first: counterpart.first, last: counterpart.last, kind: 'Place', ref: { type: 'lexicon', id: e.id }, rule: 'gazetteer.nisba', confidence: 0.7, clitic: '', name: e.name_ar, nameEn: e.name_en, aliasesLatin: e.aliases_latin, props: { ...e.properties } });
    }
    const wanted = new Set([...(s.country === undefined ? [] : [s.country]), ...(s.countries ?? [])]);
    if (wanted.size === 0) continue;
    for (let k = s.first; k <= s.last; k += 1) {
      const army = lex.countryByCode.get(ARMY_NISBAS[ctx.tokens[k]?.norm ?? ''] ?? '');
      const m = lex.nisbas.matchAt(ctx.tokens, k) ?? (army === undefined ? null : { last: k, value: army });
      if (m === null || !wanted.has(m.value.id)) continue;
      const e = m.value;
      out.push({ first: k, last: m.last, kind: 'Place', ref: { type: 'lexicon', id: e.id }, rule: 'gazetteer.nisba', confidence: 0.7, clitic: '', name: e.name_ar, nameEn: e.name_en, aliasesLatin: e.aliases_latin, props: { ...e.properties } });
      wanted.delete(e.id);
      if (s.countries === undefined) break;
      k = m.last;
    }
  }
  return [...out, ...nationalityPlaces(ctx, lex, spans)];
}

const NATIONALITY_CUE = /^(جنسيه|الجنسيه|بالجنسيه|جنسيته|اصل)$/;
const COOPERATION_NOUN = /^(ب|و|وب)?(التعاون|التنسيق|الشراكه)$/;

/**
 * Nisbas that say where someone is from or which countries act together, outside any name: «من جنسية موريتانية»,
 * «ليبي الجنسية», «من أصل مغربي», «…، البلجيكي» (after a person), «التعاون الأمني المغربي الإسباني».
 */
function nationalityPlaces(ctx: SentenceContext, lex: Lexicons, spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  const tokens = ctx.tokens;
  const covered = (k: number): boolean => spans.some((s) => s.first <= k && k <= s.last && s.kind !== 'Person' && s.kind !== 'Group');
  for (let k = 0; k < tokens.length; k += 1) {
    const m = lex.nisbas.matchAt(tokens, k);
    if (m === null || covered(k)) continue;
    const prev = tokens[k - 1];
    const next = tokens[m.last + 1];
    const prevWord = prev?.norm ?? '';
    const afterPerson = prev !== undefined && (prev.text === '،' || prev.text === ',') && spans.some((s) => s.kind === 'Person' && s.last === k - 2) && m.article;
    let cooperation = false;
    for (let j = Math.max(0, k - 3); j < k; j += 1) if (COOPERATION_NOUN.test(tokens[j]?.norm ?? '')) cooperation = true;
    // «زعيم الخلية، وهو مغربي يقيم بمدريد»
    const predicate = /^(وهو|وهي|هو|هي|وهم|هم|وهما)$/.test(prevWord) && !m.article;
    // «مكتب التحقيقات الفيدرالي الأمريكي»: the nisba right after an agency's name says the country it is of
    const ofAgency = m.article && spans.some((s) => s.kind === 'Agency' && s.last === k - 1);
    // «بمدينة ليون الفرنسية»: the country a place lies in (facts/places.ts)
    const ofPlace = m.article && spans.some((s) => s.kind === 'Place' && s.last === k - 1 && s.props['place_type'] !== 'country');
    const cued = NATIONALITY_CUE.test(prevWord) || NATIONALITY_CUE.test(next?.norm ?? '') || afterPerson || cooperation || predicate || ofAgency || ofPlace;
    if (!cued) continue;
    const e = m.value;
    out.push({ first: k, last: m.last, kind: 'Place', ref: { type: 'lexicon', id: e.id }, rule: 'gazetteer.nisba.nationality', confidence: 0.7, clitic: m.clitic, name: e.name_ar, nameEn: e.name_en, aliasesLatin: e.aliases_latin, props: { ...e.properties } });
    k = m.last;
  }
  return out;
}

export function sentenceSpans(ctx: SentenceContext, lex: Lexicons, known: readonly Span[], dates: readonly DateSpan[] = findDates(ctx.tokens, ctx.text, ctx.published)): Span[] {
  const fixed = selectSpans([...known, ...gazetteerSpans(ctx, lex), ...dateSpans(ctx, dates)]);
  const cues = [
    ...agencySpans(ctx, lex, fixed),
    ...agencyShortSpans(ctx, fixed),
    ...organizationSpans(ctx, lex, fixed),
    ...cellSpans(ctx, lex, fixed),
    ...personSpans(ctx, lex, fixed),
    ...groupSpans(ctx, lex, fixed),
    ...suspectSpans(ctx, lex, fixed),
    ...eventSpans(ctx, lex, fixed),
    ...documentSpans(ctx, lex, fixed),
    ...itemSpans(ctx, lex, fixed),
    ...siteSpans(ctx, lex, fixed),
  ];
  markOwnNames(ctx, fixed, cues);
  const chosen = withSeizure(ctx, lex, selectSpans([...fixed, ...cues]));
  // «الرباط – أفاد بلاغ …»: a dateline names where the story was filed, not a place of the story
  const dateline = (s: Span): boolean => s.first === 0 && s.kind === 'Place' && /^[-–—:]$/.test(ctx.tokens[s.last + 1]?.text ?? '');
  // «قاضي التحقيق»: an event word inside a person's title is part of the title, no event
  const inTitle = (s: Span): boolean => s.kind === 'Event' && chosen.some((p) => p.kind === 'Person' && p.rule.startsWith('cue.person') && p.first <= s.first && s.last <= p.last);
  // «تنظيم القاعدة في بلاد المغرب الإسلامي»: a place inside an organisation's name is a place of the story only with a
  // preposition of its own («ولاية داعش بالساحل», «… في الصحراء الكبرى»)
  const inName = (s: Span): boolean => s.kind === 'Place' && !s.clitic.endsWith('ب') && ctx.tokens[s.first - 1]?.norm !== 'في' &&
    chosen.some((o) => o.kind === 'Organization' && (o.ref.type === 'lexicon' || o.ref.type === 'known') && o.first < s.first && s.last <= o.last);
  return selectSpans([...chosen, ...nisbaPlaces(ctx, lex, chosen)]).filter((s) => !dateline(s) && !inTitle(s) && !inName(s));
}

/**
 * `cue.event.seizure`: «تمكنت عناصر المكتب … من حجز بندقيتين …» with no operation in the sentence: the seizure is
 * itself the event (its agent CONDUCTED it, it SEIZED the items); next to a search or an arrest it is not.
 */
function withSeizure(ctx: SentenceContext, lex: Lexicons, spans: Span[]): Span[] {
  const firstItem = spans.find((s) => (s.kind === 'Item' || s.kind === 'Document') && s.props['seized'] !== false && s.rule.includes('seized'));
  if (firstItem === undefined) return spans;
  if (spans.some((s) => s.kind === 'Event' && OPERATION_TYPES.has((s.eventType ?? '') as EventType))) return spans;
  for (let k = firstItem.first - 1; k >= Math.max(0, firstItem.first - 4); k -= 1) {
    const m = lex.seizureTriggers.matchAt(ctx.tokens, k);
    // «شملت المحجوزات …» names what an earlier act seized: only the act's own words make one
    if (m === null || m.last >= firstItem.first || /محجوز|العثور/.test(ctx.tokens[k]?.norm ?? '') || spans.some((s) => s.first <= k && k <= s.last)) continue;
    const span: Span = {
      first: k, last: m.last, kind: 'Event', ref: { type: 'new', key: `Event:seizure:${ctx.index}:${k}` }, rule: 'cue.event.seizure', confidence: 0.6, clitic: m.clitic,
      props: { event_type: 'seizure', trigger: normalizeWord(ctx.tokens[k]?.text ?? '') }, eventType: 'seizure',
    };
    span.name = spanName(ctx, span);
    span.nameEn = 'Seizure';
    return [...spans, span].sort((a, b) => a.first - b.first || b.last - a.last);
  }
  return spans;
}

const MAX_CHUNK_CHARS = 1200;

/**
 * A sentence longer than any real one (a scraped page without full stops) is read in clause-sized chunks,
 * cut at the last comma or space before the limit, so no rule ever scans an unbounded span; offsets stay
 * relative to the sentence.
 */
export function clauseChunks(text: string): { start: number; text: string }[] {
  if (text.length <= MAX_CHUNK_CHARS) return [{ start: 0, text }];
  const out: { start: number; text: string }[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + MAX_CHUNK_CHARS);
    if (end < text.length) {
      const window = text.slice(start, end);
      const cut = Math.max(window.lastIndexOf('،'), window.lastIndexOf(','), window.lastIndexOf(';'));
      const space = window.lastIndexOf(' ');
      end = start + (cut > MAX_CHUNK_CHARS / 2 ? cut + 1 : space > 0 ? space : window.length);
    }
    out.push({ start, text: text.slice(start, end) });
    start = end;
  }
  return out;
}

/** Keeps the article's running state: the latest entity of each anaphor target. */
class Discourse {
  private latest = new Map<string, string>();
  set(target: string, key: string): void {
    this.latest.set(target, key);
  }
  get(target: string): string | undefined {
    return this.latest.get(target);
  }
}

export function analyzeArticle(
  text: string,
  published: string | undefined,
  lex: Lexicons,
  findKnown: (sentence: string) => Mention[],
  known: ReadonlyMap<string, KnownEntity>,
  knownSurnames: ReadonlyMap<string, string> = new Map(),
): ArticleAnalysis {
  const { sentences, dropped } = articleSentences(text);
  const entities = new Map<string, EntityDraft>();
  const mentions: MentionDraft[] = [];
  const facts: FactRecord[] = [];
  const discourse = new Discourse();
  const aliases = new Aliases();
  const names = new NameMemory();
  const memory: ArticleMemory = {
    latest: (role) => {
      const k = discourse.get(role);
      return k === undefined ? undefined : aliases.resolve(k);
    },
    personByWord: (w) => {
      const p = names.get(w);
      return p === undefined ? undefined : { key: aliases.resolve(p.key), name: p.name };
    },
    knownBySurname: (w) => knownSurnames.get(w),
  };
  // a yearless date takes the year of the article's last full date when no publication date says it
  let yearHint: number | undefined;

  for (const sentence of sentences) {
    for (const chunk of clauseChunks(sentence.text)) {
      const operationBefore = discourse.get('operation');
      const ctx: SentenceContext = { index: sentence.index, text: chunk.text, tokens: tokenize(chunk.text), ...(published === undefined ? {} : { published }), memory };
      const dates = findDates(ctx.tokens, ctx.text, ctx.published, yearHint);
      for (const d of dates) if (d.inferred === undefined && d.iso !== undefined && d.granularity !== 'period') yearHint = Number(d.iso.slice(0, 4));
      const spans = sentenceSpans(ctx, lex, knownSpans(ctx, findKnown(chunk.text), known, lex), dates);
      const keyed: KeyedSpan[] = withAntecedents(ctx, spans).map((s, n) => ({ ...s, key: aliases.resolve(keyOf(s, n)) }));
      appositions(ctx, keyed, aliases);
      for (const s of keyed) {
        if (s.rule !== 'cue.person.ranked') continue;
        const into = rankedReferent(s.props['rank'], facts, entities, discourse, aliases);
        if (into !== undefined && into !== aliases.resolve(s.key)) aliases.set(s.key, into);
      }
      for (const s of keyed) s.key = aliases.resolve(s.key);
      const draftFacts = sentenceFacts(ctx, lex, keyed);

      // Events are one per type and target: re-key each by what it TARGETED (or keep the anaphor's key).
      const rekey = new Map<string, string>();
      for (const e of keyed.filter((s) => s.kind === 'Event' && s.ref.type === 'new' && s.key.split(':').length > 3)) {
        const target = draftFacts.find((f) => f.source === e.key && f.type === 'TARGETED')?.target;
        if (target === undefined) continue;
        // the arrest of a cell («تسقط في قبضة») is its dismantling
        const targetKind = keyed.find((x) => x.key === target)?.kind;
        if (e.eventType === 'arrest' && targetKind === 'Cell') {
          e.eventType = 'dismantling';
          e.props['event_type'] = 'dismantling';
        }
        // the dismantling of people («الإطاحة بمتطرف») is their arrest
        if (e.eventType === 'dismantling' && (targetKind === 'Person' || targetKind === 'Group')) {
          e.eventType = 'arrest';
          e.props['event_type'] = 'arrest';
        }
        rekey.set(e.key, `Event:${e.eventType ?? 'event'}:${target}`);
      }
      // an event of a type already met, with nothing of its own to act on, is that event («قضت … بتأييد الحكم»,
      // «قتلتا» after «جريمة قتل …»): the next one of its type in the sentence, else the article's latest
      const untargeted = keyed.filter((s) => s.kind === 'Event' && s.ref.type === 'new' && s.key.split(':').length > 3 && !rekey.has(s.key));
      for (const e of untargeted) {
        // «عمليات التدخل التي باشرتها القوات الخاصة … فجر يوم الأربعاء»: an act with its own agent and date is its own
        const ownAgent = draftFacts.some((f) => (f.type === 'CONDUCTED' || f.type === 'HELD' || f.type === 'ISSUED') && f.target === e.key);
        const ownDate = draftFacts.some((f) => f.type === 'ON_DATE' && f.source === e.key);
        if (ownAgent && ownDate) continue;
        const sameType = keyed.find((x) => x !== e && x.kind === 'Event' && x.eventType === e.eventType && x.first > e.last && rekey.has(x.key));
        const earlier = memory.latest(`event:${e.eventType ?? ''}`);
        const into = sameType !== undefined ? rekey.get(sameType.key) : earlier;
        if (into !== undefined) rekey.set(e.key, into);
      }
      // the arrested person of a role («توقيف جندي أمريكي») is the article's suspect
      for (const f of draftFacts) {
        if (f.type !== 'TARGETED') continue;
        const event = keyed.find((x) => x.key === f.source);
        const person = keyed.find((x) => x.key === f.target);
        if (event?.eventType === 'arrest' && person?.kind === 'Person' && person.rule === 'cue.person.role' && person.leader !== true && person.relative !== true) aliases.set(person.key, 'Person:suspect');
        // «… في حق المدعو (ي.ح)» … «أوقف المعني بالأمر»: with no suspect of its own, the article's suspect is the named defendant
        const unclaimed = aliases.resolve('Person:suspect') === 'Person:suspect' && !entities.has('Person:suspect');
        const namedPerson = person?.kind === 'Person' && person.props['named'] !== false && (person.props['named'] === true || person.rule.startsWith('cue.person.named') || person.ref.type === 'known' || person.ref.type === 'lexicon');
        if (event?.eventType === 'verdict' && namedPerson && unclaimed && person !== undefined) aliases.set('Person:suspect', person.key);
      }
      const finalKey = (k: string): string => aliases.resolve(rekey.get(k) ?? k);
      const weekdays = weekdayTexts(dates);

      for (const s of keyed) {
        const key = finalKey(s.key);
        const surface = spanText(ctx, s);
        const start = ctx.tokens[s.first]?.start ?? 0;
        const end = ctx.tokens[s.last]?.end ?? 0;
        upsert(entities, key, s, ctx, sentence.index, known, lex);
        const draft = entities.get(key);
        if (draft !== undefined && s.kind === 'Event' && weekdays.length > 0 && draft.properties['weekday'] === undefined) {
          draft.properties['weekday'] = weekdays[0]?.weekday ?? '';
          draft.properties['date_text'] = weekdays[0]?.text ?? '';
        }
        mentions.push({ key, sentence: sentence.index, start: chunk.start + start, end: chunk.start + end, surface, rule: s.rule, confidence: s.confidence });
        // the discourse state, for anaphora in later spans and sentences
        if (s.kind === 'Cell' && s.props['collective'] !== true && s.props['count'] === undefined) discourse.set('cell', key);
        // «العملية» points back to an operation against a cell or suspects, not to the arrest of one person
        const targetsPerson = draftFacts.some((f) => f.source === s.key && f.type === 'TARGETED' && keyed.find((x) => x.key === f.target)?.kind === 'Person');
        // the phases of an operation told after it (a raid, searches, «كما تم حجز …») are parts of it, not a new one
        const subOperation = PHASES.has(s.eventType ?? '') && operationBefore !== undefined;
        const personOnly = targetsPerson && discourse.get('operation') !== undefined;
        // «أسفرت عن توقيف …»: what an operation resulted in is a phase of it, not the next operation
        const result = draftFacts.some((f) => f.type === 'RESULTED_IN' && f.target === s.key) && discourse.get('operation') !== undefined;
        // an act with nothing to act on («فيما أوقف الحرس المدني …») does not replace the operation told before
        const idle = s.ref.type === 'new' && !draftFacts.some((f) => f.source === s.key && f.type === 'TARGETED') && discourse.get('operation') !== undefined;
        // «تفكيك خلية … تم توقيفهم»: an arrest told with the dismantling it belongs to is a step of it, not the operation
        const step = STEPS.has(s.eventType ?? '') && keyed.some((x) => x.kind === 'Event' && WHOLES.has(x.eventType ?? '') && x.first < s.first);
        if (s.kind === 'Event' && !personOnly && !subOperation && !result && !idle && !step && OPERATION_TYPES.has((s.eventType ?? entities.get(key)?.properties['event_type'] ?? '') as EventType)) discourse.set('operation', key);
        if (s.kind === 'Event' && (s.eventType === 'investigation')) discourse.set('investigation', key);
        const agencyHead = s.kind === 'Agency' && s.ref.type !== 'anaphor' ? agencyHeadOf(draft?.name_ar ?? surface) : undefined;
        if (agencyHead !== undefined && (s.last > s.first || s.ref.type === 'known' || s.ref.type === 'lexicon')) discourse.set(`agency:${agencyHead}`, key);
        if (s.kind === 'Event' && ['attack', 'killing'].includes(s.eventType ?? '')) discourse.set('event', key);
        // the dead of an attack («أودت بحياة 45 شخصا») are no suspects
        const killed = draftFacts.some((f) => f.type === 'KILLED' && f.target === s.key);
        if (s.kind === 'Group' && (s.props['count'] !== undefined || s.ref.type === 'anaphor') && s.props['victims'] !== true && !killed) discourse.set('suspects', key);
        // the people a group is named by, for «المتطوعين» later
        // (the people an act takes or a role names; counted groups are the suspects, with anaphors of their own)
        const stem = s.kind === 'Group' && AGAIN_GROUPS.has(s.rule) ? groupStem(ctx, lex, s) : undefined;
        if (stem !== undefined) discourse.set(`group:${stem}`, key);
        // the items seized, for «الأسلحة المحجوزة» later
        if (s.kind === 'Item' && typeof s.props['item_type'] === 'string' && s.props['seized'] !== false) discourse.set(`item:${s.props['item_type']}`, key);
        // «ولاية داعش بالساحل»: «التنظيم» later is the whole name, not the organisation named inside it
        // the factions that merged into an organisation («بعد اندماج أربعة فصائل، أبرزها جماعة …») are not what «الجماعة» means next
        const merged = draftFacts.some((f) => f.type === 'MERGED_INTO' && f.source === s.key);
        const nestedOrg = merged || keyed.some((x) => x !== s && x.kind === 'Organization' && x.first <= s.first && s.last <= x.last && x.last - x.first > s.last - s.first);
        if (s.kind === 'Organization' && s.props['collective'] !== true && !nestedOrg) discourse.set('organization', key);
        const orgHead = s.kind === 'Organization' && s.ref.type !== 'anaphor' && !nestedOrg ? (orgHeadOf(surface) ?? orgHeadOf(draft?.name_ar ?? surface)) : undefined;
        if (orgHead !== undefined) discourse.set(`organization:${orgHead}`, key);
        if (s.kind === 'Organization' && s.props['collective'] === true) discourse.set('organizations', key);
        if (s.kind === 'Document' && s.props['seized'] !== true && (s.props['document_type'] === 'press statement' || s.props['document_type'] === 'report')) discourse.set('statement', key);
        // the court of the article is the one that gave a verdict («قضت غرفة الجنايات»), not the court it sits in
        const judged = draftFacts.some((f) => f.source === s.key && f.type === 'ISSUED' && keyed.find((x) => x.key === f.target)?.eventType === 'verdict');
        if (s.kind === 'Agency' && isCourtName(draft?.name_ar ?? surface) && (judged || discourse.get('court') === undefined)) discourse.set('court', key);
        if (s.kind === 'Event' && s.eventType !== undefined && s.ref.type === 'new') discourse.set(`event:${s.eventType}`, key);
        const site = s.kind === 'Place' ? siteHead(ctx, s.first) : null;
        if (site !== null) discourse.set(`site:${site}`, key);
        if (s.kind === 'Person' && typeof s.props['role'] === 'string') discourse.set(`person:${s.props['role']}`, key);
        // the official of each country the article names, for «نظيره الإسباني» later
        const nationalOf = s.kind === 'Person' ? draftFacts.filter((f) => f.source === s.key && f.type === 'NATIONAL_OF').map((f) => keyed.find((x) => x.key === f.target)) : [];
        for (const c of nationalOf) if (c !== undefined && c.ref.type === 'lexicon') discourse.set(`person-of:${c.ref.id}`, key);
        const personName = s.kind === 'Person' && s.props['named'] !== false && s.rule !== 'coref.surname' ? (draft?.name_ar ?? '') : '';
        if (personName !== '' && !s.rule.startsWith('anaphor')) names.remember(key, personName, lex.commonWords);
      }
      for (const f of draftFacts) facts.push({ ...f, source: finalKey(f.source), target: finalKey(f.target), sentence: sentence.index });
      // the agency that carried out the operation, for the sentences after that leave it implicit
      for (const f of draftFacts) {
        if (f.type !== 'CONDUCTED' || keyed.find((x) => x.key === f.source)?.kind !== 'Agency') continue;
        if (OPERATION_TYPES.has((keyed.find((x) => x.key === f.target)?.eventType ?? '') as EventType)) discourse.set('operation-agent', finalKey(f.source));
      }
      // «… التي يتزعمها إياد أغ غالي» … «وكان زعيم الجماعة قد ظهر …»: an unnamed leader of what a named person was
      // told to lead is that person
      for (const f of draftFacts) {
        if (f.type !== 'LEADS' || f.rule !== 'fact.leads.title') continue;
        const title = keyed.find((x) => x.key === f.source);
        if (title?.kind !== 'Person' || title.props['named'] !== false) continue;
        const leader = facts.find((g) => (g.type === 'LEADS' || g.type === 'HEADS') && g.target === finalKey(f.target) && g.source !== finalKey(title.key) && entities.get(g.source)?.properties['named'] !== false);
        if (leader !== undefined) aliases.set(finalKey(title.key), leader.source);
      }
      // «قيادي بـ"ولاية داعش"» in the headline, «المدعو X … يعد من أبرز قياديي "ولاية داعش"» in the text: the unnamed
      // leader met before is X, and «هذا القيادي» later points to X
      for (const f of draftFacts) {
        if (f.rule !== 'fact.member.rank') continue;
        const member = keyed.find((x) => x.key === f.source);
        if (member?.kind !== 'Person' || member.props['named'] === false || !/قياديي|قيادات|قاده/.test(ctx.tokens.slice(member.last + 1, keyed.find((x) => x.key === f.target)?.first ?? member.last + 1).map((t) => t.norm).join(' '))) continue;
        const role = discourse.get('person:Senior member');
        const roleDraft = role === undefined ? undefined : entities.get(role);
        const sameOrg = roleDraft !== undefined && facts.some((g) => g.source === role && g.type === 'MEMBER_OF' && g.target === finalKey(f.target));
        if (role !== undefined && sameOrg && roleDraft?.properties['named'] === false && role !== finalKey(f.source)) aliases.set(role, finalKey(f.source));
        discourse.set('person:Senior member', finalKey(f.source));
      }
      // «كما شملت المحجوزات …»: seizures in a sentence without an operation belong to the article's operation
      const operation = discourse.get('operation');
      // searches and raids without an agent of their own are part of the article's operation
      for (const s of keyed) {
        if (s.kind !== 'Event' || !PHASES.has(s.eventType ?? '') || operationBefore === undefined) continue;
        const key = finalKey(s.key);
        if (key === operationBefore) continue;
        facts.push({ source: key, type: 'PART_OF', target: operationBefore, rule: 'fact.event.part-of-operation', confidence: 0.55, properties: {}, sentence: sentence.index });
        // what its searches seized, the operation seized
        for (const f of draftFacts.filter((d) => d.source === s.key && d.type === 'SEIZED')) {
          facts.push({ source: operationBefore, type: 'SEIZED', target: finalKey(f.target), rule: 'fact.seized.in-operation', confidence: 0.5, properties: {}, sentence: sentence.index });
        }
        // who carried out a phase («عمليات التدخل التي شاركت فيها القوات الخاصة») took part in the operation
        for (const f of draftFacts.filter((d) => d.type === 'CONDUCTED' && d.target === s.key)) {
          const agent = finalKey(f.source);
          if (!facts.some((g) => g.source === agent && g.target === operationBefore)) facts.push({ source: agent, type: 'PARTICIPATED_IN', target: operationBefore, rule: 'fact.event.phase-agent', confidence: 0.5, properties: {}, sentence: sentence.index });
        }
      }
      // «تفكيك خلية … تتكون من ستة عناصر تم توقيفهم بكل من …», «أسفرت العملية عن توقيف … وتوقيف …»: an arrest, raid or
      // search told with a dismantling or an operation in the same sentence is a step of it (unless a rule of the
      // sentence already relates the two), and a whole with no place of its own took place where its steps did
      const whole = keyed.find((s) => s.kind === 'Event' && WHOLES.has(s.eventType ?? ''));
      if (whole !== undefined) {
        const placed = draftFacts.some((f) => f.source === whole.key && f.type === 'TOOK_PLACE_IN');
        for (const s of keyed.filter((x) => x.kind === 'Event' && STEPS.has(x.eventType ?? '') && finalKey(x.key) !== finalKey(whole.key))) {
          const [step, of] = [finalKey(s.key), finalKey(whole.key)];
          const related = draftFacts.some((f) => [f.source, f.target].includes(s.key) && [f.source, f.target].includes(whole.key));
          if (!related && !facts.some((f) => (f.source === step && f.target === of) || (f.source === of && f.target === step))) {
            facts.push({ source: step, type: 'PART_OF', target: of, rule: 'fact.event.step-of-operation', confidence: 0.5, properties: {}, sentence: sentence.index });
          }
          if (placed) continue;
          for (const f of draftFacts.filter((d) => d.source === s.key && d.type === 'TOOK_PLACE_IN')) {
            facts.push({ source: of, type: 'TOOK_PLACE_IN', target: finalKey(f.target), rule: 'fact.event.place-of-step', confidence: 0.45, properties: {}, sentence: sentence.index });
          }
        }
      }
      for (const s of keyed) {
        const seized = (s.kind === 'Item' && s.props['seized'] !== false) || (s.kind === 'Document' && s.props['seized'] === true);
        if (!seized || operation === undefined || draftFacts.some((f) => f.type === 'SEIZED' && f.target === s.key)) continue;
        facts.push({ source: operation, type: 'SEIZED', target: finalKey(s.key), rule: 'fact.seized.article-operation', confidence: 0.6, properties: {}, sentence: sentence.index });
      }
      // the suspects are the members of the article's cell when they are named as its members
      for (const s of keyed) {
        if (s.rule !== 'anaphor.suspects' || !/خليه|الخليه/.test(normalizeWord(spanText(ctx, s)))) continue;
        const cell = discourse.get('cell');
        if (cell !== undefined) facts.push({ source: finalKey(s.key), type: 'MEMBER_OF', target: cell, rule: 'fact.member.of-the-cell', confidence: 0.7, properties: {}, sentence: sentence.index });
      }
    }
  }
  shortForms(entities, aliases);
  mergeAliased(entities, mentions, facts, aliases);
  inheritAgents(facts, entities);
  eventResolutionNames(entities, facts);
  return { sentences, dropped, entities, mentions, facts };

  function keyOf(s: Span, n: number): string {
    const ref = s.ref;
    switch (ref.type) {
      case 'known':
        return ref.id;
      case 'lexicon':
        return `lex:${ref.id}`;
      case 'new':
        return ref.key === '' ? `${s.kind}:${n}` : ref.key;
      case 'anaphor': {
        // «هذه الجماعة»: the latest organisation of that head, else the latest organisation
        const target = discourse.get(ref.target) ?? (ref.target.startsWith('organization:') ? discourse.get('organization') : undefined);
        if (target !== undefined) return target;
        // nothing to point back to: the first of its kind
        const fallback = ref.target === 'operation' ? 'Event:operation' : ref.target === 'suspects' ? 'Group:suspects' : ref.target === 'statement' ? 'Document:statement' : ref.target === 'cell' ? 'Cell:unnamed' : `${s.kind}:${normalizeWord(s.name ?? '')}`;
        discourse.set(ref.target, fallback);
        return fallback;
      }
    }
  }
}

/**
 * Who a ranked suspect is («الموقوف الأول», «المتهم الرئيسي»): the nth person the article listed as one of its
 * suspects («ويتعلق الأمر بكل من A وB»), and for the main one the leader of its cell; else nobody met yet.
 */
function rankedReferent(rank: PropertyValue | undefined, facts: readonly FactRecord[], entities: ReadonlyMap<string, EntityDraft>, discourse: Discourse, aliases: Aliases): string | undefined {
  const isPerson = (k: string): boolean => entities.get(k)?.kind === 'Person';
  if (rank === 'main') {
    const cell = discourse.get('cell');
    const cellKey = cell === undefined ? undefined : aliases.resolve(cell);
    return facts.find((f) => f.type === 'LEADS' && f.target === cellKey && isPerson(aliases.resolve(f.source)))?.source;
  }
  if (typeof rank !== 'number') return undefined;
  const group = discourse.get('suspects');
  if (group === undefined) return undefined;
  const groupKey = aliases.resolve(group);
  const listed: string[] = [];
  for (const f of facts) {
    if (f.type !== 'MEMBER_OF' || f.rule !== 'fact.member.namely' || aliases.resolve(f.target) !== groupKey) continue;
    const member = aliases.resolve(f.source);
    if (isPerson(member) && !listed.includes(member)) listed.push(member);
  }
  return listed[rank - 1];
}

/**
 * An event that an operation RESULTED_IN, without an agent of its own, was carried out by the operation's agent
 * («العملية … أسفرت عن توقيف 12 متطرفا»): the agent CONDUCTED it and ARRESTED what it targeted.
 */
function inheritAgents(facts: FactRecord[], entities: ReadonlyMap<string, EntityDraft>): void {
  const has = (source: string, type: string, target: string): boolean => facts.some((f) => f.source === source && f.type === type && f.target === target);
  for (const r of facts.filter((f) => f.type === 'RESULTED_IN')) {
    if (facts.some((f) => f.type === 'CONDUCTED' && f.target === r.target)) continue;
    const agent = facts.find((f) => f.type === 'CONDUCTED' && f.target === r.source)?.source;
    if (agent === undefined) continue;
    facts.push({ source: agent, type: 'CONDUCTED', target: r.target, rule: 'fact.event.agent-inherited', confidence: 0.5, properties: {}, sentence: r.sentence });
    for (const t of facts.filter((f) => f.source === r.target && f.type === 'TARGETED')) {
      const kind = entities.get(t.target)?.kind;
      const type = kind === 'Cell' || kind === 'Organization' ? 'DISMANTLED' : 'ARRESTED';
      if (!has(agent, type, t.target)) facts.push({ source: agent, type, target: t.target, rule: 'fact.event.agent-inherited', confidence: 0.5, properties: {}, sentence: t.sentence });
    }
  }
}

function upsert(entities: Map<string, EntityDraft>, key: string, s: Span, ctx: SentenceContext, sentence: number, known: ReadonlyMap<string, KnownEntity>, lex: Lexicons): void {
  const surfaceName = (s.ref.type === 'anaphor' ? undefined : s.name) ?? spanName(ctx, s);
  let draft = entities.get(key);
  if (draft === undefined) {
    const k = s.ref.type === 'known' ? known.get(s.ref.id) : undefined;
    const lexEntry = s.ref.type === 'lexicon' ? lex.entities.get(s.ref.id) : undefined;
    const arabic = k?.names.filter((n) => /[\u0600-\u06FF]/.test(n)) ?? [];
    const latin = k?.names.filter((n) => !/[\u0600-\u06FF]/.test(n)) ?? [];
    draft = {
      key,
      kind: s.kind,
      knownId: k?.id ?? null,
      lexiconId: lexEntry?.id ?? null,
      name_ar: k !== undefined ? (arabic[0] ?? surfaceName) : lexEntry?.name_ar ?? surfaceName,
      name_en: k !== undefined ? (latin[0] ?? null) : lexEntry?.name_en ?? s.nameEn ?? null,
      aliases_ar: [],
      aliases_latin: k !== undefined ? latin : [...(lexEntry?.aliases_latin ?? s.aliasesLatin ?? [])],
      description: lexEntry?.description ?? s.description ?? null,
      properties: { ...(lexEntry?.properties ?? {}), ...s.props },
      rule: s.rule,
      confidence: s.confidence,
      possibly: new Set(s.possibly ?? []),
      firstSentence: sentence,
    };
    entities.set(key, draft);
  } else {
    for (const [p, v] of Object.entries(s.props)) if (draft.properties[p] === undefined) draft.properties[p] = v;
    for (const id of s.possibly ?? []) draft.possibly.add(id);
    if (s.confidence > draft.confidence && s.ref.type !== 'anaphor') {
      draft.confidence = s.confidence;
    }
    // a named reading improves an entity first met by an anaphor or a title («رئيس المكتب …، يوسف بنعلي»)
    const titleNamed = draft.kind === 'Person' && draft.properties['named'] === false && draft.lexiconId === null && draft.knownId === null && (s.props['named'] === true || s.ref.type === 'lexicon' || s.ref.type === 'known');
    if (titleNamed) {
      // the name makes the entity; the title's properties and spellings stay on it
      const title = draft;
      entities.delete(key);
      upsert(entities, key, s, ctx, sentence, known, lex);
      const named = entities.get(key);
      if (named === undefined) return;
      for (const [p, v] of Object.entries(title.properties)) if (named.properties[p] === undefined && p !== 'named') named.properties[p] = v;
      for (const a of title.aliases_ar) if (!named.aliases_ar.includes(a)) named.aliases_ar.unshift(a);
      for (const id of title.possibly) named.possibly.add(id);
      named.firstSentence = Math.min(named.firstSentence, title.firstSentence);
      return;
    }
    if (draft.rule.startsWith('anaphor.') && s.ref.type !== 'anaphor') {
      draft.rule = s.rule;
      draft.name_ar = surfaceName;
      if (s.nameEn !== undefined) draft.name_en = s.nameEn;
    }
  }
  // aliases are the article's spellings: the words as written (without a glued proclitic), not the lexicon's name
  const written = s.ref.type === 'known' || s.ref.type === 'lexicon' ? spanName(ctx, s) : surfaceName;
  const alias = written.replace(/["“”«»]/g, '').replace(/\s+/g, ' ').trim();
  // an anaphor's words are an alias when they describe rather than point («العملية الأمنية», not «هذه العملية»)
  const describes = s.ref.type !== 'anaphor' || (alias.split(/\s+/).length >= 2 && !DEMONSTRATIVE_START.test(normalizeWord(alias)));
  if (describes && alias !== '' && !draft.aliases_ar.includes(alias)) draft.aliases_ar.push(alias);
}
