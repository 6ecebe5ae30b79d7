/**
 * What the extraction engine proposes for one article. Everything is a proposal: the lead's writer stores it
 * with status `proposed`, and every item names the rule that produced it (rule ids: docs/decisions/0016-extraction.md).
 */
import type { EntityKind } from '../contract/kinds.ts';

/** An entity the graph already knows. `names`: name_ar, aliases_ar, name_en, aliases_latin (romanisations, French, acronyms). */
export interface KnownEntity {
  id: string;
  kind: EntityKind;
  names: string[];
  /** A generic name: inside a longer name of another entity it is not a mention of this one. */
  standaloneOnly?: boolean;
}

export interface Provenance {
  rule: string;
  /** In [0, 1]. */
  confidence: number;
}

/** `index`: 0 for a headline (a first short line without final punctuation), else 1-based in text order. */
export interface ExtractedSentence {
  index: number;
  paragraph: number;
  /** Offsets into the input text. */
  start: number;
  end: number;
  text: string;
  headline: boolean;
}

export type PropertyValue = string | number | boolean | string[];

export interface ProposedEntity extends Provenance {
  /** Unique within this extraction; equals existingId when linked. */
  key: string;
  /** Linked to a known entity with certainty. */
  existingId: string | null;
  /** Known ids it may be (ambiguous); never merged silently. */
  possiblySameAs: string[];
  kind: EntityKind;
  /** Proposed readable id for a new entity (lowercase a-z0-9-); for a linked one, its existingId. */
  slug: string;
  name_ar: string;
  name_en: string | null;
  aliases_ar: string[];
  aliases_latin: string[];
  description_en: string | null;
  /** count, count_qualifier, age_min, age_max, lat, lon, place_type, coordinates_precision, event_type, document_type, date… */
  properties: Record<string, PropertyValue>;
}

/** `start`/`end` relative to the sentence text; `entity` = ProposedEntity.key. */
export interface ProposedMention extends Provenance {
  entity: string;
  sentence: number;
  start: number;
  end: number;
  surface: string;
}

export interface ProposedFact extends Provenance {
  /** Entity keys; `type` is UPPER_SNAKE. */
  source: string;
  type: string;
  target: string;
  /** The stating sentence's index. */
  sentence: number;
  properties: Record<string, PropertyValue>;
}

export interface Extraction {
  sentences: ExtractedSentence[];
  entities: ProposedEntity[];
  mentions: ProposedMention[];
  facts: ProposedFact[];
  /** Lines left out as page furniture, by rule. */
  dropped: { line: number; reason: string }[];
}

export interface ExtractOptions {
  /** The publication date, YYYY-MM-DD: a bare weekday («يوم الأربعاء») is resolved against it. */
  published?: string;
}

export interface Extractor {
  extract(text: string, options?: ExtractOptions): Extraction;
}
