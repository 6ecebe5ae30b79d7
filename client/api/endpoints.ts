import {
  articleListSchema,
  articleSchema,
  cypherResultSchema,
  edgeDetailSchema,
  examplesSchema,
  neighborsSchema,
  nodeDetailSchema,
  pathsResultSchema,
  schemaInfoSchema,
  searchResultSchema,
  type ArticleList,
  type ArticleView,
  type CypherResult,
  type EdgeDetail,
  type ExampleQuery,
  type ExportFormat,
  type Neighbors,
  type NodeDetail,
  type PathsResult,
  type SchemaInfo,
  type SearchResult,
} from '../../contract/api.ts';
import { graphSchema, type Graph } from '../../contract/graph.ts';
import type { Json } from '../../contract/json.ts';
import { getJson, postForFile, postJson, query, type Download } from './http.ts';

/** Every call the client makes, typed and checked with the shared contract. */
export const api = {
  graph: (limit?: number, signal?: AbortSignal): Promise<Graph> => getJson(`/api/graph${query({ limit })}`, graphSchema, signal),
  schema: (signal?: AbortSignal): Promise<SchemaInfo> => getJson('/api/schema', schemaInfoSchema, signal),
  node: (id: string, signal?: AbortSignal): Promise<NodeDetail> => getJson(`/api/nodes/${encodeURIComponent(id)}`, nodeDetailSchema, signal),
  neighbors: (id: string, options: { types?: string[]; limit?: number } = {}, signal?: AbortSignal): Promise<Neighbors> =>
    getJson(
      `/api/nodes/${encodeURIComponent(id)}/neighbors${query({ types: options.types?.join(','), limit: options.limit })}`,
      neighborsSchema,
      signal,
    ),
  edge: (id: string, signal?: AbortSignal): Promise<EdgeDetail> => getJson(`/api/edges/${encodeURIComponent(id)}`, edgeDetailSchema, signal),
  search: (q: string, limit = 10, signal?: AbortSignal): Promise<SearchResult> =>
    getJson(`/api/search${query({ q, limit })}`, searchResultSchema, signal),
  paths: (from: string, to: string, mode: 'shortest' | 'all', signal?: AbortSignal): Promise<PathsResult> =>
    getJson(`/api/paths${query({ from, to, mode })}`, pathsResultSchema, signal),
  articles: (signal?: AbortSignal): Promise<ArticleList> => getJson('/api/articles', articleListSchema, signal),
  /** One article of the corpus; without an id, the first one. */
  article: (id?: string, signal?: AbortSignal): Promise<ArticleView> =>
    getJson(id === undefined ? '/api/article' : `/api/articles/${encodeURIComponent(id)}`, articleSchema, signal),
  examples: async (signal?: AbortSignal): Promise<ExampleQuery[]> => (await getJson('/api/examples', examplesSchema, signal)).examples,
  cypher: (q: string, params: Record<string, Json>, signal?: AbortSignal): Promise<CypherResult> =>
    postJson('/api/cypher', { query: q, params }, cypherResultSchema, signal),
  exportFile: (format: ExportFormat, nodeIds: string[], signal?: AbortSignal): Promise<Download> =>
    postForFile('/api/export', { format, nodeIds }, `sila-graph.${format}`, signal),
  /** The induced subgraph of known ids, through the JSON export: how a shared link is reopened. */
  subgraph: async (nodeIds: string[], signal?: AbortSignal): Promise<Graph> => {
    const file = await postForFile('/api/export', { format: 'json', nodeIds }, 'graph.json', signal);
    const parsed = graphSchema.safeParse(JSON.parse(await file.blob.text()));
    if (!parsed.success) throw new Error(`The JSON export is not Graph JSON: ${parsed.error.message}`);
    return parsed.data;
  },
};
