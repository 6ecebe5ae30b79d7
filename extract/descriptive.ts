/**
 * Descriptive coreference to known entities (`coref.description`, ADR 0016, fourth round). An article that revisits
 * what the graph knows names it by a description rather than by its name: «الاستراتيجية الشاملة التي يعتمدها
 * المغرب» for «الاستراتيجية المنسجمة للمغرب», «أكثر من 40 خلية مرتبطة بالتنظيمات الإرهابية الناشطة في الساحل»
 * for «أزيد من 40 خلية مرتبطة بالتنظيمات الإرهابية بالساحل», «قيادي في ولاية داعش بالساحل» for «قيادي بارز في تنظيم
 * داعش بمنطقة الساحل الإفريقي».
 *
 * A description is a head class (the noun: «مقاربة», «سياسة», «استراتيجية» are one class), its number (plural heads
 * are other things than singular ones: «التنظيمات» are not «تنظيم داعش»), a count, and its distinctive modifiers
 * (stems, with a few genre synonyms: «مندمجة» = «منسجمة» = «شاملة»; «المفككة» = «تم تفكيكها»); the genre's
 * everyday modifiers («الإرهابية», «الأمنية», «الناشطة») say nothing. The index is built once per extractor, keyed by
 * kind, head and one modifier (or the count), so a draft looks up a handful of keys and never scans the known
 * entities; a key many entities share is passed over (it names a category, not one thing).
 *
 * A draft links when one known entity shares more of its modifiers than any other and
 * - it is a person sharing two modifiers («قيادي» + «داعش» + «الساحل»), or
 * - it is definite («الخلايا التي تم تفكيكها») or counted with the known entity's count, sharing one (a group of
 *   people, definite, shares two: every article's suspects «بايعوا داعش», and one modifier makes them only possibly
 *   the same);
 * - it is definite and counted with the known count of its head, with no modifier at all («المتطرفين الاثني عشر»).
 * Several at the top → `possiblySameAs`, never a silent merge.
 */
import type { EntityKind } from '../contract/kinds.ts';
import { nameKey } from './resolve.ts';
import type { KnownEntity } from './types.ts';

/** Beyond this many entities under one key the key names a category and is not looked up. */
const CROWDED = 5;

/** Head classes by stem: nouns an analyst takes for the same thing. */
const HEAD_CLASS: ReadonlyMap<string, string> = new Map([
  ...['مقارب', 'سياس', 'استراتيج', 'خطه'].map((s) => [s, 'policy'] as const),
  // «الخلايا» stems to «خلا» (the broken plural's «ي» goes with the nisba rule)
  ...['خلي', 'خلاي', 'خلا'].map((s) => [s, 'cell'] as const),
  ...['تنظيم', 'جماع', 'منظم'].map((s) => [s, 'organisation'] as const),
  ...['مخطط', 'مشروع'].map((s) => [s, 'plot'] as const),
  // a senior member is not the organisation's emir or chief
  ...['قياد'].map((s) => [s, 'senior'] as const),
  ...['زعيم', 'امير', 'قائد'].map((s) => [s, 'chief'] as const),
  ...['متطرف', 'موقوف', 'مشتبه'].map((s) => [s, 'extremist'] as const),
  ...['مخب'].map((s) => [s, 'cache'] as const),
]);
const HEAD_CLASS_NAMES: ReadonlySet<string> = new Set(HEAD_CLASS.values());
/** Broken plurals (their stem does not show the number). */
const BROKEN_PLURALS: ReadonlySet<string> = new Set(['خلايا', 'قاده', 'زعماء', 'زعما', 'امراء', 'امرا', 'مخابي', 'مشاريع']);
/** Heads a count makes plural whatever the noun's own number: a counted cell is written «40 خلية» (or in words). */
const NUMBERLESS: ReadonlySet<string> = new Set(['cell', 'extremist']);

/** Modifier synonyms by stem. */
const MODIFIER_CLASS: ReadonlyMap<string, string> = new Map([
  ...['مندمج', 'منسجم', 'متكامل', 'شامل', 'مدمج', 'تدمج'].map((s) => [s, 'integrated'] as const),
  ...['مفكك', 'تفكيك', 'فكك', 'فككت'].map((s) => [s, 'dismantled'] as const),
  ...['مرتبط', 'ارتباط', 'مرتبطه', 'صل', 'علاق'].map((s) => [s, 'linked'] as const),
  ...['استباق'].map((s) => [s, 'proactive'] as const),
]);
/** Words that describe nothing in particular in the genre. */
const EMPTY: ReadonlySet<string> = new Set([
  'في', 'من', 'على', 'الى', 'الي', 'عن', 'مع', 'بين', 'التي', 'الذي', 'الذين', 'اللذين', 'اللتين', 'تم', 'كان', 'كانت', 'منذ', 'سنه', 'عام',
  'اكثر', 'ازيد', 'اقل', 'عدد', 'عده', 'ارهاب', 'امن', 'ناشط', 'نشط', 'بارز', 'منطق', 'ولاي', 'تنظيم', 'جماع', 'جنوب', 'شمال', 'مكافح',
  'محارب', 'مواجه', 'تطرف', 'عنيف', 'يعتمد', 'تعتمد', 'اعتمد', 'بها', 'لها', 'له', 'هذه', 'هذا', 'ذلك', 'تلك', 'كل', 'جديد', 'اخر', 'اخير',
  'اول', 'ثان', 'خطير', 'خطور', 'بالغ', 'مختلف', 'عمل', 'عمليات', 'اطار', 'اجل', 'قد', 'ما', 'او', 'و', 'ثم', 'حيث', 'وطن', 'دول', 'دولي',
  'مصالح', 'اجهز', 'سلطات',
  // number words: a count is read from the draft, not as a modifier
  'احد', 'اثن', 'اثنا', 'عشر', 'ثلاث', 'اربع', 'خمس', 'ست', 'سبع', 'ثمان', 'تسع', 'عشرين',
]);

export interface Description {
  head: string;
  plural: boolean;
  count: number | null;
  modifiers: Set<string>;
}

/** A word's stem: proclitic + article, plural and feminine endings, possessive pronouns, the nisba ya. */
export function stem(word: string): string {
  let w = word.replace(/[أإآ]/gu, 'ا').replace(/ة/gu, 'ه').replace(/ى/gu, 'ي').replace(/^(و|ف)?(ب|ل|ك)?ال(?=\S{2})/u, '').replace(/^لل(?=\S{2})/u, '');
  w = w.replace(/(ها|هم|هما)$/u, (m) => (w.length - m.length >= 3 ? '' : m));
  for (const suffix of ['يات', 'ات', 'يين', 'ين', 'يون', 'ون', 'يه', 'ه', 'ا']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  if (w.endsWith('ي') && w.length >= 4) w = w.slice(0, -1);
  return w;
}

const pluralWord = (raw: string): boolean => /(ات|ين|ون)$/u.test(raw) || BROKEN_PLURALS.has(raw.replace(/^(و|ف)?(ب|ل|ك)?ال/u, ''));

/** The description a name (with the words that follow its mention) gives, or null when it has no head noun. */
export function describe(text: string): Description | null {
  const words = nameKey(text).split(' ').filter((w) => w !== '');
  let head: string | null = null;
  let plural = false;
  let count: number | null = null;
  const modifiers = new Set<string>();
  for (const raw of words) {
    if (/^\d+$/.test(raw)) {
      if (head === null && count === null) count = Number(raw);
      continue;
    }
    const s = stem(raw);
    if (head === null) {
      // an indefinite head keeps its proclitics («بقيادي», «وخلية»)
      const bare = [s, stem(raw.slice(1)), stem(raw.slice(2))].find((x) => HEAD_CLASS.has(x));
      const cls = bare === undefined ? undefined : HEAD_CLASS.get(bare);
      if (cls === undefined && EMPTY.has(s)) continue;
      head = cls ?? s;
      plural = pluralWord(raw) || count !== null;
      continue;
    }
    if (s.length < 3 || EMPTY.has(s) || EMPTY.has(raw)) continue;
    modifiers.add(MODIFIER_CLASS.get(s) ?? s);
  }
  if (head === null) return null;
  return { head, plural, count, modifiers };
}

const headKey = (kind: EntityKind, d: Description): string => `${kind}|${d.head}|${d.plural ? 'p' : 's'}`;

export interface DescriptionIndex {
  /** `kind|head|number|modifier` and `kind|head|number|#count` → known ids. */
  keys: Map<string, Set<string>>;
  /** Each indexed entity's descriptions (one per Arabic name). */
  descriptions: Map<string, Description[]>;
  /** `kind|head|number` → known ids, whatever their modifiers: things told apart by where they are or by being the one. */
  heads: Map<string, Set<string>>;
  /** The name keys of the entities under `heads`: a site is named by its place («Weapons cache in Errachidia Province»). */
  names: Map<string, string[]>;
  /** `kind|head|p` → collectives named by their head alone («التنظيمات والجماعات الإرهابية»): things in general. */
  bare: Map<string, Set<string>>;
}

export function buildDescriptionIndex(known: readonly KnownEntity[]): DescriptionIndex {
  const index: DescriptionIndex = { keys: new Map(), descriptions: new Map(), heads: new Map(), names: new Map(), bare: new Map() };
  extendDescriptionIndex(index, known);
  return index;
}

export function extendDescriptionIndex(index: DescriptionIndex, known: readonly KnownEntity[]): void {
  for (const k of known) {
    for (const name of new Set(k.names)) {
      if (!/[\u0600-\u06FF]/u.test(name)) continue;
      const d = describe(name);
      if (d !== null && HEAD_CLASS_NAMES.has(d.head)) {
        const ids = index.heads.get(headKey(k.kind, d)) ?? index.heads.set(headKey(k.kind, d), new Set()).get(headKey(k.kind, d));
        ids?.add(k.id);
        if (!index.names.has(k.id)) index.names.set(k.id, k.names.map((n) => nameKey(n).toLowerCase()));
        if (d.plural && d.modifiers.size === 0 && d.count === null) {
          const ids = index.bare.get(headKey(k.kind, d)) ?? index.bare.set(headKey(k.kind, d), new Set()).get(headKey(k.kind, d));
          ids?.add(k.id);
        }
      }
      if (d === null || (d.modifiers.size === 0 && d.count === null)) continue;
      const list = index.descriptions.get(k.id) ?? index.descriptions.set(k.id, []).get(k.id);
      list?.push(d);
      const base = headKey(k.kind, d);
      for (const key of [...[...d.modifiers].map((m) => `${base}|${m}`), ...(d.count === null ? [] : [`${base}|#${d.count}`])]) {
        const ids = index.keys.get(key) ?? index.keys.set(key, new Set()).get(key);
        ids?.add(k.id);
      }
    }
  }
}

export interface DescriptiveMatch {
  existingId: string | null;
  possibly: string[];
}

/**
 * The known entity a draft of `kind` describes. `texts`: its names and what follows its first mention in its clause;
 * `definite`: its first mention carries the article; `count`: the draft's own count («الاثني عشر» is 12).
 */
export function resolveDescription(kind: EntityKind, texts: readonly string[], definite: boolean, index: DescriptionIndex, count: number | null = null): DescriptiveMatch | null {
  const modifiers = new Set<string>();
  let description: Description | null = null;
  for (const t of texts) {
    const d = describe(t);
    if (d === null) continue;
    if (description === null) description = d;
    else if (d.head !== description.head) continue;
    for (const m of d.modifiers) modifiers.add(m);
  }
  if (description === null) return null;
  const own: Description = count === null ? description : { ...description, count, plural: description.plural || NUMBERLESS.has(description.head) };
  const base = headKey(kind, own);
  // «المتطرفين الاثني عشر» sharing no modifier: a definite description with the known count of that head
  const byCount = (): DescriptiveMatch | null => {
    const ids = own.count === null || !definite ? undefined : index.keys.get(`${base}|#${own.count}`);
    if (ids === undefined || ids.size > CROWDED) return null;
    return ids.size === 1 ? { existingId: [...ids][0] ?? null, possibly: [] } : { existingId: null, possibly: [...ids] };
  };
  const shared = new Map<string, number>();
  for (const m of modifiers) {
    const ids = index.keys.get(`${base}|${m}`);
    if (ids === undefined || ids.size > CROWDED) continue;
    for (const id of ids) shared.set(id, (shared.get(id) ?? 0) + 1);
  }
  const counted = own.count;
  const countIds = counted === null ? undefined : index.keys.get(`${base}|#${counted}`);
  let best = 0;
  for (const n of shared.values()) best = Math.max(best, n);
  const top = [...shared].filter(([, n]) => n === best).map(([id]) => id);
  if (best === 0) return byCount();
  const countAgrees = (id: string): boolean => {
    const theirs = index.descriptions.get(id)?.find((d) => d.count !== null)?.count ?? null;
    return counted === null ? theirs === null : theirs === null || countIds?.has(id) === true;
  };
  const eligible = top.filter((id) => countAgrees(id));
  const countMatch = counted !== null && eligible.some((id) => countIds?.has(id) === true);
  // people are many of the same description: «الموقوفين» who «بايعوا داعش» in one article are not another
  // article's Daesh loyalists unless two modifiers or their count agree
  const enough = kind === 'Person' ? best >= 2 : kind === 'Group' ? (definite && best >= 2) || countMatch : definite || countMatch;
  if (eligible.length === 1 && enough) return { existingId: eligible[0] ?? null, possibly: [] };
  return { existingId: null, possibly: top };
}

const unique = (ids: readonly string[]): DescriptiveMatch | null =>
  ids.length === 0 ? null : ids.length === 1 ? { existingId: ids[0] ?? null, possibly: [] } : { existingId: null, possibly: [...ids] };

/** The known entities of the head and number the first describable text gives, unless the head names a category. */
function sameHead(kind: EntityKind, texts: readonly string[], index: DescriptionIndex): ReadonlySet<string> | undefined {
  const d = texts.map(describe).find((x) => x !== null);
  const ids = d === undefined || d === null ? undefined : index.heads.get(headKey(kind, d));
  return ids === undefined || ids.size > CROWDED ? undefined : ids;
}

/**
 * A site the graph knows by its place: a draft of a head class («مخبأ») lying in a place («بإقليم الرشيدية») is the
 * known entity of that head whose name holds one of that place's names («Weapons cache in Errachidia Province»).
 * `placeNames`: every name of the places the draft lies in.
 */
export function resolveByPlace(kind: EntityKind, texts: readonly string[], placeNames: readonly string[], index: DescriptionIndex): DescriptiveMatch | null {
  const ids = placeNames.length === 0 ? undefined : sameHead(kind, texts, index);
  if (ids === undefined) return null;
  const places = [...new Set(placeNames.map((p) => nameKey(p).toLowerCase()))].filter((p) => p.length >= 4);
  return unique([...ids].filter((id) => (index.names.get(id) ?? []).some((n) => places.some((p) => ` ${n} `.includes(` ${p} `)))));
}

/**
 * «المخطط الإرهابي» met first with the article, in an article that never introduced a plot of its own, is the plot
 * the reader already knows: the one known entity of that head and number (several: only possibly one of them).
 */
export function resolveGiven(kind: EntityKind, texts: readonly string[], index: DescriptionIndex): DescriptiveMatch | null {
  const ids = sameHead(kind, texts, index);
  return ids === undefined ? null : unique([...ids]);
}

/**
 * «التنظيمات الإرهابية» with nothing to tell it apart (no modifier of its own, none shared in its clause) is the
 * collective the graph knows by its head alone («التنظيمات والجماعات الإرهابية»), when it knows one.
 */
export function resolveBare(kind: EntityKind, name: string, index: DescriptionIndex): DescriptiveMatch | null {
  const d = describe(name);
  if (d === null || !d.plural || d.modifiers.size > 0 || d.count !== null) return null;
  const ids = index.bare.get(headKey(kind, d));
  if (ids === undefined || ids.size > CROWDED) return null;
  return unique([...ids]);
}
