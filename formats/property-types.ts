/**
 * One type per property key, shared by all nodes (or all relationships) of an export: GraphML keys and
 * neo4j-admin CSV headers are declared once per column, and the Cypher script must write 34.0, not 34,
 * for a float. Neo4j's own `valueType()` is used when known; otherwise the JSON value decides.
 */
import type { Graph, GraphEdge, GraphNode } from '../contract/graph.ts';
import type { Json } from '../contract/json.ts';

/** `long` is an integer outside the 32-bit range that GraphML's and neo4j-admin's `int` cover. */
export type ScalarType = 'string' | 'int' | 'long' | 'double' | 'boolean';

export interface PropertyType {
  scalar: ScalarType;
  list: boolean;
}

export type PropertyTypes = ReadonlyMap<string, PropertyType>;

/** Graph JSON plus the one type of each property key, per kind of element. */
export interface ExportGraph extends Graph {
  nodeTypes: PropertyTypes;
  edgeTypes: PropertyTypes;
}

const INT32 = 2 ** 31;

function scalarOfCypher(name: string): ScalarType {
  if (name.startsWith('INTEGER')) return 'int';
  if (name.startsWith('FLOAT')) return 'double';
  if (name.startsWith('BOOLEAN')) return 'boolean';
  return 'string';
}

/** Reads a Cypher type name such as `LIST<FLOAT NOT NULL> NOT NULL`. Temporal and spatial types travel as strings. */
export function fromCypherType(name: string): PropertyType {
  const list = /^LIST<(.*)>/.exec(name);
  return list ? { scalar: scalarOfCypher(list[1] ?? ''), list: true } : { scalar: scalarOfCypher(name), list: false };
}

function scalarOfJson(value: Json): ScalarType | undefined {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'double';
  if (value === null) return undefined;
  return 'string';
}

function widen(a: ScalarType | undefined, b: ScalarType | undefined): ScalarType | undefined {
  if (a === undefined) return b;
  if (b === undefined || a === b) return a;
  const numeric = new Set<ScalarType>(['int', 'long', 'double']);
  if (numeric.has(a) && numeric.has(b)) return a === 'double' || b === 'double' ? 'double' : 'long';
  return 'string';
}

function fromJson(value: Json): PropertyType | undefined {
  if (Array.isArray(value)) {
    let scalar: ScalarType | undefined;
    for (const item of value) scalar = widen(scalar, Array.isArray(item) || (item !== null && typeof item === 'object') ? 'string' : scalarOfJson(item));
    return { scalar: scalar ?? 'string', list: true };
  }
  if (value !== null && typeof value === 'object') return { scalar: 'string', list: false };
  const scalar = scalarOfJson(value);
  return scalar === undefined ? undefined : { scalar, list: false };
}

function outsideInt32(value: Json): boolean {
  const values = Array.isArray(value) ? value : [value];
  return values.some((v) => (typeof v === 'number' && (v >= INT32 || v < -INT32)) || typeof v === 'string');
}

function merge(a: PropertyType | undefined, b: PropertyType): PropertyType {
  if (a === undefined) return b;
  if (a.list !== b.list) return { scalar: 'string', list: false };
  return { scalar: widen(a.scalar, b.scalar) ?? 'string', list: a.list };
}

/**
 * The type of every property key over a set of elements. Keys whose values disagree (a list here and
 * a number there) become strings, which every format can hold.
 */
export function propertyTypes(
  elements: readonly { properties: Record<string, Json> }[],
  declared: readonly (Readonly<Record<string, string>> | undefined)[] = [],
): Map<string, PropertyType> {
  const types = new Map<string, PropertyType>();
  elements.forEach((element, i) => {
    for (const [key, value] of Object.entries(element.properties)) {
      const cypherType = declared[i]?.[key];
      let type = cypherType === undefined ? fromJson(value) : fromCypherType(cypherType);
      if (type === undefined) continue;
      // Integers beyond 32 bits arrive as numbers or, past 2^53, as exact decimal strings.
      if (type.scalar === 'int' && outsideInt32(value)) type = { ...type, scalar: 'long' };
      types.set(key, merge(types.get(key), type));
    }
  });
  return types;
}

export function exportGraph(
  nodes: GraphNode[],
  edges: GraphEdge[],
  declared: { nodes?: readonly Record<string, string>[]; edges?: readonly Record<string, string>[] } = {},
): ExportGraph {
  return { nodes, edges, nodeTypes: propertyTypes(nodes, declared.nodes), edgeTypes: propertyTypes(edges, declared.edges) };
}

/** Property keys in a stable order: `id` first, then alphabetical. */
export function orderedKeys(types: PropertyTypes): string[] {
  return [...types.keys()].sort((a, b) => (a === 'id' ? -1 : b === 'id' ? 1 : a < b ? -1 : a > b ? 1 : 0));
}
