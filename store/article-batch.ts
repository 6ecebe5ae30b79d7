/**
 * What the writer adds for one article, and the ids it gives everything. One article's sentences and
 * mentions are namespaced by the article's id; entities and facts are shared by every article that names
 * or states them. See docs/decisions/0013-corpus-model.md.
 */
import { createHash } from 'node:crypto';
import type { EntityKind } from '../contract/kinds.ts';
import type { Json } from '../contract/json.ts';

/** How an item came to be in the graph. */
export type Method = 'curated' | 'rule' | 'analyst';
/** Where an analyst's review of it stands. */
export type ReviewStatus = 'proposed' | 'accepted' | 'rejected';
/** Who made an entity: an entity that no article mentions any more goes with its last article, unless an analyst made it. */
export type EntityOrigin = 'curated' | 'extracted' | 'analyst';

export interface Provenance {
  method: Method;
  /** The extraction rule that produced it (rule methods only). */
  rule?: string;
  confidence: number;
  status: ReviewStatus;
}

export interface SentenceInput {
  /** The sentence's id inside its article: `s-<paragraph>-<position>`, or `h` for a headline. */
  local: string;
  /** 1-based order in the article; 0 for a headline. */
  index: number;
  paragraph: number;
  position: number;
  line: number;
  /** Offsets into the article text. */
  start: number;
  end: number;
  text: string;
  headline?: boolean;
}

export interface MentionInput extends Provenance {
  /** Local id of the sentence. */
  sentence: string;
  entityId: string;
  /** Offsets relative to the sentence text. */
  start: number;
  end: number;
  surface: string;
  /** The name that matched: one of the entity's names, or this article's own spelling of it. */
  alias: string;
  /** The alias describes rather than names the entity («التنظيم الإرهابي» for Daesh): it is never used to recognise it elsewhere. */
  anaphora?: boolean;
  clitic: string;
  noise: string[];
}

export interface EntityInput {
  id: string;
  kind: EntityKind;
  /** The entity's own properties (names, description, kind-specific ones); search keys are the store's. */
  properties: Record<string, Json>;
  origin: EntityOrigin;
}

export interface SupportInput extends Provenance {
  /** Local id of the stating sentence. */
  sentence: string;
  /** Why the sentence supports the fact although it does not name both ends, when it does not. */
  note?: string;
}

export interface FactInput {
  /** The fact's id when it is known (curated facts); otherwise the writer finds or makes one. */
  id?: string;
  source: string;
  type: string;
  target: string;
  /** Details the sentences give (date, count, role…); kept from the first article that states the fact. */
  properties: Record<string, Json>;
  supports: SupportInput[];
}

export interface ArticleInput {
  /** The article exactly as received: every offset refers to it. */
  text: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  /** ISO date, year-month or year. */
  published: string | null;
  language: string;
  /** Anything else worth keeping on the Article node (editorial titles, dropped lines…). */
  extra: Record<string, Json>;
}

export interface ArticleBatch {
  article: ArticleInput;
  sentences: SentenceInput[];
  /** Every entity the article mentions or states a fact about; existing ones are left as they are. */
  entities: EntityInput[];
  mentions: MentionInput[];
  facts: FactInput[];
}

/** Texts that differ only in whitespace are the same article. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** The article's stable id: `a-` and the first 12 hex digits of the SHA-256 of its whitespace-normalised text. */
export function articleIdOf(text: string): string {
  return `a-${createHash('sha256').update(normalizeWhitespace(text)).digest('hex').slice(0, 12)}`;
}

export const sentenceIdOf = (articleId: string, local: string): string => `${articleId}-${local}`;

/**
 * Where an article stands among the others, newest last: its publication date (ISO, so text order is time
 * order; undated articles first), then its id. Mentions and supports carry it, so that an entity's mentions
 * and a fact's evidence are read newest article first from an index, one page at a time, however many there are.
 */
export const articleKeyOf = (published: string | null, articleId: string): string => `${published ?? ''}|${articleId}`;

/** The most sentence ids a fact's `evidence` property lists (oldest first); `support_count` counts them all. */
export const EVIDENCE_LIMIT = 20;

export const mentionIdOf = (sentenceId: string, entityId: string, start: number): string => `${sentenceId}-m${start}-${entityId}`;

export const supportIdOf = (sentenceId: string, factId: string): string => `${sentenceId}-p-${factId}`;

/** The id of the first fact of a type between two entities; further distinct ones get `-2`, `-3`… */
export const factIdOf = (source: string, type: string, target: string, ordinal = 1): string =>
  `${source}-${type}-${target}${ordinal > 1 ? `-${ordinal}` : ''}`.toLowerCase();

/** Where an article's rows sit: what every mention and support row of it carries. */
export interface ArticlePlace {
  articleId: string;
  articleKey: string;
}

/**
 * The properties of one MENTIONS relationship, as the writer stores them and the batch graph shows them:
 * one builder, so what a dry run shows cannot drift from what ingestion writes. `sentenceStart` is the
 * sentence's offset in the article.
 */
export function mentionProperties(m: MentionInput, place: ArticlePlace, sentenceStart: number): Record<string, Json> {
  return {
    article_id: place.articleId,
    article_key: place.articleKey,
    entity_id: m.entityId,
    start: m.start,
    end: m.end,
    surface: m.surface,
    article_start: sentenceStart + m.start,
    article_end: sentenceStart + m.end,
    alias: m.alias,
    anaphora: m.anaphora === true,
    clitic: m.clitic,
    noise: m.noise,
    method: m.method,
    rule: m.rule ?? null,
    confidence: m.confidence,
    status: m.status,
  };
}

/** The properties of one Support node (without its write time), as the writer stores them and the batch graph shows them. */
export function supportProperties(
  s: SupportInput,
  fact: { id: string; type: string; source: string; target: string },
  place: ArticlePlace & { sentenceId: string },
  by: string,
): Record<string, Json> {
  return {
    fact_id: fact.id,
    fact_type: fact.type,
    source_id: fact.source,
    target_id: fact.target,
    article_id: place.articleId,
    article_key: place.articleKey,
    sentence_id: place.sentenceId,
    method: s.method,
    rule: s.rule ?? null,
    confidence: s.confidence,
    status: s.status,
    note: s.note ?? null,
    created_by: by,
  };
}
