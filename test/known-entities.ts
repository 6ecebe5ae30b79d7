/**
 * The seed graph's entities as the extractor sees known entities: every name each goes by (name_ar,
 * aliases_ar, name_en, aliases_latin, acronym), for the dev-set test and the benchmarks.
 */
import { loadModel } from '../corpus/seed/model/index.ts';
import type { KnownEntity } from '../extract/types.ts';

export function seedKnownEntities(): KnownEntity[] {
  return loadModel().entities.map((e) => ({
    id: e.id,
    kind: e.kind,
    names: [e.name_ar, ...e.aliases_ar, e.name_en, ...e.aliases_latin, ...('acronym' in e && e.acronym !== undefined ? [e.acronym] : [])],
    ...(e.standalone_only === true ? { standaloneOnly: true } : {}),
  }));
}
