/**
 * The Cypher files of the exploration API project nodes and relationships as Graph JSON maps
 * ({id, labels, properties} and {id, type, source, target, properties}); these helpers check that
 * shape on the way out of the database and drop the properties that only serve search.
 */
import { z } from 'zod';
import { graphEdgeSchema, graphNodeSchema, type Graph, type GraphEdge, type GraphNode } from '../../contract/graph.ts';
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

export function toGraphNode(value: unknown): GraphNode {
  const node = graphNodeSchema.parse(value);
  return { id: node.id, labels: node.labels, properties: publicProperties(node.properties) };
}

export function toGraphEdge(value: unknown): GraphEdge {
  return graphEdgeSchema.parse(value);
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
