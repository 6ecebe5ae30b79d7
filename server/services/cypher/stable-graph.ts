/**
 * Turns the nodes and relationships a console query returned into Graph JSON, named by stable ids so the
 * client can merge them with what is already on its canvas.
 */
import type { Graph, GraphEdge, GraphNode } from '../../../contract/graph.ts';
import type { Json } from '../../../contract/json.ts';
import type { PlainGraph } from '../../../store/to-json.ts';

/** Nodes and relationships without a stable `id` property are named after their Neo4j element id. */
export const elementIdPrefix = 'neo4j:';

export function stableIdOf(idProperty: Json | undefined, elementId: string): string {
  if (typeof idProperty === 'string' && idProperty.length > 0) return idProperty;
  if (typeof idProperty === 'number') return String(idProperty);
  return elementIdPrefix + elementId;
}

/** Element ids of relationship ends that are not among the returned nodes. */
export function missingEndpoints(graph: PlainGraph): string[] {
  const missing = new Set<string>();
  for (const rel of graph.relationships.values()) {
    if (!graph.nodes.has(rel.startElementId)) missing.add(rel.startElementId);
    if (!graph.nodes.has(rel.endElementId)) missing.add(rel.endElementId);
  }
  return [...missing];
}

/**
 * @param endpointIds the `id` property of relationship ends that were not returned as nodes,
 *   by element id (see `missingEndpoints`).
 */
export function toStableGraph(graph: PlainGraph, endpointIds: ReadonlyMap<string, Json>): Graph {
  const idByElement = new Map<string, string>();
  const nodes: GraphNode[] = [];
  for (const node of graph.nodes.values()) {
    const id = stableIdOf(node.properties.id, node.elementId);
    idByElement.set(node.elementId, id);
    nodes.push({ id, labels: node.labels, properties: node.properties });
  }
  const endpoint = (elementId: string): string => idByElement.get(elementId) ?? stableIdOf(endpointIds.get(elementId), elementId);
  const edges: GraphEdge[] = [...graph.relationships.values()].map((rel) => ({
    id: stableIdOf(rel.properties.id, rel.elementId),
    type: rel.type,
    source: endpoint(rel.startElementId),
    target: endpoint(rel.endElementId),
    properties: rel.properties,
  }));
  return { nodes, edges };
}
