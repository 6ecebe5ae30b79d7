/**
 * Entity resolution: which proposed entities are entities the graph already knows.
 *
 * Policy (ADR 0016): a proposal resolves to a known entity of the SAME kind that shares one of its names,
 * normalised (hamza, alef, ya, ta marbuta, diacritics, case, punctuation); gazetteer and lexicon entries bring
 * all their names, so a nickname («البسيج») resolves to the known entity that shares another name of the entry
 * («المكتب المركزي للأبحاث القضائية»). Dates resolve by their ISO value.
 * - one known entity shares a proper name → linked (`existingId`);
 * - several do → `possiblySameAs`, not linked;
 * - only a generic name is shared («بيان», «العملية الأمنية», «خلية إرهابية», «قياديين», «شباب»): for one-off kinds
 *   (events, documents, cells, items, people, organisations, groups of people) → `possiblySameAs`, not linked;
 *   for agencies and places (the institutions and places of one country keep their common names) → linked when
 *   only one shares it. A category of people named by a nationality («المقاتلين المغاربة») is found by its name;
 * - a counted group's name («خمسة عناصر», «5 members») is no name at all: the group of another article with the same
 *   count is at most `possiblySameAs`; nor is an item's («أسلحة بيضاء», «هواتف محمولة»): what one operation seized
 *   is named by what it is, as what another seized is.
 * Zero duplicates: a new entity whose own name equals a name of a known entity is renamed with a qualifier
 * (the article's date or headline words) and lists the known ones it may be.
 */
import type { EntityKind } from '../contract/kinds.ts';
import { normalizeArabicChar, normalizeForSearch } from '../text/normalize.ts';
import type { ArticleAnalysis, EntityDraft } from './article.ts';
import { UNIQUE_KINDS } from './article.ts';
import { isGenericNameOf, type Lexicons } from './lexicons.ts';
import { countAt } from './numbers.ts';
import { tokenize } from './tokens.ts';
import type { KnownEntity } from './types.ts';

/** Beyond this many known entities sharing a generic name, the name proposes none of them for review. */
export const GENERIC_SUGGESTIONS = 5;

export interface KnownIndex {
  /** By name key: the known entities of that name, with the name as given (generic or not is judged on use). */
  byName: ReadonlyMap<string, readonly { id: string; kind: EntityKind; name: string; standaloneOnly: boolean }[]>;
  /** By name key: how many of its entities are of each kind. */
  kindsByName: ReadonlyMap<string, ReadonlyMap<EntityKind, number>>;
  entities: ReadonlyMap<string, KnownEntity>;
}

/** A name for comparison: normalised, and without the article on each word («عبد اللطيف حموشي» = «… الحموشي»). */
const NAME_KEYS = new Map<string, string>();

export function nameKey(name: string): string {
  const cached = NAME_KEYS.get(name);
  if (cached !== undefined) return cached;
  const key = computeNameKey(name);
  if (NAME_KEYS.size > 50_000) NAME_KEYS.clear();
  NAME_KEYS.set(name, key);
  return key;
}

const CHARS = new Map<string, string>();

/** normalizeArabic (text/normalize.ts), with each character's mapping memoised: 100k names fold in a blink. */
function foldArabic(text: string): string {
  let out = '';
  for (const ch of text) {
    let mapped = CHARS.get(ch);
    if (mapped === undefined) {
      mapped = normalizeArabicChar(ch);
      CHARS.set(ch, mapped);
    }
    out += mapped;
  }
  return out.replace(/ {2,}/g, ' ').trim();
}

const LATIN = /[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]/;

function computeNameKey(name: string): string {
  // Without Latin letters, normalizeLatin only drops apostrophes and dots and turns other punctuation into spaces.
  const folded = LATIN.test(name)
    ? normalizeForSearch(name)
    : foldArabic(name)
        .replace(/['’‘ʼʻ`´.]/g, '')
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
  return folded
    .split(' ')
    .map((w) => w.replace(/^ال(?=\S{3})/u, ''))
    .join(' ');
}

interface GrowingIndex extends KnownIndex {
  byName: Map<string, { id: string; kind: EntityKind; name: string; standaloneOnly: boolean }[]>;
  entities: Map<string, KnownEntity>;
  /** The ids listed under each name key: a generic name lists thousands, and each article extends the index. */
  idsByName: Map<string, Set<string>>;
  kindsByName: Map<string, Map<EntityKind, number>>;
}

export function buildKnownIndex(known: readonly KnownEntity[]): KnownIndex {
  const index: GrowingIndex = { byName: new Map(), entities: new Map(), idsByName: new Map(), kindsByName: new Map() };
  addKnown(index, known);
  return index;
}

/**
 * Adds entities, or the names an entity has gained, to an index built by `buildKnownIndex`, in place: it then
 * answers as an index built over all of them. Names are only added; an entity keeps the names it had.
 */
export function extendKnownIndex(index: KnownIndex, known: readonly KnownEntity[]): void {
  addKnown(index as GrowingIndex, known);
}

function addKnown(index: GrowingIndex, known: readonly KnownEntity[]): void {
  const { byName, entities, idsByName, kindsByName } = index;
  for (const e of known) {
    const before = entities.get(e.id);
    entities.set(e.id, before === undefined ? e : { ...e, names: [...new Set([...before.names, ...e.names])] });
    for (const name of new Set(e.names)) {
      const k = nameKey(name);
      if (k === '') continue;
      const ids = idsByName.get(k) ?? idsByName.set(k, new Set()).get(k);
      if (ids === undefined || ids.has(e.id)) continue;
      ids.add(e.id);
      const kinds = kindsByName.get(k) ?? kindsByName.set(k, new Map()).get(k);
      kinds?.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
      const entry = { id: e.id, kind: e.kind, name, standaloneOnly: e.standaloneOnly === true };
      const list = byName.get(k);
      if (list === undefined) byName.set(k, [entry]);
      else list.push(entry);
    }
  }
}

/**
 * A counted group's name («خمسة عناصر», «12 متطرفا», «5 members»): a count and the people counted. It describes the
 * people of one operation and names nobody: two articles' groups of one count are the same only when the text
 * says so (the same cell's members), so such a name links nothing and is not searched for (index.ts).
 */
export function isCountName(name: string, lex: Lexicons): boolean {
  if (/^\d+\s+\p{L}/u.test(name.trim())) return true;
  const tokens = tokenize(name);
  const count = countAt(tokens, 0);
  return count !== null && lex.peoplePlurals.matchAt(tokens, count.last + 1) !== null;
}

/** The names a draft offers for resolution. */
function namesOf(d: EntityDraft, lex: Lexicons): string[] {
  const entry = d.lexiconId === null ? undefined : lex.entities.get(d.lexiconId);
  // The English name a cue rule gives a one-off entity («Search», «Investigation», «5 members», «documents») is the
  // rule's label for what it is, said of every such entity: no name of this one (a lexicon entry's English is).
  const labelled = d.lexiconId === null && UNIQUE_KINDS.has(d.kind);
  const names = [d.name_ar, ...d.aliases_ar, ...(d.name_en === null || labelled ? [] : [d.name_en]), ...d.aliases_latin, ...(entry?.aliases_ar ?? []), ...(entry?.aliases_latin ?? []), ...(d.resolveNames ?? [])];
  if (d.kind === 'Date') {
    const iso = String(d.properties['date'] ?? '');
    if (iso !== '') names.push(iso, iso.replace('/', '-'), iso.replace('/', '–'));
  }
  return [...new Set(names)].filter((n) => n.trim() !== '');
}

export interface Resolution {
  existingId: string | null;
  possibly: string[];
  rule: string | null;
}

export function resolveDraft(d: EntityDraft, index: KnownIndex, lex: Lexicons): Resolution {
  if (d.knownId !== null) return { existingId: d.knownId, possibly: [...d.possibly].filter((id) => id !== d.knownId), rule: null };
  const strong = new Set<string>();
  const weak = new Set<string>();
  const counted = d.properties['count'] !== undefined;
  const specific = new Set(d.specificNames === true ? (d.resolveNames ?? []) : []);
  for (const name of namesOf(d, lex)) {
    const key = nameKey(name);
    const matches = index.byName.get(key) ?? [];
    if (matches.length === 0) continue;
    const generic = d.kind === 'Date' || specific.has(name) ? false : isGenericNameOf(d.kind, name, lex) || (d.kind === 'Group' && (counted || isCountName(name, lex))) || d.kind === 'Item';
    // A generic name many known entities of the kind share («تفكيك» in a corpus) says nothing of any of them.
    if (generic && UNIQUE_KINDS.has(d.kind) && (index.kindsByName.get(key)?.get(d.kind) ?? 0) > GENERIC_SUGGESTIONS) continue;
    for (const m of matches) {
      if (m.kind !== d.kind) continue;
      if (generic || m.standaloneOnly || (!specific.has(name) && (isGenericNameOf(m.kind, m.name, lex) || (m.kind === 'Group' && isCountName(m.name, lex))))) weak.add(m.id);
      else strong.add(m.id);
    }
  }
  const possibly = new Set([...d.possibly]);
  if (strong.size === 1) {
    const id = [...strong][0] ?? null;
    for (const w of weak) if (w !== id) possibly.add(w);
    return { existingId: id, possibly: [...possibly].filter((x) => x !== id), rule: d.lexiconId !== null ? 'resolve.lexicon-name' : 'resolve.name' };
  }
  for (const s of strong) possibly.add(s);
  const linksOnGeneric = !UNIQUE_KINDS.has(d.kind);
  if (strong.size === 0 && weak.size === 1 && linksOnGeneric) {
    const id = [...weak][0] ?? null;
    return { existingId: id, possibly: [...possibly].filter((x) => x !== id), rule: 'resolve.common-name' };
  }
  for (const w of weak) possibly.add(w);
  return { existingId: null, possibly: [...possibly], rule: null };
}

/** True when `name` is a name of some known entity (any kind): proposing it again would be a duplicate. */
export function isKnownName(name: string, index: KnownIndex): boolean {
  const k = nameKey(name);
  return k !== '' && (index.byName.get(k)?.length ?? 0) > 0;
}

export type { ArticleAnalysis };
