/**
 * The article graph: the article text, its sentences, the curated entities and facts, and the mentions found
 * in the text, as one Graph JSON (contract/graph.ts). Pure: reads two files of seed/, touches no database.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { graphSchema, type Graph, type GraphEdge, type GraphNode } from '../../contract/graph.ts';
import type { Json } from '../../contract/json.ts';
import { findMentions, type Mention } from '../../text/mentions.ts';
import { loadModel, relationshipFile, relationshipId, type Model } from './model/index.ts';
import { ModelValidationError, type EntityModel } from './model/schema.ts';
import { normalizeArabic, normalizeForSearch } from '../../text/normalize.ts';
import { splitArticle, type Sentence, type SplitArticle } from '../../text/sentences.ts';

export const ARTICLE_ID = 'article';
export const articlePath = new URL('./article-ar.txt', import.meta.url);

/** The article exactly as scraped (ad-script line included). */
export function readArticleText(): string {
  return readFileSync(articlePath, 'utf8');
}

/** A mention placed in its sentence: `start`/`end` relative to the sentence text, `articleStart`/`articleEnd` absolute. */
export interface SentenceMention extends Mention {
  sentenceId: string;
  articleStart: number;
  articleEnd: number;
}

export interface ArticleAnalysis {
  split: SplitArticle;
  model: Model;
  /** Every mention, in text order, with offsets relative to its sentence. */
  mentions: SentenceMention[];
}

/** Runs the text pipeline and the mention finder over the article with the curated model. */
export function analyzeArticle(text: string = readArticleText(), model: Model = loadModel()): ArticleAnalysis {
  const split = splitArticle(text);
  const aliasSets = model.entities.map((e) => ({
    entityId: e.id,
    aliases: [e.name_ar, ...e.aliases_ar],
    standaloneOnly: e.standalone_only === true,
  }));
  const mentions: SentenceMention[] = [];
  for (const sentence of split.sentences) {
    for (const m of findMentions(sentence.text, aliasSets)) {
      mentions.push({ ...m, sentenceId: sentence.id, articleStart: sentence.start + m.start, articleEnd: sentence.start + m.end });
    }
  }
  return { split, model, mentions };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values.filter((v) => v.trim() !== ''))];
}

/** The search properties of an entity (see docs/decisions/0003-article-model.md). */
export function searchProperties(e: Pick<EntityModel, 'name_ar' | 'name_en' | 'aliases_ar' | 'aliases_latin'>): {
  search_ar: string;
  search_latin: string;
  keys_norm: string[];
} {
  const arabic = unique([e.name_ar, ...e.aliases_ar]);
  const latin = unique([e.name_en, ...e.aliases_latin]);
  return {
    search_ar: unique([...arabic, ...arabic.map(normalizeArabic)]).join(' | '),
    search_latin: unique([...latin, ...latin.map(normalizeForSearch)]).join(' | '),
    keys_norm: unique([...arabic, ...latin].map(normalizeForSearch)),
  };
}

/** Model fields that are not node properties: the kind is a label, extra properties are spread, the flag is for the finder. */
const INTERNAL_KEYS = new Set(['kind', 'properties', 'standalone_only']);

function entityNode(e: EntityModel, mentionCount: number): GraphNode {
  const properties: Record<string, Json> = {};
  for (const [key, value] of Object.entries({ ...e, ...e.properties })) {
    if (value !== undefined && !INTERNAL_KEYS.has(key)) properties[key] = value;
  }
  Object.assign(properties, { kind: e.kind, ...searchProperties(e), mention_count: mentionCount });
  return { id: e.id, labels: ['Entity', e.kind], properties };
}

function sentenceNode(s: Sentence, mentionCount: number): GraphNode {
  return {
    id: s.id,
    labels: ['Sentence'],
    properties: {
      id: s.id,
      index: s.index,
      paragraph: s.paragraph,
      position: s.position,
      line: s.line,
      start: s.start,
      end: s.end,
      text: s.text,
      text_norm: normalizeArabic(s.text),
      mention_count: mentionCount,
    },
  };
}

function count<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** Graph JSON of an analysed article. Throws when a relationship cites a sentence that does not exist. */
export function articleGraph(analysis: ArticleAnalysis): Graph {
  const { split, model, mentions } = analysis;
  const sentenceIds = new Set(split.sentences.map((s) => s.id));
  const problems: string[] = [];
  model.relationships.forEach((r, index) => {
    for (const id of r.evidence) if (!sentenceIds.has(id)) problems.push(`[${index}].evidence: no sentence "${id}" in the article`);
  });
  if (problems.length > 0) throw new ModelValidationError(relationshipFile, problems);

  const byEntity = count(mentions, (m) => m.entityId);
  const bySentence = count(mentions, (m) => m.sentenceId);
  const text = split.text;
  const nodes: GraphNode[] = [
    {
      id: ARTICLE_ID,
      labels: ['Article'],
      properties: {
        id: ARTICLE_ID,
        title_ar: 'المغرب في مواجهة الإرهاب: من أول خلية سنة 2002 إلى خلية «أسود الخلافة»',
        title_en: "Morocco against terrorism: from the first cell in 2002 to the 'Lions of the Caliphate'",
        title_note: 'The scraped text has no headline; both titles are editorial.',
        language: 'ar',
        source: 'Moroccan Arabic news article on counter-terrorism (scraped; publisher not recorded)',
        source_file: 'corpus/seed/article-ar.txt',
        text,
        sha256: createHash('sha256').update(text).digest('hex'),
        char_count: text.length,
        paragraph_count: split.paragraphs.length,
        sentence_count: split.sentences.length,
        dropped_lines: split.dropped.map((d) => d.number),
        dropped_reasons: split.dropped.map((d) => d.reason),
      },
    },
    ...split.sentences.map((s) => sentenceNode(s, bySentence.get(s.id) ?? 0)),
    ...model.entities.map((e) => entityNode(e, byEntity.get(e.id) ?? 0)),
  ];

  const edges: GraphEdge[] = [
    ...split.sentences.map((s) => ({
      id: `${ARTICLE_ID}-has_sentence-${s.id}`,
      type: 'HAS_SENTENCE',
      source: ARTICLE_ID,
      target: s.id,
      properties: { index: s.index },
    })),
    ...mentions.map((m) => ({
      id: `${m.sentenceId}-mentions-${m.entityId}-${m.start}`,
      type: 'MENTIONS',
      source: m.sentenceId,
      target: m.entityId,
      properties: {
        start: m.start,
        end: m.end,
        surface: m.surface,
        article_start: m.articleStart,
        article_end: m.articleEnd,
        alias: m.alias,
        clitic: m.clitic,
        noise: m.noise,
      },
    })),
    ...model.relationships.map((r) => {
      const properties: Record<string, Json> = { ...r.properties, evidence: r.evidence };
      if (r.evidence_note !== undefined) properties.evidence_note = r.evidence_note;
      return { id: relationshipId(r), type: r.type, source: r.source, target: r.target, properties };
    }),
  ];
  return graphSchema.parse({ nodes, edges });
}

/** The whole article graph: entities, facts, the Article, its Sentences, HAS_SENTENCE and MENTIONS. */
export function buildArticleGraph(): Graph {
  return articleGraph(analyzeArticle());
}
