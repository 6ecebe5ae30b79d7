/**
 * The HTTP API's payloads, written once: the server validates with them, the client imports their types.
 */
import { z } from 'zod';
import { jsonSchema } from './json.ts';
import { entityIdSchema, graphEdgeSchema, graphNodeSchema, graphSchema } from './graph.ts';

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
});
export type NeighborsQuery = z.infer<typeof neighborsQuerySchema>;

export const mentionSchema = z.object({
  sentenceId: z.string(),
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

export const nodeDetailSchema = z.object({
  node: graphNodeSchema,
  degrees: z.array(degreeSchema),
  mentions: z.array(mentionSchema),
});
export type NodeDetail = z.infer<typeof nodeDetailSchema>;

export const neighborsSchema = graphSchema.extend({
  /** How many neighbouring relationships match the filters in all; `edges.length` of them were returned. */
  total: z.number().int(),
});
export type Neighbors = z.infer<typeof neighborsSchema>;

export const evidenceSentenceSchema = z.object({
  sentenceId: z.string(),
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

export const edgeDetailSchema = z.object({
  edge: graphEdgeSchema,
  evidence: z.array(evidenceSentenceSchema),
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

export const articleSentenceSchema = z.object({
  id: z.string(),
  index: z.number().int(),
  paragraph: z.number().int(),
  text: z.string(),
  mentions: z.array(
    z.object({ entityId: z.string(), start: z.number().int(), end: z.number().int(), surface: z.string() }),
  ),
});
export const articleSchema = z.object({
  article: z.object({ id: z.string(), properties: z.record(z.string(), jsonSchema) }),
  sentences: z.array(articleSentenceSchema),
});
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
  /** The row cap cut the result. */
  truncated: z.boolean(),
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
