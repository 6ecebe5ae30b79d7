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

type JsonObject = { [key: string]: Json };

const isObject = (value: Json): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);
const hasExactly = (value: JsonObject, keys: readonly string[]): boolean => {
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((key) => own.includes(key));
};
const NODE_KEYS = ['elementId', 'labels', 'properties'] as const;
const RELATIONSHIP_KEYS = ['elementId', 'type', 'startElementId', 'endElementId', 'properties'] as const;

/**
 * The rows with every node and relationship named like the graph beside them (Graph JSON's `id`,
 * `source`, `target`), so a cell shows `(bcij)-[:DISMANTLED]->(lions-of-the-caliphate)` instead of
 * Neo4j's element ids, which mean nothing to a reader and change with every load.
 */
export function toStableRows(rows: Json[][], graph: PlainGraph, endpointIds: ReadonlyMap<string, Json>): Json[][] {
  const idOfNode = (elementId: string): string => stableIdOf(graph.nodes.get(elementId)?.properties.id ?? endpointIds.get(elementId), elementId);
  const rewrite = (value: Json): Json => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (!isObject(value)) return value;
    const { elementId, properties } = value;
    if (typeof elementId === 'string' && properties !== undefined && isObject(properties)) {
      if (hasExactly(value, NODE_KEYS)) return { id: stableIdOf(properties.id, elementId), labels: value.labels ?? [], properties };
      if (hasExactly(value, RELATIONSHIP_KEYS) && typeof value.startElementId === 'string' && typeof value.endElementId === 'string') {
        return {
          id: stableIdOf(properties.id, elementId),
          type: value.type ?? '',
          source: idOfNode(value.startElementId),
          target: idOfNode(value.endElementId),
          properties,
        };
      }
    }
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, rewrite(item)]));
  };
  return rows.map((row) => row.map(rewrite));
}
