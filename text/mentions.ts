/**
 * The mention finder: every occurrence of every alias of every entity in a text, with offsets into the ORIGINAL text.
 * The aliases are compiled once into a radix trie of their normalised forms (`buildMentionIndex`), and a text is
 * read in one pass: at each word start, each clitic the text starts with leads one walk down the trie, so the
 * cost grows with the text and the names that share its prefixes, not with the number of names.
 *
 * Text and aliases are compared after Arabic normalisation (normalize.ts), so hamza, alef, ya, ta marbuta,
 * diacritic and tatweel variation never matter (الامنية = الأمنية, الادارة = الإدارة, أخر = آخر). On top of that:
 *   - clitics: the first word of an alias may carry a proclitic: و ف ب ك ل and their pairs وب فب ول فل وك فك;
 *     before an alias that starts with ال, the clitic ل fuses with it as the article writes it (ل + الادارة = للادارة);
 *   - split words: one stray space inside a word of the text is skipped (الأ بحاث = الأبحاث), flagged `split`;
 *   - joined words: a space of the alias may be missing in the text (عبداللطيف), flagged `joined`;
 *   - one wrong letter: in a word of 6+ letters that is not the first word of the alias, one substituted letter
 *     is forgiven (المففكة for المفككة), flagged `fuzzy`; the exact first word anchors the match;
 *   - quotes between words of the text count as spaces («خلية "أسود الخلافة"»);
 *   - a match starts and ends on word boundaries: a letter/digit run never continues on either side.
 * Overlaps: a match inside a longer match of the SAME entity is dropped (تنظيم داعش swallows داعش); matches of
 * different entities are all kept, because a name that contains another name mentions both
 * («ولاية داعش بالساحل» mentions Daesh and the Sahel).
 */
import { normalizeArabic, normalizeArabicMapped, type MappedText } from './normalize.ts';

export interface AliasSet {
  entityId: string;
  aliases: readonly string[];
  /** A generic name: inside a longer name of another entity it is not a mention of this one. */
  standaloneOnly?: boolean;
}

export type MatchNoise = 'split' | 'joined' | 'fuzzy';

export interface Mention {
  entityId: string;
  /** The alias (as written in the model) that matched. */
  alias: string;
  /** Offsets into the original text; `surface === text.slice(start, end)`. */
  start: number;
  end: number;
  surface: string;
  /** The proclitic in front of the name, normalised ('' when none); it is outside `surface` unless fused (لل). */
  clitic: string;
  noise: MatchNoise[];
}

const CLITICS = ['', 'و', 'ف', 'ب', 'ك', 'ل', 'وب', 'فب', 'ول', 'فل', 'وك', 'فك'] as const;
const QUOTES = /["'“”«»‘’„]/;
const MIN_FUZZY_WORD = 6;

type CharClass = 'letter' | 'digit' | 'other';

function charClass(ch: string | undefined): CharClass {
  if (ch === undefined) return 'other';
  if (/[0-9]/.test(ch)) return 'digit';
  if (/\p{L}/u.test(ch)) return 'letter';
  return 'other';
}

interface PreparedAlias {
  entityId: string;
  alias: string;
  norm: string;
  /** For every index of `norm`: the length of the alias word it belongs to. */
  wordLength: number[];
}

function prepare(entityId: string, alias: string): PreparedAlias | null {
  const norm = normalizeArabic(alias).replace(/["'“”«»‘’„]/g, ' ').replace(/ {2,}/g, ' ').trim();
  if (norm === '') return null;
  const wordLength: number[] = [];
  for (const word of norm.split(' ')) {
    for (let k = 0; k < word.length; k += 1) wordLength.push(word.length);
    wordLength.push(0);
  }
  return { entityId, alias, norm, wordLength };
}

/** A radix-trie node: edges keyed by their label's first character; the aliases whose normalised form ends here. */
interface TrieNode {
  edges: Map<string, { label: string; child: TrieNode }> | null;
  aliases: number[] | null;
}

const node = (): TrieNode => ({ edges: null, aliases: null });

function insert(root: TrieNode, key: string, alias: number): void {
  let at = root;
  let rest = key;
  for (;;) {
    if (rest === '') {
      (at.aliases ??= []).push(alias);
      return;
    }
    at.edges ??= new Map();
    const first = rest[0] ?? '';
    const edge = at.edges.get(first);
    if (!edge) {
      const leaf = node();
      at.edges.set(first, { label: rest, child: leaf });
      (leaf.aliases ??= []).push(alias);
      return;
    }
    let common = 0;
    while (common < edge.label.length && common < rest.length && edge.label[common] === rest[common]) common += 1;
    if (common < edge.label.length) {
      // Split the edge where the key leaves it.
      const middle = node();
      middle.edges = new Map([[edge.label[common] ?? '', { label: edge.label.slice(common), child: edge.child }]]);
      edge.label = edge.label.slice(0, common);
      edge.child = middle;
    }
    at = edge.child;
    rest = rest.slice(common);
  }
}

/**
 * The names of a set of entities compiled for finding: aliases whose normalised form starts with the article
 * «ال» live in their own trie without the «ا», because a clitic «ل» fuses with it as Arabic writes it (للادارة).
 */
export interface MentionIndex {
  aliases: readonly PreparedAlias[];
  /** Aliases that start with «ال», keyed from their second character. */
  withArticle: TrieNode;
  /** Every other alias, keyed from its first character. */
  others: TrieNode;
  standaloneOnly: ReadonlySet<string>;
}

export function buildMentionIndex(entities: readonly AliasSet[]): MentionIndex {
  const index = { aliases: [] as PreparedAlias[], withArticle: node(), others: node(), standaloneOnly: new Set<string>() };
  addToIndex(index, entities, () => false);
  return index;
}

/** Adds names to an index in place; `has(entityId, alias)` says which it holds already. */
function addToIndex(
  index: { aliases: PreparedAlias[]; withArticle: TrieNode; others: TrieNode; standaloneOnly: Set<string> },
  entities: readonly AliasSet[],
  has: (entityId: string, alias: string) => boolean,
): void {
  for (const e of entities) {
    for (const alias of new Set(e.aliases)) {
      if (has(e.entityId, alias)) continue;
      const prepared = prepare(e.entityId, alias);
      if (prepared === null) continue;
      const at = index.aliases.push(prepared) - 1;
      if (prepared.norm.startsWith('ال')) insert(index.withArticle, prepared.norm.slice(1), at);
      else insert(index.others, prepared.norm, at);
    }
    if (e.standaloneOnly === true) index.standaloneOnly.add(e.entityId);
  }
  // The letters-only view copies the root's edges: a new first letter must show in it.
  lettersOnlyCache.delete(index.others);
}

/** Where a walk down the trie stands: text position, alias position, and the slips used so far. */
interface WalkState {
  j: number;
  i: number;
  prev: string;
  firstWord: boolean;
  split: boolean;
  fuzzyAt: number;
  noise: MatchNoise[];
}

interface RawMatch {
  alias: number;
  end: number;
  noise: MatchNoise[];
}

/**
 * One step of the match: the alias character `ac` against the text at `st.j`, with the same tolerance as
 * always (see the top of this file). At most one of the rules applies to a given character, so a walk never
 * has to choose; it branches only over the trie's edges.
 */
function step(norm: string, st: WalkState, ac: string): WalkState | null {
  if (ac === ' ') {
    let k = st.j;
    while (k < norm.length && (norm[k] === ' ' || QUOTES.test(norm[k] ?? ''))) k += 1;
    const noise: MatchNoise[] = k === st.j && !st.noise.includes('joined') ? [...st.noise, 'joined'] : st.noise;
    return { ...st, j: k, i: st.i + 1, prev: ac, firstWord: false, noise };
  }
  const tc = norm[st.j];
  if (tc === ' ' && st.i > 0 && st.prev !== ' ' && !st.split) {
    // A stray space inside a word of the text: one is forgiven, between two letters only.
    if (charClass(norm[st.j - 1]) === 'letter' && charClass(norm[st.j + 1]) === 'letter' && norm[st.j + 1] === ac) {
      const noise: MatchNoise[] = st.noise.includes('split') ? st.noise : [...st.noise, 'split'];
      return { ...st, j: st.j + 2, i: st.i + 1, prev: ac, split: true, noise };
    }
  }
  if (tc === ac) return { ...st, j: st.j + 1, i: st.i + 1, prev: ac };
  if (st.fuzzyAt < 0 && !st.firstWord && tc !== undefined && charClass(tc) === 'letter' && charClass(ac) === 'letter') {
    const noise: MatchNoise[] = st.noise.includes('fuzzy') ? st.noise : [...st.noise, 'fuzzy'];
    return { ...st, j: st.j + 1, i: st.i + 1, prev: ac, fuzzyAt: st.i, noise };
  }
  return null;
}

function walk(norm: string, index: MentionIndex, at: TrieNode, st: WalkState, out: RawMatch[]): void {
  if (at.aliases !== null) {
    // The match must end on a boundary: the next character is not of the class of the last one.
    const next = charClass(norm[st.j]);
    if (!(next !== 'other' && next === charClass(norm[st.j - 1]))) {
      for (const alias of at.aliases) {
        const prepared = index.aliases[alias];
        // One wrong letter is forgiven in a word of 6+ letters only (the first word is never fuzzy).
        if (st.fuzzyAt >= 0 && (prepared?.wordLength[st.fuzzyAt] ?? 0) < MIN_FUZZY_WORD) continue;
        out.push({ alias, end: st.j, noise: st.noise });
      }
    }
  }
  if (at.edges === null) return;
  const tc = norm[st.j];
  const fuzzy = st.fuzzyAt < 0 && !st.firstWord && tc !== undefined && charClass(tc) === 'letter';
  const candidates = fuzzy
    ? at.edges.values()
    : [at.edges.get(' '), tc === undefined || tc === ' ' ? undefined : at.edges.get(tc), tc === ' ' ? at.edges.get(norm[st.j + 1] ?? '') : undefined];
  for (const edge of candidates) {
    if (edge === undefined) continue;
    let state: WalkState | null = st;
    for (let k = 0; k < edge.label.length && state !== null; k += 1) state = step(norm, state, edge.label[k] ?? '');
    if (state !== null) walk(norm, index, edge.child, state, out);
  }
}

/** Word starts of the normalised text: where a letter or digit run begins. */
function wordStarts(norm: string): number[] {
  const starts: number[] = [];
  for (let p = 0; p < norm.length; p += 1) {
    const c = charClass(norm[p]);
    if (c !== 'other' && c !== charClass(norm[p - 1])) starts.push(p);
  }
  return starts;
}

/** Original offsets of a normalised span; the end is widened over marks removed right after the last letter. */
function originalSpan(mapped: MappedText, original: string, start: number, end: number): { start: number; end: number } {
  const s = mapped.origin[start] ?? 0;
  let e = (mapped.origin[end - 1] ?? s) + 1;
  while (e < original.length && /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/.test(original[e] ?? '')) e += 1;
  return { start: s, end: e };
}

const fresh = (j: number, i: number, prev: string): WalkState => ({ j, i, prev, firstWord: true, split: false, fuzzyAt: -1, noise: [] });

/** The matches starting at word start `p`, for each alias the first clitic (in CLITICS order) that makes it match. */
function matchesAt(norm: string, index: MentionIndex, p: number): Map<number, { nameStart: number; end: number; clitic: string; noise: MatchNoise[] }> {
  const best = new Map<number, { nameStart: number; end: number; clitic: string; noise: MatchNoise[] }>();
  for (const clitic of CLITICS) {
    if (clitic !== '' && !norm.startsWith(clitic, p)) continue;
    const j = p + clitic.length;
    const found: { raw: RawMatch; nameStart: number }[] = [];
    const collect = (nameStart: number, from: TrieNode, st: WalkState): void => {
      const raw: RawMatch[] = [];
      walk(norm, index, from, st, raw);
      for (const r of raw) found.push({ raw: r, nameStart });
    };
    // A clitic stands only before a name that starts with a letter.
    const others = clitic === '' ? index.others : lettersOnly(index.others);
    collect(j, others, fresh(j, 0, ''));
    if (clitic.endsWith('ل')) {
      // Fused: ل + الادارة is written للادارة; the name starts at the clitic's ل.
      collect(j - 1, index.withArticle, fresh(j, 1, 'ا'));
    } else if (norm[j] === 'ا') {
      collect(j, index.withArticle, fresh(j + 1, 1, 'ا'));
    }
    for (const { raw, nameStart } of found) {
      if (!best.has(raw.alias)) best.set(raw.alias, { nameStart, end: raw.end, clitic, noise: raw.noise });
    }
  }
  return best;
}

const lettersOnlyCache = new WeakMap<TrieNode, TrieNode>();

/** The trie without the names whose first character is not a letter (digits, punctuation). */
function lettersOnly(root: TrieNode): TrieNode {
  let cached = lettersOnlyCache.get(root);
  if (!cached) {
    const edges = root.edges === null ? null : new Map([...root.edges].filter(([first]) => charClass(first) === 'letter'));
    cached = { edges, aliases: null };
    lettersOnlyCache.set(root, cached);
  }
  return cached;
}

/** Every occurrence of every name of the index in `text`, sorted by position then entity id. */
export function findMentionsWith(index: MentionIndex, text: string): Mention[] {
  const mapped = normalizeArabicMapped(text);
  const norm = mapped.text;
  const found: Mention[] = [];
  for (const p of wordStarts(norm)) {
    const best = matchesAt(norm, index, p);
    for (const alias of [...best.keys()].sort((a, b) => a - b)) {
      const m = best.get(alias);
      const prepared = index.aliases[alias];
      if (!m || !prepared) continue;
      const span = originalSpan(mapped, text, m.nameStart, m.end);
      found.push({
        entityId: prepared.entityId,
        alias: prepared.alias,
        start: span.start,
        end: span.end,
        surface: text.slice(span.start, span.end),
        clitic: m.clitic,
        noise: [...m.noise],
      });
    }
  }
  return resolveOverlaps(found, index.standaloneOnly);
}

/** Every occurrence of every alias of every entity in `text`, sorted by position then entity id. */
export function findMentions(text: string, entities: readonly AliasSet[]): Mention[] {
  return findMentionsWith(buildMentionIndex(entities), text);
}

/**
 * Drops duplicates and matches contained in a longer match of the same entity (preferring exact over noisy
 * matches), and matches of `standaloneOnly` entities contained in a longer match of another entity.
 */
export function resolveOverlaps(mentions: readonly Mention[], standaloneOnly: ReadonlySet<string> = new Set()): Mention[] {
  const ordered = [...mentions].sort(
    (x, y) => y.end - y.start - (x.end - x.start) || x.noise.length - y.noise.length || x.start - y.start,
  );
  const kept: Mention[] = [];
  for (const m of ordered) {
    const inside = kept.some(
      (k) =>
        k.start <= m.start &&
        m.end <= k.end &&
        (k.entityId === m.entityId || (standaloneOnly.has(m.entityId) && k.end - k.start > m.end - m.start)),
    );
    if (!inside) kept.push(m);
  }
  return kept.sort((x, y) => x.start - y.start || x.end - y.end || x.entityId.localeCompare(y.entityId));
}

/**
 * A finder prepared once for a set of entities and used on many texts: what ingestion keeps per graph
 * version. `find(text)` returns what `findMentions(text, entities)` returns.
 */
export interface MentionFinder {
  find(text: string): Mention[];
  /**
   * Adds entities, or names of entities it has, in place: afterwards `find(text)` returns what a finder
   * built over all of them returns. Names are only ever added (a finder for fewer names is built anew).
   */
  extend(entities: readonly AliasSet[]): void;
  /** How many names (aliases) it searches for. */
  readonly size: number;
}

export function createMentionFinder(entities: readonly AliasSet[]): MentionFinder {
  const index = { aliases: [] as PreparedAlias[], withArticle: node(), others: node(), standaloneOnly: new Set<string>() };
  addToIndex(index, entities, () => false);
  // Which names each entity has, to add only new ones; built on the first extension (the first build needs none).
  let held: Map<string, Set<string>> | null = null;
  return {
    find: (text) => findMentionsWith(index, text),
    extend(more) {
      if (held === null) {
        held = new Map();
        for (const a of index.aliases) (held.get(a.entityId) ?? held.set(a.entityId, new Set()).get(a.entityId))?.add(a.alias);
      }
      const known = held;
      addToIndex(index, more, (id, alias) => known.get(id)?.has(alias) === true);
      for (const e of more) {
        const names = known.get(e.entityId) ?? new Set<string>();
        for (const alias of e.aliases) names.add(alias);
        known.set(e.entityId, names);
      }
    },
    get size() {
      return index.aliases.length;
    },
  };
}
