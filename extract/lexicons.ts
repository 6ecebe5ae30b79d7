/**
 * The dictionaries of the engine, built once per process from extract/data/: the place gazetteer (Morocco's
 * regions, provinces, cities and districts; the world's countries, major cities and zones), the lexicon of
 * well-known institutions and organisations, the nisba adjectives of countries, and the cue words of each
 * entity kind. None depends on the known entities, so every extractor shares them.
 */
import type { EntityKind } from '../contract/kinds.ts';
import { COORDINATES } from './data/coordinates.ts';
import { COUNTRIES } from './data/countries.ts';
import { COUNTRY_EXTRAS, nisbaForms } from './data/country-extras.ts';
import { INSTITUTIONS } from './data/institutions.ts';
import { MOROCCO_PLACES } from './data/morocco.ts';
import * as V from './data/vocabulary.ts';
import { WORLD_CITIES, WORLD_ZONES } from './data/world-places.ts';
import { PhraseIndex } from './phrase-index.ts';
import { slugify } from './slug.ts';
import { normalizeWord as normalize, stripArticle, tokenize } from './tokens.ts';
import type { PropertyValue } from './types.ts';

export interface LexiconEntity {
  id: string;
  kind: EntityKind;
  name_ar: string;
  name_en: string;
  aliases_ar: string[];
  aliases_latin: string[];
  description: string | null;
  properties: Record<string, PropertyValue>;
  /** Also an everyday word: a place only with a cue. */
  common: boolean;
  /** The unit it lies in / the body it is part of, by lexicon id. */
  within?: string;
  /** ISO country of an agency, for BASED_IN. */
  country?: string;
  rule: string;
  confidence: number;
}

export interface Lexicons {
  entities: ReadonlyMap<string, LexiconEntity>;
  /** Place and institution names. */
  names: PhraseIndex<LexiconEntity>;
  /** Nisba adjectives («الإسبانية», «المغاربة») → the country. */
  nisbas: PhraseIndex<LexiconEntity>;
  countryByCode: ReadonlyMap<string, LexiconEntity>;
  agencyHeads: PhraseIndex<string>;
  organizationHeads: PhraseIndex<string>;
  organizationPlurals: PhraseIndex<string>;
  namingPhrases: PhraseIndex<string>;
  extremistAdjectives: PhraseIndex<string>;
  personTitles: PhraseIndex<(typeof V.PERSON_TITLES)[number]>;
  givenNames: PhraseIndex<string>;
  peoplePlurals: PhraseIndex<{ ar: string; en: string }>;
  rolePlurals: PhraseIndex<(typeof V.ROLE_PLURALS)[number]>;
  peopleSingulars: PhraseIndex<string>;
  suspectAnaphors: PhraseIndex<string>;
  suspectSingulars: PhraseIndex<string>;
  suspectSingularAnaphors: PhraseIndex<string>;
  collectiveHeads: PhraseIndex<{ ar: string; en: string }>;
  /** `suffixed`: the verbal noun with an object pronoun («توقيفه», «تفكيكها», «إحداثه»). */
  eventTriggers: PhraseIndex<(typeof V.EVENT_TRIGGERS)[number] & { suffixed?: boolean }>;
  seizureTriggers: PhraseIndex<string>;
  quantityNouns: PhraseIndex<string>;
  itemHeads: PhraseIndex<{ ar: string; en: string }>;
  statementHeads: PhraseIndex<(typeof V.STATEMENT_HEADS)[number]>;
  policyHeads: PhraseIndex<(typeof V.POLICY_HEADS)[number]>;
  reportingVerbs: PhraseIndex<string>;
  placeCues: PhraseIndex<string>;
  placeHeads: PhraseIndex<string>;
  commonWords: ReadonlySet<string>;
}

/** Cue phrases written with the article keep it («الكشف» the verbal noun is not «كشف» the verb). */
function indexOf<T>(items: readonly T[], phrase: (t: T) => string): PhraseIndex<T> {
  const index = new PhraseIndex<T>();
  for (const item of items) index.add(phrase(item), item, { needsArticle: true });
  return index;
}
const words = (list: readonly string[]): PhraseIndex<string> => indexOf(list, (w) => w);
/** Phrases whose first word must keep its article («المعتقلين» points back; «معتقلين» introduces). */
function definiteWords(list: readonly string[]): PhraseIndex<string> {
  const index = new PhraseIndex<string>();
  for (const w of list) index.add(w, w, { needsArticle: true });
  return index;
}

const PLACE_TYPE: Readonly<Record<string, string>> = { region: 'region', province: 'province', city: 'city', neighbourhood: 'neighbourhood' };

function coordinatesOf(id: string): Record<string, PropertyValue> {
  const c = COORDINATES[id];
  return c === undefined ? {} : { lat: c[0], lon: c[1], coordinates_precision: c[2] };
}

function build(): Lexicons {
  const entities = new Map<string, LexiconEntity>();
  const add = (e: LexiconEntity): void => {
    if (entities.has(e.id)) throw new Error(`extract/data: duplicate lexicon id ${e.id}`);
    entities.set(e.id, e);
  };
  const countryByCode = new Map<string, LexiconEntity>();
  for (const c of COUNTRIES) {
    const extra = COUNTRY_EXTRAS[c.code] ?? {};
    const id = slugify(c.en);
    const e: LexiconEntity = {
      id,
      kind: 'Place',
      name_ar: c.ar,
      name_en: c.en,
      aliases_ar: [...new Set([c.ar, ...(extra.aliases ?? [])])],
      aliases_latin: [...new Set([c.en, c.fr, ...c.latin])],
      description: null,
      properties: { place_type: 'country', lat: c.lat, lon: c.lon, coordinates_precision: 'area', country_code: c.code },
      common: extra.common === true,
      rule: 'gazetteer.country',
      confidence: 0.9,
    };
    add(e);
    countryByCode.set(c.code, e);
  }
  for (const p of MOROCCO_PLACES) {
    add({
      id: p.id,
      kind: 'Place',
      name_ar: p.ar[0] ?? '',
      name_en: p.en,
      aliases_ar: [...p.ar],
      aliases_latin: [...new Set([p.en, ...p.latin])],
      description: null,
      properties: {
        place_type: PLACE_TYPE[p.type] ?? 'city',
        ...coordinatesOf(p.id),
        country_code: 'MA',
        ...(p.admin === undefined ? {} : { admin_type: p.admin }),
      },
      common: p.common === true,
      within: p.in ?? (p.type === 'region' ? 'morocco' : undefined),
      rule: `gazetteer.morocco.${p.type}`,
      confidence: p.common === true ? 0.8 : 0.9,
    });
  }
  for (const p of [...WORLD_CITIES, ...WORLD_ZONES]) {
    const country = p.country === '' ? undefined : countryByCode.get(p.country);
    add({
      id: p.id,
      kind: 'Place',
      name_ar: p.ar[0] ?? '',
      name_en: p.en,
      aliases_ar: [...p.ar],
      aliases_latin: [...new Set([p.en, ...p.latin])],
      description: null,
      properties: { place_type: p.type, ...coordinatesOf(p.id), ...(p.country === '' ? {} : { country_code: p.country }) },
      common: p.common === true,
      ...(country === undefined ? {} : { within: country.id }),
      rule: p.type === 'city' ? 'gazetteer.world.city' : 'gazetteer.world.zone',
      confidence: 0.85,
    });
  }
  for (const inst of INSTITUTIONS) {
    const country = inst.country === undefined ? undefined : countryByCode.get(inst.country);
    add({
      id: inst.id,
      kind: inst.kind,
      name_ar: inst.ar[0] ?? '',
      name_en: inst.en,
      aliases_ar: [...inst.ar],
      aliases_latin: [...inst.latin],
      description: inst.description ?? null,
      properties: inst.orgType === undefined ? {} : { org_type: inst.orgType },
      common: false,
      ...(inst.partOf === undefined ? {} : { within: inst.partOf }),
      ...(country === undefined ? {} : { country: country.id }),
      rule: inst.kind === 'Agency' ? 'lexicon.agency' : inst.kind === 'Person' ? 'lexicon.person' : 'lexicon.organization',
      confidence: 0.9,
    });
  }
  const names = new PhraseIndex<LexiconEntity>();
  for (const e of entities.values()) {
    // «الرباط», «العيون», «الجديدة»: without their article these are other words
    for (const name of e.aliases_ar) names.add(name, e, { needsArticle: true });
  }
  // short names that are everyday words («البيضاء»): the same place, read only with a cue
  for (const p of MOROCCO_PLACES) {
    const e = entities.get(p.id);
    if (e === undefined) continue;
    for (const name of p.commonAliases ?? []) names.add(name, { ...e, common: true, rule: `${e.rule}.short` }, { needsArticle: true });
  }
  const nisbas = new PhraseIndex<LexiconEntity>();
  for (const [code, extra] of Object.entries(COUNTRY_EXTRAS)) {
    const country = countryByCode.get(code);
    if (country === undefined) continue;
    for (const stem of extra.nisba ?? []) for (const form of nisbaForms(stem)) nisbas.add(form, country);
    for (const plural of extra.plural ?? []) {
      nisbas.add(plural, country);
      nisbas.add(`ال${plural}`, country);
    }
  }
  const commonWords = new Set<string>();
  const addCommon = (phrase: string): void => {
    for (const w of phrase.split(/\s+/)) commonWords.add(normalize(w));
  };
  for (const list of [V.COMMON_WORDS, V.AGENCY_HEADS, V.ORGANIZATION_HEADS, V.ORGANIZATION_PLURALS, V.EXTREMIST_ADJECTIVES, V.CELL_SINGULAR, V.CELL_PLURAL, V.DEMONSTRATIVES, V.SUSPECT_ANAPHORS, V.QUANTITY_NOUNS]) {
    for (const w of list) addCommon(w);
  }
  for (const t of V.EVENT_TRIGGERS) addCommon(t.ar);
  for (const t of V.PERSON_TITLES) addCommon(t.ar);
  for (const t of V.PEOPLE_PLURALS) addCommon(t.ar);
  for (const t of V.ROLE_PLURALS) addCommon(t.ar);
  for (const w of [...V.SUSPECT_SINGULARS, ...V.SUSPECT_SINGULAR_ANAPHORS]) addCommon(w);
  for (const t of V.COLLECTIVE_HEADS) addCommon(t.ar);
  for (const t of V.ITEM_HEADS) addCommon(t.ar);
  for (const t of V.STATEMENT_HEADS) addCommon(t.ar);
  for (const t of V.POLICY_HEADS) addCommon(t.ar);
  // The English label the lexicon gives a generic word is as generic as the word: every article's «البحث» is
  // "Investigation", every counted group is "N members"; a shared label says nothing of which one it is.
  for (const list of [V.EVENT_TRIGGERS, V.PEOPLE_PLURALS, V.COLLECTIVE_HEADS, V.ITEM_HEADS, V.STATEMENT_HEADS]) for (const t of list) addCommon(t.en);

  return {
    entities,
    names,
    nisbas,
    countryByCode,
    agencyHeads: words(V.AGENCY_HEADS),
    organizationHeads: words(V.ORGANIZATION_HEADS),
    organizationPlurals: words(V.ORGANIZATION_PLURALS),
    namingPhrases: words(V.NAMING_PHRASES),
    extremistAdjectives: words(V.EXTREMIST_ADJECTIVES),
    personTitles: indexOf(V.PERSON_TITLES, (t) => t.ar),
    givenNames: words(V.GIVEN_NAMES),
    peoplePlurals: indexOf(V.PEOPLE_PLURALS, (t) => t.ar),
    rolePlurals: indexOf(V.ROLE_PLURALS, (t) => t.ar),
    peopleSingulars: words(V.PEOPLE_SINGULARS),
    suspectAnaphors: definiteWords(V.SUSPECT_ANAPHORS),
    suspectSingulars: words(V.SUSPECT_SINGULARS),
    suspectSingularAnaphors: definiteWords(V.SUSPECT_SINGULAR_ANAPHORS),
    collectiveHeads: indexOf(V.COLLECTIVE_HEADS, (t) => t.ar),
    eventTriggers: eventTriggerIndex(),
    seizureTriggers: words(V.SEIZURE_TRIGGERS),
    quantityNouns: words(V.QUANTITY_NOUNS),
    itemHeads: indexOf(V.ITEM_HEADS, (t) => t.ar),
    statementHeads: indexOf(V.STATEMENT_HEADS, (t) => t.ar),
    policyHeads: indexOf(V.POLICY_HEADS, (t) => t.ar),
    reportingVerbs: words(V.REPORTING_VERBS),
    placeCues: words(V.PLACE_CUES),
    placeHeads: words(V.PLACE_HEADS),
    commonWords,
  };
}


/** The trigger words, and the verbal nouns of acts on someone with the object pronoun glued on. */
function eventTriggerIndex(): PhraseIndex<(typeof V.EVENT_TRIGGERS)[number] & { suffixed?: boolean }> {
  const index = indexOf<(typeof V.EVENT_TRIGGERS)[number] & { suffixed?: boolean }>(V.EVENT_TRIGGERS, (t) => t.ar);
  const acts: ReadonlySet<string> = new Set(['arrest', 'dismantling', 'raid', 'search', 'killing', 'trial', 'founding', 'investigation', 'verdict']);
  for (const t of V.EVENT_TRIGGERS) {
    if (!acts.has(t.type) || t.ar.includes(' ') || t.ar.startsWith('ال') || VERB_FORMS.has(t.ar)) continue;
    const stem = t.ar.endsWith('ة') ? `${t.ar.slice(0, -1)}ت` : t.ar;
    for (const pronoun of ['ه', 'ها', 'هم', 'هما']) index.add(`${stem}${pronoun}`, { ...t, suffixed: true });
  }
  // «أوقفتهم عناصر المكتب»: a past verb of arrest or dismantling with its object pronoun
  for (const t of V.EVENT_TRIGGERS) {
    if (!['arrest', 'dismantling', 'raid'].includes(t.type) || !V.VERB_TRIGGERS.has(t.ar) || !/^(أ|ا|ف|د)/.test(t.ar)) continue;
    for (const pronoun of ['ه', 'ها', 'هم', 'هما']) index.add(`${t.ar}${pronoun}`, { ...t, suffixed: true });
  }
  return index;
}
const VERB_FORMS: ReadonlySet<string> = new Set([...V.VERB_TRIGGERS, 'قتلتا', 'قتلت', 'قتلوا', 'أدين', 'أدينوا', 'أدانتهم', 'أدانته', 'قضت', 'قضى', 'تقضي', 'حكمت', 'أيد', 'أيدت', 'برأ', 'برأت', 'اغتيل', 'قتل']);

let cached: Lexicons | undefined;

export function lexicons(): Lexicons {
  cached ??= build();
  return cached;
}

/**
 * True when a name of an entity of `kind` names what it is rather than which one: a generic name
 * (`isGenericName`), or for a seized item a description headed by an item word («هواتف محمولة», «مخطوطات ذات
 * طابع متطرف»), which every seizure of such things shares.
 */
export function isGenericNameOf(kind: EntityKind, name: string, lex: Lexicons): boolean {
  if (isGenericName(name, lex.commonWords)) return true;
  if (kind !== 'Item') return false;
  const tokens = tokenize(name).filter((t) => t.type === 'word');
  return tokens.length > 0 && lex.itemHeads.matchAt(tokens, 0) !== null;
}

/** True when every word of a normalised name is an everyday word of the genre, a demonstrative or a number. */
export function isGenericName(name: string, common: ReadonlySet<string>): boolean {
  const parts = normalize(name).split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  if (parts.length === 0) return true;
  return parts.every((w) => /^\d+$/.test(w) || common.has(w) || common.has(stripArticle(w)) || common.has(`ال${w}`) || common.has(w.replace(/^[وفبل]/, '')));
}
