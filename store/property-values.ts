/**
 * What Neo4j can store as a property, and how a JSON value is sent so it is stored with the right type:
 * whole numbers as integers, except the properties that are always floats.
 */
import neo4j from 'neo4j-driver';
import type { Json } from '../contract/json.ts';

/** Properties that are always stored as floats; every other whole number is stored as an integer. */
export const FLOAT_PROPERTIES: ReadonlySet<string> = new Set(['lat', 'lon', 'score', 'confidence']);

function unstorableScalar(value: Json): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : `${value} cannot be stored`;
  if (typeof value === 'string' || typeof value === 'boolean') return undefined;
  return `Neo4j properties are strings, numbers, booleans or lists of them, not ${JSON.stringify(value)}`;
}

/** Why Neo4j cannot store `value` (a string, finite number or boolean, or a list of one of them), or undefined. */
export function unstorable(value: Json): string | undefined {
  if (!Array.isArray(value)) return unstorableScalar(value);
  const first = typeof value[0];
  for (const item of value) {
    const problem = unstorableScalar(item);
    if (problem !== undefined) return problem;
    if (typeof item !== first) return 'a list property must hold values of one type';
  }
  return undefined;
}

/** The first property Neo4j cannot store, as `<where(key)>: <why>`, or undefined. A null is no property: it is left out. */
export function propertyProblem(properties: Record<string, Json>, where: (key: string) => string): string | undefined {
  for (const key in properties) {
    const value = properties[key];
    const problem = value === undefined || value === null ? undefined : unstorable(value);
    if (problem !== undefined) return `${where(key)}: ${problem}`;
  }
  return undefined;
}

/** A (checked) property value as the driver should send it. */
export function toNeo4j(key: string, value: Json): unknown {
  const scalar = (v: Json): unknown => (typeof v === 'number' && Number.isInteger(v) && !FLOAT_PROPERTIES.has(key) ? neo4j.int(v) : v);
  return Array.isArray(value) ? value.map(scalar) : scalar(value);
}

/** Every property converted with `toNeo4j`; null values are left out (Neo4j does not store null). */
export function toNeo4jProperties(properties: Record<string, Json>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(properties)) if (value !== null) out[key] = toNeo4j(key, value);
  return out;
}
