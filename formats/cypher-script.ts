/**
 * A Cypher script that rebuilds the subgraph in an empty database: one statement per line, each ending
 * in `;`, so it can be pasted into cypher-shell or run statement by statement. Values are literals,
 * never string-built queries: strings are escaped, floats keep a decimal point, Arabic stays as it is.
 */
import type { Json } from '../contract/json.ts';
import { cypherName } from './cypher-names.ts';
import { orderedKeys, type ExportGraph, type PropertyType, type PropertyTypes } from './property-types.ts';

const ESCAPES: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

/**
 * A single-quoted Cypher string literal. Control and line-separator characters are written as \uXXXX;
 * a backslash is always doubled, so no text in the value (`\u0027` included) is read as an escape.
 */
export function cypherString(text: string): string {
  let out = "'";
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const escape = ESCAPES[char];
    if (escape !== undefined) out += escape;
    else if (code < 0x20 || code === 0x2028 || code === 0x2029 || code === 0x7f || (code >= 0xd800 && code <= 0xdfff)) out += `\\u${code.toString(16).padStart(4, '0')}`;
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
  return entries.length === 0 ? '' : `{${entries.join(', ')}}`;
}

function labelsText(labels: string[]): string {
  return labels.map((label) => `:${cypherName(label)}`).join('');
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Rows per UNWIND statement: few statements plan quickly, while no single line grows without bound. */
const ROWS_PER_STATEMENT = 200;

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += ROWS_PER_STATEMENT) out.push(items.slice(i, i + ROWS_PER_STATEMENT));
  return out;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Sila's id-carrying labels; matching on one of them lets an indexed database find the ends directly. */
const KEY_LABELS = ['Entity', 'Sentence', 'Article'];

/**
 * Nodes are created one UNWIND statement per label set and relationships one per type (and end labels):
 * a statement per element made Neo4j plan every line anew, which took about 0.1 s each.
 */
export function writeCypherScript(graph: ExportGraph): string {
  const labelsById = new Map(graph.nodes.map((node) => [node.id, node.labels]));
  const keyLabel = (id: string): string => {
    const label = KEY_LABELS.find((candidate) => labelsById.get(id)?.includes(candidate));
    return label === undefined ? '' : `:${label}`;
  };
  // The relationships find their ends by `id`, so every node gets one even if its properties lack it.
  const nodeTypes: PropertyTypes = graph.nodeTypes.has('id') ? graph.nodeTypes : new Map<string, PropertyType>([['id', { scalar: 'string', list: false }], ...graph.nodeTypes]);
  const lines = [
    `// Sila subgraph: ${count(graph.nodes.length, 'node')}, ${count(graph.edges.length, 'relationship')}.`,
    '// Run in an empty database; every statement is one line ending in ";".',
  ];
  for (const nodes of groupBy(graph.nodes, (node) => labelsText(node.labels)).values()) {
    const labels = labelsText(nodes[0]?.labels ?? []);
    for (const chunk of chunks(nodes)) {
      const rows = chunk.map((node) => propertyMap({ id: node.id, ...node.properties }, nodeTypes) || '{}');
      lines.push(`UNWIND [${rows.join(', ')}] AS properties CREATE (n${labels}) SET n = properties;`);
    }
  }
  const edgeGroups = groupBy(graph.edges, (edge) => `${edge.type} ${keyLabel(edge.source)} ${keyLabel(edge.target)}`);
  for (const edges of edgeGroups.values()) {
    const first = edges[0];
    if (!first) continue;
    for (const chunk of chunks(edges)) {
      const rows = chunk.map(
        (edge) => `{from: ${cypherString(edge.source)}, to: ${cypherString(edge.target)}, properties: ${propertyMap(edge.properties, graph.edgeTypes) || '{}'}}`,
      );
      lines.push(
        `UNWIND [${rows.join(', ')}] AS row MATCH (a${keyLabel(first.source)} {id: row.from}) MATCH (b${keyLabel(first.target)} {id: row.to}) ` +
          `CREATE (a)-[r:${cypherName(first.type)}]->(b) SET r = row.properties;`,
      );
    }
  }
  return lines.join('\n') + '\n';
}
