/**
 * `nodes.csv` and `relationships.csv` in the header layout of `neo4j-admin database import`, zipped.
 * Lists use `;` between items (the importer's default array delimiter; an item that itself contains
 * `;` cannot be told apart on import, and an empty list is read back as no property at all). Fields are quoted as RFC 4180 says, lines end with CRLF.
 * Values are written exactly, formula-looking text (`=1+1`) included: this CSV is for the importer, not for
 * spreadsheets (the console's "Spreadsheet table" neutralises such cells instead; README, export dialog).
 */
import { strToU8, zipSync } from 'fflate';
import type { Json } from '../contract/json.ts';
import { orderedKeys, type ExportGraph, type PropertyType, type PropertyTypes } from './property-types.ts';
import { valueText } from './scalar-text.ts';

export const ARRAY_DELIMITER = ';';

export function csvField(text: string): string {
  return /[",\r\n]/.test(text) || text === '' ? `"${text.replaceAll('"', '""')}"` : text;
}

/** An absent property is an empty, unquoted field, which the importer skips; an empty string is `""`. */
function field(value: Json | undefined, type: PropertyType): string {
  if (value === undefined || value === null) return '';
  if (type.list && Array.isArray(value)) {
    return value.length === 0 ? '' : csvField(value.map((item) => valueText(item)).join(ARRAY_DELIMITER));
  }
  return csvField(valueText(value));
}

function header(key: string, type: PropertyType): string {
  const suffix = type.list ? `:${type.scalar}[]` : type.scalar === 'string' ? '' : `:${type.scalar}`;
  return csvField(key + suffix);
}

function rows(lines: string[][]): string {
  return lines.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}

function propertyColumns(types: PropertyTypes, skip: string): string[] {
  return orderedKeys(types).filter((key) => key !== skip);
}

export function nodesCsv(graph: ExportGraph): string {
  const keys = propertyColumns(graph.nodeTypes, 'id');
  const type = (key: string): PropertyType => graph.nodeTypes.get(key) ?? { scalar: 'string', list: false };
  return rows([
    ['id:ID', ':LABEL', ...keys.map((key) => header(key, type(key)))],
    ...graph.nodes.map((node) => [
      csvField(node.id),
      csvField(node.labels.join(ARRAY_DELIMITER)),
      ...keys.map((key) => field(node.properties[key], type(key))),
    ]),
  ]);
}

export function relationshipsCsv(graph: ExportGraph): string {
  const keys = propertyColumns(graph.edgeTypes, '');
  const type = (key: string): PropertyType => graph.edgeTypes.get(key) ?? { scalar: 'string', list: false };
  return rows([
    [':START_ID', ':END_ID', ':TYPE', ...keys.map((key) => header(key, type(key)))],
    ...graph.edges.map((edge) => [
      csvField(edge.source),
      csvField(edge.target),
      csvField(edge.type),
      ...keys.map((key) => field(edge.properties[key], type(key))),
    ]),
  ]);
}

export function writeCsvZip(graph: ExportGraph): Uint8Array {
  return zipSync({ 'nodes.csv': strToU8(nodesCsv(graph)), 'relationships.csv': strToU8(relationshipsCsv(graph)) });
}
