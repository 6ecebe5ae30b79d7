/**
 * Result cells as short text: nodes as `(:Agency {id: "bcij", name_en: "BCIJ"})`, relationships as
 * `(a)-[:HEADS]->(b)`, paths as chains, and anything else as its JSON.
 */
import type { Json } from '../../contract/json.ts';

type JsonObject = { [key: string]: Json };

interface NodeLike {
  key: string | null;
  labels: string[];
  properties: JsonObject;
}

interface RelationshipLike {
  type: string;
  source: string | null;
  target: string | null;
  properties: JsonObject;
}

function isObject(value: Json): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function onlyKeys(value: JsonObject, allowed: readonly string[]): boolean {
  return Object.keys(value).every((key) => allowed.includes(key));
}

function stringOrNull(value: Json | undefined): string | null {
  return typeof value === 'string' ? value : null;
}

/** The API writes graph values in Graph JSON (`id`) and the driver's plain shape (`elementId`); both are read. */
export function asNode(value: Json): NodeLike | null {
  if (!isObject(value) || !onlyKeys(value, ['id', 'elementId', 'labels', 'properties'])) return null;
  const { labels, properties } = value;
  if (!Array.isArray(labels) || !labels.every((l): l is string => typeof l === 'string')) return null;
  if (properties === undefined || !isObject(properties)) return null;
  return { key: stringOrNull(value.id) ?? stringOrNull(value.elementId), labels, properties };
}

export function asRelationship(value: Json): RelationshipLike | null {
  if (!isObject(value) || !onlyKeys(value, ['id', 'elementId', 'type', 'source', 'target', 'startElementId', 'endElementId', 'properties'])) return null;
  const { type, properties } = value;
  if (typeof type !== 'string' || properties === undefined || !isObject(properties)) return null;
  return {
    type,
    source: stringOrNull(value.source) ?? stringOrNull(value.startElementId),
    target: stringOrNull(value.target) ?? stringOrNull(value.endElementId),
    properties,
  };
}

function asPath(value: Json): { nodes: NodeLike[]; relationships: RelationshipLike[] } | null {
  if (!isObject(value)) return null;
  const keys = Object.keys(value).sort().join(',');
  if (keys !== 'nodes,relationships' && keys !== 'edges,nodes') return null;
  const nodes = value.nodes;
  const relationships = value.relationships ?? value.edges;
  if (!Array.isArray(nodes) || !Array.isArray(relationships) || nodes.length !== relationships.length + 1) return null;
  const asNodes = nodes.map(asNode).filter((n) => n !== null);
  const asRelationships = relationships.map(asRelationship).filter((r) => r !== null);
  if (asNodes.length !== nodes.length || asRelationships.length !== relationships.length) return null;
  return { nodes: asNodes, relationships: asRelationships };
}

export type NamePreference = 'ar' | 'en';

const nameKeys: Record<NamePreference, readonly string[]> = {
  ar: ['name_ar', 'name_en', 'name', 'title', 'text'],
  en: ['name_en', 'name_ar', 'name', 'title', 'text'],
};

/** The few properties that identify a node to a reader: its id and one name. */
function shownProperties(properties: JsonObject, prefer: NamePreference): [string, Json][] {
  const shown: [string, Json][] = [];
  if (properties.id !== undefined) shown.push(['id', properties.id]);
  const nameKey = nameKeys[prefer].find((key) => properties[key] !== undefined);
  if (nameKey !== undefined) shown.push([nameKey, properties[nameKey] ?? null]);
  if (shown.length === 0) {
    const first = Object.entries(properties)[0];
    if (first !== undefined) shown.push(first);
  }
  return shown;
}

function propertyText(shown: [string, Json][]): string {
  return shown.length === 0 ? '' : ` {${shown.map(([key, value]) => `${key}: ${JSON.stringify(value)}`).join(', ')}}`;
}

function nodeText(node: NodeLike, prefer: NamePreference): string {
  // `Entity` is on every domain node; naming the kind alone keeps cells short.
  const labels = node.labels.length > 1 ? node.labels.filter((l) => l !== 'Entity') : node.labels;
  return `(${labels.map((l) => `:${l}`).join('')}${propertyText(shownProperties(node.properties, prefer))})`;
}

/** Names of the nodes a result holds, by stable id. */
export type NodeNames = ReadonlyMap<string, string>;

/** A relationship end by its slug, with its name when the result holds the node: `(bcij «المكتب…»)`. */
function endpointText(key: string | null, names: NodeNames): string {
  if (key === null) return '()';
  const name = names.get(key);
  return name === undefined ? `(${key})` : `(${key} ${JSON.stringify(name)})`;
}

function relationshipText(rel: RelationshipLike, names: NodeNames): string {
  const body = `[:${rel.type}]`;
  if (rel.source === null && rel.target === null) return body;
  return `${endpointText(rel.source, names)}-${body}->${endpointText(rel.target, names)}`;
}

function pathText(path: { nodes: NodeLike[]; relationships: RelationshipLike[] }, prefer: NamePreference): string {
  let text = nodeText(path.nodes[0] ?? { key: null, labels: [], properties: {} }, prefer);
  path.relationships.forEach((rel, i) => {
    const from = path.nodes[i];
    const forward = rel.source === null || from === undefined || rel.source === from.key;
    text += forward ? `-[:${rel.type}]->` : `<-[:${rel.type}]-`;
    text += nodeText(path.nodes[i + 1] ?? { key: null, labels: [], properties: {} }, prefer);
  });
  return text;
}

function nestedText(value: Json, prefer: NamePreference, names: NodeNames): string {
  const graphText = graphValueText(value, prefer, names);
  if (graphText !== null) return graphText;
  if (Array.isArray(value)) return `[${value.map((item) => nestedText(item, prefer, names)).join(',')}]`;
  if (isObject(value)) return `{${Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}:${nestedText(item, prefer, names)}`).join(',')}}`;
  return JSON.stringify(value);
}

function graphValueText(value: Json, prefer: NamePreference, names: NodeNames): string | null {
  const path = asPath(value);
  if (path !== null) return pathText(path, prefer);
  const node = asNode(value);
  if (node !== null) return nodeText(node, prefer);
  const rel = asRelationship(value);
  if (rel !== null) return relationshipText(rel, names);
  return null;
}

/**
 * A cell's text. Top-level strings are shown bare; inside lists and maps they keep their JSON quotes.
 * Relationships name their ends by slug (the server writes rows with stable ids) and, when the result
 * holds those nodes, by name too.
 */
export function formatValue(value: Json, prefer: NamePreference = 'en', names: NodeNames = new Map()): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return nestedText(value, prefer, names);
}
