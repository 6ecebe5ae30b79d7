/**
 * The one place where neo4j-driver values become plain JSON.
 * Nothing outside store/ ever sees an Integer, a temporal, a Point, a Node, a Relationship or a Path.
 */
import neo4j, {
  type Node,
  type Path,
  type Relationship,
  isDate,
  isDateTime,
  isDuration,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPathSegment,
  isPoint,
  isRelationship,
  isTime,
} from 'neo4j-driver';
import type { Json } from '../contract/json.ts';
import { isoDate, isoDateTime, isoDuration, isoLocalDateTime, isoLocalTime, isoTime } from './temporal-iso.ts';

export interface PlainNode {
  elementId: string;
  labels: string[];
  properties: Record<string, Json>;
}

export interface PlainRelationship {
  elementId: string;
  type: string;
  startElementId: string;
  endElementId: string;
  properties: Record<string, Json>;
}

/** The nodes and relationships found anywhere inside a set of values (rows, paths, lists, maps). */
export interface PlainGraph {
  nodes: Map<string, PlainNode>;
  relationships: Map<string, PlainRelationship>;
}

function integerToJson(value: { toNumber(): number; toString(): string; inSafeRange(): boolean }): Json {
  // Beyond 2^53 a JS number would silently change the value; a string keeps it exact.
  return value.inSafeRange() ? value.toNumber() : value.toString();
}

function propertiesToJson(props: Record<string, unknown>, convert?: ElementConverter): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const key of Object.keys(props)) out[key] = toJson(props[key], convert);
  return out;
}

/** Cypher maps arrive as object literals; every driver type (Integer, temporals, Node …) has a class of its own. */
const isPlainMap = (value: object): value is Record<string, unknown> => {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

export function nodeToPlain(node: Node): PlainNode {
  return { elementId: node.elementId, labels: [...node.labels], properties: propertiesToJson(node.properties) };
}

export function relationshipToPlain(rel: Relationship): PlainRelationship {
  return {
    elementId: rel.elementId,
    type: rel.type,
    startElementId: rel.startNodeElementId,
    endElementId: rel.endNodeElementId,
    properties: propertiesToJson(rel.properties),
  };
}

/** How toJson and collectGraph turn driver elements into plain ones (a caller may remember them: see store/console.ts). */
export interface ElementConverter {
  node(node: Node): PlainNode;
  relationship(rel: Relationship): PlainRelationship;
}

const CONVERT: ElementConverter = { node: nodeToPlain, relationship: relationshipToPlain };

/** Converts any value a driver record can hold to JSON. Graph values become their plain shapes. */
export function toJson(value: unknown, convert: ElementConverter = CONVERT): Json {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  // Lists and maps first: they are most of what a row holds, and each driver type check below costs a lookup.
  if (Array.isArray(value)) return value.map((v) => toJson(v, convert));
  if (typeof value === 'object' && isPlainMap(value)) return propertiesToJson(value, convert);
  if (neo4j.isInt(value)) return integerToJson(value);
  // Built from the fields, never through JavaScript's Date, whose range is far smaller than Neo4j's.
  if (isDate(value)) return isoDate(value);
  if (isDateTime(value)) return isoDateTime(value);
  if (isLocalDateTime(value)) return isoLocalDateTime(value);
  if (isTime(value)) return isoTime(value);
  if (isLocalTime(value)) return isoLocalTime(value);
  if (isDuration(value)) return isoDuration(value);
  if (isPoint(value)) {
    const point: Record<string, Json> = { srid: integerToJson(neo4j.int(value.srid)), x: value.x, y: value.y };
    if (value.z !== undefined) point.z = value.z;
    return point;
  }
  if (isNode(value)) {
    const node = convert.node(value);
    return { elementId: node.elementId, labels: node.labels, properties: node.properties };
  }
  if (isRelationship(value)) {
    const rel = convert.relationship(value);
    return { elementId: rel.elementId, type: rel.type, startElementId: rel.startElementId, endElementId: rel.endElementId, properties: rel.properties };
  }
  if (isPath(value)) {
    return {
      nodes: [value.start, ...value.segments.map((s) => s.end)].map((n) => toJson(n, convert)),
      relationships: value.segments.map((s) => toJson(s.relationship, convert)),
    };
  }
  if (value instanceof Uint8Array) return Array.from(value);
  if (typeof value === 'object') return propertiesToJson(value as Record<string, unknown>, convert);
  // Functions and symbols never come from the driver; say what they were rather than guess.
  return typeof value;
}

/** Walks values and gathers every node and relationship they contain, de-duplicated by element id. */
export function collectGraph(values: unknown[], into: PlainGraph = { nodes: new Map(), relationships: new Map() }, convert: ElementConverter = CONVERT): PlainGraph {
  const visit = (value: unknown): void => {
    if (value === null || typeof value !== 'object') return;
    if (isNode(value)) {
      into.nodes.set(value.elementId, convert.node(value));
    } else if (isRelationship(value)) {
      into.relationships.set(value.elementId, convert.relationship(value));
    } else if (isPath(value)) {
      visitPath(value);
    } else if (isPathSegment(value)) {
      visit(value.start);
      visit(value.relationship);
      visit(value.end);
    } else if (Array.isArray(value)) {
      value.forEach(visit);
    } else if (!neo4j.isInt(value) && !isPoint(value) && Object.getPrototypeOf(value) === Object.prototype) {
      Object.values(value as Record<string, unknown>).forEach(visit);
    }
  };
  const visitPath = (path: Path): void => {
    visit(path.start);
    for (const segment of path.segments) {
      visit(segment.relationship);
      visit(segment.end);
    }
  };
  values.forEach(visit);
  return into;
}
