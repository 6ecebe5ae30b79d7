/** Reading an extraction in a test: an entity's Arabic name by key, and each fact as «source TYPE target». */
import type { Extraction } from '../extract/types.ts';

export const nameOf = (x: Extraction, key: string): string => x.entities.find((e) => e.key === key)?.name_ar ?? key;

export const factsOf = (x: Extraction): string[] => x.facts.map((f) => `${nameOf(x, f.source)} ${f.type} ${nameOf(x, f.target)}`);
