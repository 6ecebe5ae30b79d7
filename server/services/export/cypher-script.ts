/**
 * A Cypher script that rebuilds the subgraph in an empty database: one statement per line, each ending
 * in `;`, so it can be pasted into cypher-shell or run statement by statement. Values are literals,
 * never string-built queries: strings are escaped, floats keep a decimal point, Arabic stays as it is.
 */
import type { Json } from '../../../contract/json.ts';
import { orderedKeys, type ExportGraph, type PropertyType, type PropertyTypes } from './property-types.ts';

const SIMPLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A label, type or key; anything but a plain name is backticked, with backticks doubled. */
export function cypherName(name: string): string {
  return SIMPLE_NAME.test(name) ? name : `\`${name.replaceAll('`', '``')}\``;
}

const ESCAPES: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

/** A single-quoted Cypher string literal. Control and line-separator characters are written as \uXXXX. */
export function cypherString(text: string): string {
  let out = "'";
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const escape = ESCAPES[char];
    if (escape !== undefined) out += escape;
    else if (code < 0x20 || code === 0x2028 || code === 0x2029 || code === 0x7f) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += char;
  }
  return out + "'";
}

function floatLiteral(value: number): string {
  if (!Number.isFinite(value)) return `toFloat(${cypherString(String(value))})`;
  const text = String(value);
  return /[.eE]/.test(text) ? text : `${text}.0`;
}

function scalarLiteral(value: Json, type: PropertyType): string {
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return type.scalar === 'double' ? floatLiteral(value) : String(value);
  if (typeof value === 'string') {
    // Integers past 2^53 and non-finite floats reach here as text; they go back as numbers.
    if ((type.scalar === 'int' || type.scalar === 'long') && /^-?\d+$/.test(value)) return value;
    if (type.scalar === 'double' && /^(-?Infinity|NaN)$/.test(value)) return `toFloat(${cypherString(value)})`;
    return cypherString(value);
  }
  return cypherString(JSON.stringify(value));
}

export function cypherLiteral(value: Json, type: PropertyType): string {
  if (Array.isArray(value)) return `[${value.map((item) => scalarLiteral(item, type)).join(', ')}]`;
  return scalarLiteral(value, type);
}

function propertyMap(properties: Record<string, Json>, types: PropertyTypes): string {
  const entries = orderedKeys(types)
    .filter((key) => properties[key] !== undefined && properties[key] !== null)
    .map((key) => `${cypherName(key)}: ${cypherLiteral(properties[key] ?? null, types.get(key) ?? { scalar: 'string', list: false })}`);
  return entries.length === 0 ? '' : ` {${entries.join(', ')}}`;
}

function labelsText(labels: string[]): string {
  return labels.map((label) => `:${cypherName(label)}`).join('');
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

export function writeCypherScript(graph: ExportGraph): string {
  const labelsById = new Map(graph.nodes.map((node) => [node.id, node.labels]));
  const match = (variable: string, id: string): string =>
    `(${variable}${labelsText(labelsById.get(id) ?? [])} {id: ${cypherString(id)}})`;
  // The relationships find their ends by `id`, so every node gets one even if its properties lack it.
  const nodeTypes: PropertyTypes = graph.nodeTypes.has('id') ? graph.nodeTypes : new Map<string, PropertyType>([['id', { scalar: 'string', list: false }], ...graph.nodeTypes]);
  const lines = [
    `// Sila subgraph: ${count(graph.nodes.length, 'node')}, ${count(graph.edges.length, 'relationship')}.`,
    '// Run in an empty database; every statement is one line ending in ";".',
    ...graph.nodes.map((node) => `CREATE (${labelsText(node.labels)}${propertyMap({ id: node.id, ...node.properties }, nodeTypes)});`),
    ...graph.edges.map(
      (edge) =>
        `MATCH ${match('a', edge.source)}, ${match('b', edge.target)} CREATE (a)-[:${cypherName(edge.type)}${propertyMap(edge.properties, graph.edgeTypes)}]->(b);`,
    ),
  ];
  return lines.join('\n') + '\n';
}
