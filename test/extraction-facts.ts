/** Reading an extraction in a test: an entity's Arabic name by key, and each fact as «source TYPE target». */
import type { Extraction, Extractor } from '../extract/types.ts';

export const nameOf = (x: Extraction, key: string): string => x.entities.find((e) => e.key === key)?.name_ar ?? key;

export const factsOf = (x: Extraction): string[] => x.facts.map((f) => `${nameOf(x, f.source)} ${f.type} ${nameOf(x, f.target)}`);

/** A sentence's facts as «source TYPE target», and its entities as «Kind:name», read by one extractor. */
export function readersOf(extractor: Extractor): { read: (text: string) => string[]; entities: (text: string) => string[] } {
  return {
    read: (text) => factsOf(extractor.extract(text)),
    entities: (text) => extractor.extract(text).entities.map((e) => `${e.kind}:${e.name_ar}`),
  };
}
