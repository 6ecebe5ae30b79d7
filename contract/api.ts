/**
 * The HTTP API's payloads, written once: the server validates with them, the client imports their types.
 */
import { z } from 'zod';
import { jsonSchema } from './json.ts';
import { entityIdSchema, graphEdgeSchema, graphNodeSchema, graphSchema } from './graph.ts';
import { cursorSchema, evidenceKeySchema, mentionKeySchema, neighbourKeySchema } from './page-cursor.ts';

// ---------- errors ----------

/** RFC 9457 problem document; every 4xx/5xx body has this shape. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  instance: z.string().optional(),
  /** Machine-readable reason (`entity-not-found`, `console-read-only`…), stable across wordings and languages. */
  code: z.string().optional(),
  /** The values the message is about, so a client can word it in its own language. */
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  /** For a 409: what is stored now and what this request wanted, so the person can compare them. */
  conflict: z.object({ current: jsonSchema, yours: jsonSchema }).optional(),
  /** For validation failures: which input and what is wrong with it (`code`: contract/problems.ts INPUT_ISSUES). */
  errors: z
    .array(z.object({ path: z.string(), message: z.string(), code: z.string().optional(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() }))
    .optional(),
  /** For Cypher errors: Neo4j's status code and the position in the query. */
  neo4jCode: z.string().optional(),
  position: z.object({ offset: z.number(), line: z.number(), column: z.number() }).optional(),
});
export type Problem = z.infer<typeof problemSchema>;

// ---------- health and schema ----------

export const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  neo4j: z.object({
    reachable: z.boolean(),
    version: z.string().optional(),
    edition: z.string().optional(),
    database: z.string(),
    error: z.string().optional(),
  }),
  counts: z.object({ nodes: z.number().int(), relationships: z.number().int() }).optional(),
});
export type Health = z.infer<typeof healthSchema>;

export const schemaInfoSchema = z.object({
  labels: z.array(z.object({ label: z.string(), count: z.number().int() })),
  relationshipTypes: z.array(z.object({ type: z.string(), count: z.number().int() })),
  propertyKeys: z.array(z.string()),
});
export type SchemaInfo = z.infer<typeof schemaInfoSchema>;

// ---------- exploration ----------

export const graphQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(5000).default(300),
});

export const directionSchema = z.enum(['out', 'in', 'both']);
export type Direction = z.infer<typeof directionSchema>;

/** A comma-separated list in a query string, e.g. `types=ARRESTED,PART_OF`. */
const nameList = z
  .string()
  .max(2000)
  .transform((s) => s.split(',').map((t) => t.trim()).filter((t) => t.length > 0))
  .pipe(z.array(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'names are letters, digits and "_"')).max(50));

export const neighborsQuerySchema = z.object({
  types: nameList.optional(),
  labels: nameList.optional(),
  direction: directionSchema.default('both'),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  /** With exactly one type in `types`: the page after this one of that type's neighbours (a `next`). */
  after: cursorSchema(neighbourKeySchema).optional(),
});
export type NeighborsQuery = z.infer<typeof neighborsQuerySchema>;

/** Which article a cited sentence comes from, enough to cite it: title or outlet, and date. */
export const articleRefSchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  /** ISO date, year-month or year; null when the article does not say. */
  published: z.string().nullable(),
});
export type ArticleRef = z.infer<typeof articleRefSchema>;

/** How an item came to be in the graph and where its review stands (docs/decisions/0013-corpus-model.md). */
export const provenanceSchema = z.object({
  method: z.enum(['curated', 'rule', 'analyst']),
  rule: z.string().nullable(),
  confidence: z.number(),
  status: z.enum(['proposed', 'accepted', 'rejected']),
  /** Who accepted or rejected it and when (ISO); null while no analyst has reviewed it. */
  reviewedBy: z.string().nullable().optional(),
  reviewedAt: z.string().nullable().optional(),
});
export type ProvenanceInfo = z.infer<typeof provenanceSchema>;

export const mentionSchema = z.object({
  sentenceId: z.string(),
  article: articleRefSchema,
  index: z.number().int(),
  paragraph: z.number().int(),
  /** The sentence text; `start`/`end` are offsets into it (UTF-16 code units, as JavaScript slices). */
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  surface: z.string(),
});
export type Mention = z.infer<typeof mentionSchema>;

export const degreeSchema = z.object({
  type: z.string(),
  direction: z.enum(['out', 'in']),
  count: z.number().int(),
});

/** An analyst's note on an entity or a fact. */
export const noteSchema = z.object({
  id: z.string(),
  entity: z.string().nullable(),
  fact: z.string().nullable(),
  text: z.string(),
  lang: z.string().nullable(),
  by: z.string(),
  at: z.string(),
});
export type Note = z.infer<typeof noteSchema>;

/**
 * The most mentions or evidence sentences one page holds, and how many a page of a panel holds (the first, and
 * each "more"): what a panel shows before one scrolls, and what keeps a hub's detail near a leaf's
 * (docs/decisions/0023-hub-pages.md).
 */
export const PAGE_LIMIT_MAX = 500;
export const FIRST_PAGE = 20;

/** A page of a long list: `next` is the cursor of the page after it (null on the last page). */
export const pageQuerySchema = <T extends z.ZodType>(key: T) =>
  z.object({
    after: cursorSchema(key).optional(),
    limit: z.coerce.number().int().min(1).max(PAGE_LIMIT_MAX).default(FIRST_PAGE),
  });
export const mentionPageQuerySchema = pageQuerySchema(mentionKeySchema);
export type MentionPageQuery = z.infer<typeof mentionPageQuerySchema>;
export const evidencePageQuerySchema = pageQuerySchema(evidenceKeySchema);
export type EvidencePageQuery = z.infer<typeof evidencePageQuerySchema>;

/** One page of an entity's mentions, newest article first, in text order within an article. */
export const mentionPageSchema = z.object({
  mentions: z.array(mentionSchema),
  /** How many mentions the entity has in all. */
  total: z.number().int(),
  next: z.string().nullable(),
});
export type MentionPage = z.infer<typeof mentionPageSchema>;

export const nodeDetailSchema = z.object({
  node: graphNodeSchema,
  /** Relationship counts per type and direction, entity relationships only (facts). */
  degrees: z.array(degreeSchema),
  /** The first page of its mentions; `mentionTotal` counts them all, `mentionsNext` reads on. */
  mentions: z.array(mentionSchema),
  mentionTotal: z.number().int(),
  mentionsNext: z.string().nullable(),
  notes: z.array(noteSchema),
  /** The id asked for, when it was merged into this entity. */
  redirectedFrom: z.string().optional(),
});
export type NodeDetail = z.infer<typeof nodeDetailSchema>;

export const neighborsSchema = graphSchema.extend({
  /** How many neighbouring relationships match the filters in all; `edges.length` of them were returned. */
  total: z.number().int(),
  /** With one type asked for: the cursor of the next page of that type's neighbours (null on the last). */
  next: z.string().nullable().optional(),
});
export type Neighbors = z.infer<typeof neighborsSchema>;

export const evidenceSentenceSchema = z.object({
  sentenceId: z.string(),
  article: articleRefSchema,
  /** How this sentence came to support the fact, and its review. */
  support: provenanceSchema,
  index: z.number().int(),
  paragraph: z.number().int(),
  text: z.string(),
  /** Where each end of the relationship is mentioned in this sentence. */
  mentions: z.array(z.object({ entityId: z.string(), start: z.number().int(), end: z.number().int(), surface: z.string() })),
});
export type EvidenceSentence = z.infer<typeof evidenceSentenceSchema>;

/** Stable relationship ids are lowercase slugs too (the seed writes `<source>-<type>-<target>`). */
export const edgeIdSchema = z
  .string()
  .min(1)
  .max(500)
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'edge ids are lowercase slugs: a-z, 0-9, "-" and "_"');

/** One page of a fact's evidence, newest article first, in text order within an article. */
export const evidencePageSchema = z.object({
  evidence: z.array(evidenceSentenceSchema),
  /** How many sentences state the fact in all (rejected ones included). */
  total: z.number().int(),
  next: z.string().nullable(),
});
export type EvidencePage = z.infer<typeof evidencePageSchema>;

export const edgeDetailSchema = z.object({
  edge: graphEdgeSchema,
  /** The first page of its evidence; `evidenceTotal` counts it all, `evidenceNext` reads on. */
  evidence: z.array(evidenceSentenceSchema),
  evidenceTotal: z.number().int(),
  evidenceNext: z.string().nullable(),
  notes: z.array(noteSchema),
  /** The sentences `evidence_note` names by id (`s-5-1`), with their numbers, so a reader sees one numbering. */
  noteSentences: z.array(z.object({ sentenceId: z.string(), index: z.number().int() })),
});
export type EdgeDetail = z.infer<typeof edgeDetailSchema>;

// ---------- search ----------

/** The longest search; the client's search box takes no more. */
export const SEARCH_MAX_LENGTH = 200;

export const searchQuerySchema = z.object({
  q: z.string().trim().min(1, 'q is required').max(SEARCH_MAX_LENGTH, `q is at most ${SEARCH_MAX_LENGTH} characters`),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

export const searchHitSchema = z.object({
  node: graphNodeSchema,
  score: z.number(),
  /** The name or alias that matched, to show the person why this result came up. */
  matched: z.string(),
});
export const searchResultSchema = z.object({ query: z.string(), results: z.array(searchHitSchema) });
export type SearchHit = z.infer<typeof searchHitSchema>;
export type SearchResult = z.infer<typeof searchResultSchema>;

// ---------- paths ----------

export const pathsQuerySchema = z.object({
  from: entityIdSchema,
  to: entityIdSchema,
  maxHops: z.coerce.number().int().min(1).max(10).default(6),
  mode: z.enum(['shortest', 'all']).default('shortest'),
  /** Follow relationships only in their direction, from `from` towards `to` (default: either way). */
  directed: z.stringbool().default(false),
});

export const pathSchema = z.object({ nodes: z.array(z.string()), edges: z.array(z.string()) });
/** `truncated`: more shortest paths exist than the first `paths` returned (all-shortest mode between hubs). */
export const pathsResultSchema = z.object({ paths: z.array(pathSchema), graph: graphSchema, truncated: z.boolean() });
export type PathsResult = z.infer<typeof pathsResultSchema>;

// ---------- article ----------

export const articleIdSchema = z.string().regex(/^a-[0-9a-f]{12}$/, 'article ids look like a-0123456789ab');

export const articleSentenceSchema = z.object({
  id: z.string(),
  /** 1-based order in the article; 0 for a headline. */
  index: z.number().int(),
  paragraph: z.number().int(),
  text: z.string(),
  headline: z.boolean(),
  mentions: z.array(
    z.object({
      entityId: z.string(),
      start: z.number().int(),
      end: z.number().int(),
      surface: z.string(),
      status: z.enum(['proposed', 'accepted', 'rejected']),
    }),
  ),
});
export const articleSchema = z.object({
  article: z.object({ id: z.string(), properties: z.record(z.string(), jsonSchema) }),
  sentences: z.array(articleSentenceSchema),
});

/** One article of the corpus, as the article list shows it. */
export const articleSummarySchema = articleRefSchema.extend({
  url: z.string().nullable(),
  language: z.string().nullable(),
  ingestedAt: z.string().nullable(),
  counts: z.object({ sentences: z.number().int(), mentions: z.number().int(), entities: z.number().int(), facts: z.number().int() }),
});
export const articleListSchema = z.object({ articles: z.array(articleSummarySchema) });
export type ArticleSummary = z.infer<typeof articleSummarySchema>;
export type ArticleList = z.infer<typeof articleListSchema>;
export type ArticleSentence = z.infer<typeof articleSentenceSchema>;
export type ArticleView = z.infer<typeof articleSchema>;

// ---------- Cypher console ----------

export const cypherRequestSchema = z.object({
  query: z.string().trim().min(1, 'query is empty').max(20_000, 'query is at most 20000 characters'),
  params: z.record(z.string(), jsonSchema).default({}),
});
export type CypherRequest = z.input<typeof cypherRequestSchema>;

export const notificationSchema = z.object({
  code: z.string(),
  title: z.string(),
  description: z.string(),
  severity: z.string(),
  position: z.object({ offset: z.number(), line: z.number(), column: z.number() }).optional(),
});

export const cypherResultSchema = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.array(jsonSchema)),
  /** The nodes, relationships and paths found in the rows, with stable ids. */
  graph: graphSchema,
  /** A cap cut the result: the row cap, or the size cap on the JSON of the rows and their graph. */
  truncated: z.boolean(),
  /** When truncated, which cap and its value (rows, or bytes). */
  truncation: z.object({ by: z.enum(['rows', 'bytes']), limit: z.number().int() }).optional(),
  summary: z.object({
    queryType: z.string(),
    availableAfterMs: z.number(),
    consumedAfterMs: z.number(),
    notifications: z.array(notificationSchema),
  }),
});
export type CypherResult = z.infer<typeof cypherResultSchema>;

export const exampleQuerySchema = z.object({
  name: z.string(),
  title: z.string(),
  description: z.string(),
  /** The same in Arabic, for the Arabic interface. */
  titleAr: z.string().optional(),
  descriptionAr: z.string().optional(),
  query: z.string(),
});
export const examplesSchema = z.object({ examples: z.array(exampleQuerySchema) });
export type Examples = z.infer<typeof examplesSchema>;
export type ExampleQuery = z.infer<typeof exampleQuerySchema>;

// ---------- views ----------

/** A shared view reopened: the nodes it names (slugs), at most as many as an export takes. */
export const subgraphRequestSchema = z.object({
  nodeIds: z.array(entityIdSchema).min(1, 'nodeIds needs at least one id').max(10_000, 'nodeIds holds at most 10000 ids'),
});
export type SubgraphRequest = z.infer<typeof subgraphRequestSchema>;

/** The nodes that exist and every relationship between them; `missing` names the ids nothing has. */
export const subgraphSchema = graphSchema.extend({ missing: z.array(z.string()) });
export type Subgraph = z.infer<typeof subgraphSchema>;

// ---------- export ----------

export const exportFormats = ['json', 'cyjs', 'graphml', 'csv', 'cypher'] as const;
export const exportRequestSchema = z.object({
  format: z.enum(exportFormats),
  nodeIds: z.array(entityIdSchema).min(1, 'nodeIds needs at least one id').max(10_000, 'nodeIds holds at most 10000 ids'),
});
export type ExportFormat = (typeof exportFormats)[number];
export type ExportRequest = z.infer<typeof exportRequestSchema>;

// ---------- ingestion ----------

/** Largest article text accepted, in UTF-8 bytes. */
export const MAX_ARTICLE_BYTES = 200_000;

const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3]/u;
/** Bidirectional overrides and embeddings reorder what a reader sees (a classic spoofing trick); isolates and marks are fine. */
const BIDI_OVERRIDE = /[\u202A-\u202E]/u;
/** C0 controls other than tab, line feed and carriage return, and the replacement character of undecodable bytes: binary, not text. */
// eslint-disable-next-line no-control-regex -- finding control characters is what this pattern is for.
const NOT_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/u;

const utf8Bytes = (text: string): number => new TextEncoder().encode(text).length;

/** Text a person can read: no control characters, no bytes that were not UTF-8, no direction overrides. */
const readableText = (max: number) =>
  z
    .string()
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !NOT_TEXT.test(s), 'must be text: it holds control characters or bytes that are not UTF-8')
    .refine((s) => !BIDI_OVERRIDE.test(s), 'must not hold bidirectional override characters (U+202A–U+202E)');

export const articleInputSchema = z.object({
  text: z
    .string({ error: 'text is required' })
    .refine((s) => s.trim().length > 0, 'text is empty')
    .refine((s) => utf8Bytes(s) <= MAX_ARTICLE_BYTES, `text is larger than ${MAX_ARTICLE_BYTES / 1000} kB`)
    .refine((s) => !NOT_TEXT.test(s), 'text must be text: it holds control characters or bytes that are not UTF-8')
    .refine((s) => !BIDI_OVERRIDE.test(s), 'text must not hold bidirectional override characters (U+202A–U+202E)')
    .refine((s) => ARABIC_LETTER.test(s), 'text has no Arabic letters: Sila reads Arabic articles'),
  title: readableText(500).trim().min(1).optional(),
  url: z.url({ protocol: /^https?$/, error: 'url must be an http or https address' }).max(2000).optional(),
  outlet: readableText(200).trim().min(1).optional(),
  published: z.iso.date({ error: 'published must be a date written YYYY-MM-DD' }).optional(),
});
export type ArticleInput = z.infer<typeof articleInputSchema>;

export const ingestQuerySchema = z.object({
  dryRun: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
});

/** What an ingestion says of the article: its id and metadata, and what it brings. */
export const ingestedArticleSchema = articleRefSchema.extend({
  url: z.string().nullable(),
  sentences: z.number().int(),
  mentions: z.number().int(),
  entities: z.object({ linked: z.array(z.string()), new: z.array(z.string()), possiblySameAs: z.number().int() }),
  facts: z.number().int(),
});
export type IngestedArticle = z.infer<typeof ingestedArticleSchema>;

/** The answer to a dry run or an ingestion: the article, and Graph JSON of what it adds or touches, each item with its provenance. */
export const ingestResultSchema = z.object({ article: ingestedArticleSchema, graph: graphSchema, duplicate: z.boolean().optional() });
/** The same text was already in the corpus: nothing was written. */
export const duplicateResultSchema = z.object({ article: ingestedArticleSchema, duplicate: z.literal(true) });
export type IngestResult = z.infer<typeof ingestResultSchema>;
