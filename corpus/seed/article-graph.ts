/**
 * The seed article, the corpus's first: its text, its sentences, the curated entities and facts, and the
 * mentions found in the text, as the batch the writer adds (store/article-writer.ts) and as the Graph JSON
 * that batch becomes. Pure: reads the article and the model, touches no database.
 */
import { readFileSync } from 'node:fs';
import { graphSchema, type Graph } from '../../contract/graph.ts';
import type { Json } from '../../contract/json.ts';
import { findMentions, type Mention } from '../../text/mentions.ts';
import { loadModel, relationshipFile, relationshipId, type Model } from './model/index.ts';
import { ModelValidationError, type EntityModel } from './model/schema.ts';
import { splitArticle, type Sentence, type SplitArticle } from '../../text/sentences.ts';
import { articleIdOf, type ArticleBatch, type EntityInput, type SentenceInput } from '../../store/article-batch.ts';
import { batchGraph } from '../../store/batch-graph.ts';

const SEED_TITLE_AR = 'المغرب في مواجهة الإرهاب: من أول خلية سنة 2002 إلى خلية «أسود الخلافة»';
/** The article does not say when it was published; it reports events up to February 2025. */
const SEED_PUBLISHED = '2025';

export const articlePath = new URL('./article-ar.txt', import.meta.url);

/** The seed article's stable id (the hash of its text). */
export function seedArticleId(): string {
  return articleIdOf(readArticleText());
}

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
    aliases: [e.name_ar, ...e.aliases_ar, ...(e.descriptions_ar ?? [])],
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

/** Model fields that are not entity properties: the kind is a label, extra properties are spread, the flag is for the finder. */
const INTERNAL_KEYS = new Set(['kind', 'properties', 'standalone_only', 'descriptions_ar']);

function entityInput(e: EntityModel): EntityInput {
  const properties: Record<string, Json> = {};
  for (const [key, value] of Object.entries({ ...e, ...e.properties })) {
    if (value !== undefined && !INTERNAL_KEYS.has(key) && key !== 'id') properties[key] = value;
  }
  return { id: e.id, kind: e.kind, properties, origin: 'curated' };
}

const CURATED = { method: 'curated', confidence: 1, status: 'accepted' } as const;

function sentenceInput(s: Sentence): SentenceInput {
  return { local: s.id, index: s.index, paragraph: s.paragraph, position: s.position, line: s.line, start: s.start, end: s.end, text: s.text };
}

/**
 * The seed article as the writer takes it: the article, its sentences, every curated entity, the mentions
 * the finder found, and every curated fact with one curated support per evidence sentence. Throws when a
 * relationship cites a sentence that does not exist.
 */
export function articleBatch(analysis: ArticleAnalysis): ArticleBatch {
  const { split, model, mentions } = analysis;
  const descriptions = new Map(model.entities.map((e) => [e.id, new Set(e.descriptions_ar ?? [])]));
  const sentenceIds = new Set(split.sentences.map((s) => s.id));
  const problems: string[] = [];
  model.relationships.forEach((r, index) => {
    for (const id of r.evidence) if (!sentenceIds.has(id)) problems.push(`[${index}].evidence: no sentence "${id}" in the article`);
  });
  if (problems.length > 0) throw new ModelValidationError(relationshipFile, problems);
  return {
    article: {
      text: split.text,
      title: SEED_TITLE_AR,
      url: null,
      outlet: null,
      published: SEED_PUBLISHED,
      language: 'ar',
      extra: {
        title_ar: SEED_TITLE_AR,
        title_en: "Morocco against terrorism: from the first cell in 2002 to the 'Lions of the Caliphate'",
        title_note: 'The scraped text has no headline; both titles are editorial.',
        published_note: 'Not stated; the latest event it reports is the statement of 19 February 2025.',
        origin: 'curated',
        source: 'Moroccan Arabic news article on counter-terrorism (scraped; publisher not recorded)',
        source_file: 'corpus/seed/article-ar.txt',
        paragraph_count: split.paragraphs.length,
        dropped_lines: split.dropped.map((d) => d.number),
        dropped_reasons: split.dropped.map((d) => d.reason),
      },
    },
    sentences: split.sentences.map(sentenceInput),
    entities: model.entities.map(entityInput),
    mentions: mentions.map((m) => ({
      ...CURATED,
      sentence: m.sentenceId,
      entityId: m.entityId,
      start: m.start,
      end: m.end,
      surface: m.surface,
      alias: m.alias,
      anaphora: descriptions.get(m.entityId)?.has(m.alias) === true,
      clitic: m.clitic,
      noise: m.noise,
    })),
    facts: model.relationships.map((r) => {
      const properties: Record<string, Json> = { ...r.properties };
      if (r.evidence_note !== undefined) properties.evidence_note = r.evidence_note;
      return {
        id: relationshipId(r),
        source: r.source,
        type: r.type,
        target: r.target,
        properties,
        supports: r.evidence.map((sentence) => ({ ...CURATED, sentence })),
      };
    }),
  };
}

/** The seed article, ready for the writer. */
export function seedArticleBatch(): ArticleBatch {
  return articleBatch(analyzeArticle());
}

/** Graph JSON of an analysed article, as the writer stores it in an empty database. */
export function articleGraph(analysis: ArticleAnalysis): Graph {
  return graphSchema.parse(batchGraph(articleBatch(analysis)));
}

/** The whole article graph: the Article, its Sentences, entities, facts, supports, HAS_SENTENCE, MENTIONS and CITES. */
export function buildArticleGraph(): Graph {
  return articleGraph(analyzeArticle());
}
