/**
 * Ranks full-text candidates by how a person's query matches the names and aliases of each entity.
 * Lucene only proposes candidates (its arabic stemmer and fuzzy terms are generous); the tiers below
 * decide the order, so an exact name always comes first and a stem coincidence never outranks a real match.
 * A candidate with no word in common with the query at all is dropped.
 * docs/decisions/0004-search.md explains the tiers.
 */
import { arabicLightStem } from '../../../text/arabic-stem.ts';
import { editDistanceAtMost, isArabicWord, readings, romanisationSkeleton, withoutArticle } from '../../../text/query-text.ts';

export const TIER = {
  /** The whole query is a name or alias (after normalisation). */
  exact: 100,
  /** Same words in the same order, the article or a proclitic aside (دار البيضاء, بطنجة). */
  sameWords: 90,
  /** Every query word is a whole word of the name (الحموشي in عبد اللطيف الحموشي). */
  allWords: 80,
  /** As above, the last word still being typed (Hamm, الحمو, طنج). */
  typing: 70,
  /** Every word matches, some only approximately: one wrong letter, or a romanisation variant. */
  approximate: 60,
  /** Every word matches, some only through the Arabic light stem (المغربية ~ المغرب): a weaker, fallback level. */
  stem: 50,
  /** Only some of the query words match (40 plus up to 9 for the share that does): the last fallback level. */
  partial: 40,
} as const;

/** A reading taken by dropping a proclitic is a guess; it costs this much. */
const GUESS_PENALTY = 2;
const MIN_PREFIX = 2;
const MIN_FUZZY = 4;

export interface NameKey {
  /** Normalised words of the name, as `words()` makes them. */
  words: string[];
  /** The name as stored, shown to the person as the reason for the hit. */
  display: string;
  /** name_ar or name_en rather than an alias: wins a tie. */
  primary: boolean;
}

export interface Candidate<T> {
  id: string;
  keys: NameKey[];
  mentionCount: number;
  payload: T;
}

export interface RankedHit<T> {
  id: string;
  score: number;
  matched: string;
  payload: T;
}

type WordMatch = 'exact' | 'prefix' | 'approximate' | 'stem';
const WORD_ORDER: readonly WordMatch[] = ['exact', 'prefix', 'approximate', 'stem'];

interface Found {
  kind: WordMatch;
  guessed: boolean;
}

const worse = (a: Found, b: Found): boolean =>
  WORD_ORDER.indexOf(a.kind) > WORD_ORDER.indexOf(b.kind) || (a.kind === b.kind && a.guessed && !b.guessed);

export interface KeyMatch {
  tier: number;
  coverage: number;
}

/**
 * What one ranking remembers of the word pairs it compared, one map of name words per query word: the
 * candidates' names share most of their words (every «خلية … 1», «خلية … 2» of an entity, the same city in
 * many names), so each pair is compared once. A query word's position fixes whether it may be a prefix.
 */
export type WordMemo = Map<string, Found | undefined>[];

/** How the query word at `position` matches one name word, or undefined. */
function matchWord(queryWord: string, nameWord: string, allowPrefix: boolean, position: number, memo?: WordMemo): Found | undefined {
  if (memo === undefined) return compareWords(queryWord, nameWord, allowPrefix);
  let seen = memo[position];
  if (seen === undefined) {
    seen = new Map();
    memo[position] = seen;
  }
  if (seen.has(nameWord)) return seen.get(nameWord);
  const found = compareWords(queryWord, nameWord, allowPrefix);
  seen.set(nameWord, found);
  return found;
}

/** A reading of a query word with what the comparisons need of it, worked out once per query word. */
interface Reading {
  form: string;
  guessed: boolean;
  skeleton: string;
  /** The light stem of an Arabic form, null for another script. */
  stem: string | null;
}

const READINGS = new Map<string, Reading[]>();
/** Romanisation skeletons of Latin name words: the same names come back request after request. */
const SKELETONS = new Map<string, string>();

function skeletonOf(word: string): string {
  let out = SKELETONS.get(word);
  if (out === undefined) {
    out = romanisationSkeleton(word);
    if (SKELETONS.size > 50_000) SKELETONS.clear();
    SKELETONS.set(word, out);
  }
  return out;
}

function readingsOf(queryWord: string): Reading[] {
  let out = READINGS.get(queryWord);
  if (out === undefined) {
    out = readings(queryWord).map(({ form, guessed }) => ({ form, guessed, skeleton: romanisationSkeleton(form), stem: isArabicWord(form) ? arabicLightStem(form) : null }));
    if (READINGS.size > 10_000) READINGS.clear();
    READINGS.set(queryWord, out);
  }
  return out;
}

function compareWords(queryWord: string, nameWord: string, allowPrefix: boolean): Found | undefined {
  const arabic = isArabicWord(nameWord);
  const targets = arabic ? [nameWord, withoutArticle(nameWord)] : [nameWord];
  let best: Found | undefined;
  const offer = (kind: WordMatch, guessed: boolean): void => {
    const found = { kind, guessed };
    if (!best || worse(best, found)) best = found;
  };
  for (const target of targets) {
    const skeleton = arabic ? '' : skeletonOf(target);
    let stem: string | undefined;
    for (const { form, guessed, skeleton: formSkeleton, stem: formStem } of readingsOf(queryWord)) {
      if (form === target) offer('exact', guessed);
      else if (allowPrefix && form.length >= MIN_PREFIX && target.startsWith(form)) offer('prefix', guessed);
      else if (!arabic && formSkeleton === skeleton) offer('approximate', guessed);
      else if (form.length >= MIN_FUZZY && editDistanceAtMost(form, target, 1) <= 1) offer('approximate', guessed);
      else if (arabic && formStem !== null && formStem === (stem ??= arabicLightStem(target))) offer('stem', guessed);
    }
  }
  return best;
}

const penalty = (guessed: boolean): number => (guessed ? GUESS_PENALTY : 0);

const sameWords = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((word, i) => word === b[i]);

const lettersIn = (words: readonly string[]): number => words.reduce((sum, word) => sum + word.length, 0);

/** The tier of one name for the query words, or undefined when not a single word matches. */
export function matchKey(queryWords: readonly string[], key: NameKey, memo?: WordMemo): KeyMatch | undefined {
  if (queryWords.length === 0 || key.words.length === 0) return undefined;
  if (sameWords(queryWords, key.words)) return { tier: TIER.exact, coverage: 1 };
  const coverage = Math.min(1, lettersIn(queryWords) / lettersIn(key.words));
  const last = queryWords.length - 1;
  const perWord = queryWords.map((word, i) => key.words.map((nameWord) => matchWord(word, nameWord, i === last, i, memo)));
  if (queryWords.length === key.words.length) {
    const inOrder = perWord.map((row, i) => row[i]);
    if (inOrder.every((m) => m?.kind === 'exact')) {
      return { tier: TIER.sameWords - penalty(inOrder.some((m) => m?.guessed === true)), coverage: 1 };
    }
  }

  const best = perWord.map((row) =>
    row.reduce<Found | undefined>((acc, m) => (m === undefined ? acc : acc === undefined || worse(acc, m) ? m : acc), undefined),
  );
  const found = best.filter((m) => m !== undefined);
  if (found.length === 0) return undefined;
  const guessed = found.some((m) => m.guessed);
  if (found.length < queryWords.length) {
    return { tier: TIER.partial + Math.floor((9 * found.length) / queryWords.length) - penalty(guessed), coverage };
  }
  const kinds = found.map((m) => m.kind);
  const allExactBut = (lastKind: WordMatch): boolean => kinds.slice(0, -1).every((k) => k === 'exact') && kinds[kinds.length - 1] === lastKind;
  if (kinds.every((k) => k === 'exact')) return { tier: TIER.allWords - penalty(guessed), coverage };
  if (allExactBut('prefix')) return { tier: TIER.typing - penalty(guessed), coverage };
  if (kinds.includes('stem')) return { tier: TIER.stem - penalty(guessed), coverage };
  return { tier: TIER.approximate - penalty(guessed), coverage };
}

/** Which level a tier belongs to: only the best level present in a result set is shown. */
function level(tier: number): number {
  return tier >= TIER.approximate - GUESS_PENALTY ? 2 : tier >= TIER.stem - GUESS_PENALTY ? 1 : 0;
}

/** Tie-breaks stay well below the 10 points between tiers: coverage up to 4, primary name 1, fame under 1. */
function bonus(match: KeyMatch, key: NameKey, mentionCount: number): number {
  const fame = Math.min(0.9, Math.log10(1 + Math.max(0, mentionCount)) / 3);
  return 4 * match.coverage + (key.primary ? 1 : 0) + fame;
}

const round = (score: number): number => Math.round(score * 1000) / 1000;

/**
 * Orders candidates by their best-matching name. Three levels: full matches (every query word found),
 * stem matches, partial matches; a level is shown only when no better level has a hit, so the
 * stemmer's and the partial match's looseness never pushes noise under a precise answer.
 */
export function rankCandidates<T>(queryWords: readonly string[], candidates: readonly Candidate<T>[], limit: number): RankedHit<T>[] {
  const hits: (RankedHit<T> & { level: number })[] = [];
  const memo: WordMemo = [];
  for (const candidate of candidates) {
    let best: { score: number; tier: number; matched: string } | undefined;
    for (const key of candidate.keys) {
      const match = matchKey(queryWords, key, memo);
      if (!match) continue;
      const score = match.tier + bonus(match, key, candidate.mentionCount);
      if (!best || score > best.score) best = { score, tier: match.tier, matched: key.display };
    }
    if (best) hits.push({ id: candidate.id, score: round(best.score), matched: best.matched, payload: candidate.payload, level: level(best.tier) });
  }
  const shown = Math.max(-1, ...hits.map((h) => h.level));
  return hits
    .filter((h) => h.level === shown)
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, limit)
    .map(({ id, score, matched, payload }) => ({ id, score, matched, payload }));
}
