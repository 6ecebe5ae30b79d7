/**
 * The Cypher files of the exploration API project nodes and relationships as Graph JSON maps
 * ({id, labels, properties} and {id, type, source, target, properties}); these helpers check that
 * shape on the way out of the database and drop the properties that only serve search.
 */
import { z } from 'zod';
import type { Graph, GraphEdge, GraphNode } from '../../contract/graph.ts';
import type { Json } from '../../contract/json.ts';

/**
 * Derived search keys written by the seed; they repeat the names in normalised form, so they would
 * only make every payload bigger and every property panel noisier.
 */
export const SEARCH_ONLY_PROPERTIES: ReadonlySet<string> = new Set(['search_ar', 'search_latin', 'keys_norm']);

function publicProperties(properties: Record<string, Json>): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const [key, value] of Object.entries(properties)) if (!SEARCH_ONLY_PROPERTIES.has(key)) out[key] = value;
  return out;
}

/**
 * Rows come from the database layer as Json already (store/to-json.ts converts every value): the shape is
 * checked here, not every property value again, which for a page of a hub's neighbours cost as much as
 * converting it (zod's record walks and copies each entry). The responses' own schemas (contract/graph.ts)
 * check the values in the test suite.
 */
const storedProperties = z.custom<Record<string, Json>>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), {
  error: 'Expected the properties as a map',
});
export const storedNodeSchema = z.object({ id: z.string(), labels: z.array(z.string()), properties: storedProperties });
const storedEdgeSchema = z.object({ id: z.string(), type: z.string(), source: z.string(), target: z.string(), properties: storedProperties });

/** A node already checked as Graph JSON, without its search-only properties. */
export function publicNode(node: GraphNode): GraphNode {
  return { id: node.id, labels: node.labels, properties: publicProperties(node.properties) };
}

export function toGraphNode(value: unknown): GraphNode {
  return publicNode(storedNodeSchema.parse(value));
}

export function toGraphEdge(value: unknown): GraphEdge {
  return storedEdgeSchema.parse(value);
}

export const nodeListSchema = z.array(z.unknown()).transform((items) => items.map(toGraphNode));
export const edgeListSchema = z.array(z.unknown()).transform((items) => items.map(toGraphEdge));

/** Accumulates nodes and edges without duplicates, keeping the order in which they were first seen. */
export class GraphBuilder {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly edges = new Map<string, GraphEdge>();

  addNode(node: GraphNode): this {
    if (!this.nodes.has(node.id)) this.nodes.set(node.id, node);
    return this;
  }

  addEdge(edge: GraphEdge): this {
    if (!this.edges.has(edge.id)) this.edges.set(edge.id, edge);
    return this;
  }

  build(truncated?: boolean): Graph {
    const graph: Graph = { nodes: [...this.nodes.values()], edges: [...this.edges.values()] };
    if (truncated !== undefined) graph.truncated = truncated;
    return graph;
  }
}
