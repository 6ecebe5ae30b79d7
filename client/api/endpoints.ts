import {
  articleListSchema,
  articleSchema,
  cypherResultSchema,
  edgeDetailSchema,
  examplesSchema,
  neighborsSchema,
  nodeDetailSchema,
  mentionPageSchema,
  evidencePageSchema,
  pathsResultSchema,
  schemaInfoSchema,
  searchResultSchema,
  type ArticleList,
  subgraphSchema,
  type ArticleView,
  type Direction,
  type CypherResult,
  type EdgeDetail,
  type ExampleQuery,
  type ExportFormat,
  type Neighbors,
  type NodeDetail,
  type MentionPage,
  type EvidencePage,
  type PathsResult,
  type SchemaInfo,
  type SearchResult,
  type Subgraph,
} from '../../contract/api.ts';
import { graphSchema, type Graph } from '../../contract/graph.ts';
import type { Json } from '../../contract/json.ts';
import { meSchema, type Me } from '../../contract/workbench.ts';
import { getJson, postForFile, postJson, query, type Download } from './http.ts';
// ---- issue 13 part A: adding and reviewing an article ----
import type { z } from 'zod';
import { duplicateResultSchema, ingestResultSchema, type ArticleInput, type IngestResult } from '../../contract/api.ts';
import type { Review } from '../../contract/workbench.ts';
import { postForm } from './http.ts';

const committedSchema = ingestResultSchema.or(duplicateResultSchema);
// ---- end issue 13 part A ----
import { workbenchApi } from './workbench.ts';

/** Every call the client makes, typed and checked with the shared contract. */
export const api = {
  graph: (limit?: number, signal?: AbortSignal): Promise<Graph> => getJson(`/api/graph${query({ limit })}`, graphSchema, signal),
  schema: (signal?: AbortSignal): Promise<SchemaInfo> => getJson('/api/schema', schemaInfoSchema, signal),
  node: (id: string, signal?: AbortSignal): Promise<NodeDetail> => getJson(`/api/nodes/${encodeURIComponent(id)}`, nodeDetailSchema, signal),
  /** The page of an entity's mentions after `after` (a `next` or the detail's `mentionsNext`). */
  mentions: (id: string, after: string, signal?: AbortSignal): Promise<MentionPage> =>
    getJson(`/api/nodes/${encodeURIComponent(id)}/mentions${query({ after })}`, mentionPageSchema, signal),
  evidence: (id: string, after: string, signal?: AbortSignal): Promise<EvidencePage> =>
    getJson(`/api/edges/${encodeURIComponent(id)}/evidence${query({ after })}`, evidencePageSchema, signal),
  neighbors: (id: string, options: { types?: string[]; limit?: number; direction?: Direction } = {}, signal?: AbortSignal): Promise<Neighbors> =>
    getJson(
      `/api/nodes/${encodeURIComponent(id)}/neighbors${query({ types: options.types?.join(','), limit: options.limit, direction: options.direction === 'both' ? undefined : options.direction })}`,
      neighborsSchema,
      signal,
    ),
  edge: (id: string, signal?: AbortSignal): Promise<EdgeDetail> => getJson(`/api/edges/${encodeURIComponent(id)}`, edgeDetailSchema, signal),
  search: (q: string, limit = 10, signal?: AbortSignal): Promise<SearchResult> =>
    getJson(`/api/search${query({ q, limit })}`, searchResultSchema, signal),
  paths: (from: string, to: string, mode: 'shortest' | 'all', directed: boolean, signal?: AbortSignal): Promise<PathsResult> =>
    getJson(`/api/paths${query({ from, to, mode, directed: directed ? 'true' : undefined })}`, pathsResultSchema, signal),
  me: (signal?: AbortSignal): Promise<Me> => getJson('/api/me', meSchema, signal),
  articles: (signal?: AbortSignal): Promise<ArticleList> => getJson('/api/articles', articleListSchema, signal),
  /** One article of the corpus; without an id, the first one. */
  article: (id?: string, signal?: AbortSignal): Promise<ArticleView> =>
    getJson(id === undefined ? '/api/article' : `/api/articles/${encodeURIComponent(id)}`, articleSchema, signal),
  examples: async (signal?: AbortSignal): Promise<ExampleQuery[]> => (await getJson('/api/examples', examplesSchema, signal)).examples,
  cypher: (q: string, params: Record<string, Json>, signal?: AbortSignal): Promise<CypherResult> =>
    postJson('/api/cypher', { query: q, params }, cypherResultSchema, signal),
  exportFile: (format: ExportFormat, nodeIds: string[], signal?: AbortSignal): Promise<Download> =>
    postForFile('/api/export', { format, nodeIds }, `sila-graph.${format}`, signal),
  /** The nodes of a shared view that still exist, every relationship among them, and the ids that do not. */
  subgraph: (nodeIds: string[], signal?: AbortSignal): Promise<Subgraph> => postJson('/api/subgraph', { nodeIds }, subgraphSchema, signal),
  // ---- issue 13 part A: adding and reviewing an article ----
  /** What ingesting would add (nothing is written): from pasted text, or from a .txt/.html file with its form fields. */
  dryRun: (article: ArticleInput | FormData, signal?: AbortSignal): Promise<IngestResult> =>
    article instanceof FormData ? postForm('/api/articles?dryRun=true', article, ingestResultSchema, signal) : postJson('/api/articles?dryRun=true', article, ingestResultSchema, signal),
  /** Commits the reviewed dry run in one transaction (or finds the same text already in the corpus). */
  commitArticle: (article: ArticleInput & { review: Review }, signal?: AbortSignal): Promise<z.infer<typeof committedSchema>> => postJson('/api/articles', article, committedSchema, signal),
  // ---- end issue 13 part A ----
  // Corrections, notes, history and workspaces (issue 13): client/api/workbench.ts.
  ...workbenchApi,
};
