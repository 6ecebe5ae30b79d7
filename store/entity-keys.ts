/**
 * The search properties of an entity, computed in one place from everything it is called: its own names
 * and aliases, and the spellings articles use for it (the `alias` of its mentions that is not one of its own
 * names). Full-text indexes read strings only, so the names are also joined into `search_ar` and
 * `search_latin`; `keys_norm` holds every name normalised, for exact lookups (docs/decisions/0004-search.md).
 */
import type { Json } from '../contract/json.ts';
import { normalizeArabic, normalizeForSearch } from '../text/normalize.ts';

export interface EntityNames {
  name_ar: string;
  name_en: string;
  aliases_ar: readonly string[];
  aliases_latin: readonly string[];
  /** Arabic spellings met in articles, beyond the entity's own names. */
  spellings_ar?: readonly string[];
  /** How articles describe it without naming it (searchable, never used to recognise it). */
  descriptions_ar?: readonly string[];
}

export interface SearchProperties {
  search_ar: string;
  search_latin: string;
  keys_norm: string[];
}

/** Search-only properties: derived from the names, never shown, always recomputed together. */
export const SEARCH_KEYS = ['search_ar', 'search_latin', 'keys_norm'] as const;

function unique(values: readonly string[]): string[] {
  return [...new Set(values.filter((v) => v.trim() !== ''))];
}

export function searchProperties(e: EntityNames): SearchProperties {
  const arabic = unique([e.name_ar, ...e.aliases_ar, ...(e.spellings_ar ?? []), ...(e.descriptions_ar ?? [])]);
  const latin = unique([e.name_en, ...e.aliases_latin]);
  return {
    search_ar: unique([...arabic, ...arabic.map(normalizeArabic)]).join(' | '),
    search_latin: unique([...latin, ...latin.map(normalizeForSearch)]).join(' | '),
    keys_norm: unique([...arabic, ...latin].map(normalizeForSearch)),
  };
}

const text = (value: Json | undefined): string => (typeof value === 'string' ? value : '');
const texts = (value: Json | undefined): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** The alias one mention matched, and whether it only describes the entity. */
export interface MentionAlias {
  alias: string;
  anaphora: boolean;
}

/**
 * What an entity's mentions add to its own names (compared normalised), in a stable order: spellings (other
 * ways of naming it) and descriptions (ways of referring to it), and the search properties that follow.
 */
export function derivedNameProperties(
  properties: Record<string, Json>,
  mentionAliases: readonly MentionAlias[],
): SearchProperties & { spellings_ar: string[]; descriptions_ar: string[] } {
  const names: EntityNames = {
    name_ar: text(properties.name_ar),
    name_en: text(properties.name_en),
    aliases_ar: texts(properties.aliases_ar),
    aliases_latin: texts(properties.aliases_latin),
  };
  const own = new Set([names.name_ar, ...names.aliases_ar].map(normalizeForSearch));
  const seen = new Set(own);
  const pick = (wanted: boolean): string[] => {
    const out: string[] = [];
    for (const alias of mentionAliases.filter((m) => m.anaphora === wanted).map((m) => m.alias).sort()) {
      const key = normalizeForSearch(alias);
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      out.push(alias);
    }
    return out;
  };
  const spellings = pick(false);
  const descriptions = pick(true);
  return { ...searchProperties({ ...names, spellings_ar: spellings, descriptions_ar: descriptions }), spellings_ar: spellings, descriptions_ar: descriptions };
}
