/**
 * The console's rows as a CSV for spreadsheets, unlike the CSV export (which is for neo4j-admin and
 * keeps every value exactly). A spreadsheet runs a cell that begins with = + - @ (or a tab or carriage
 * return, and their full-width forms) as a formula: such text cells get a leading apostrophe, which
 * spreadsheets show as text and do not keep as part of the value. Numbers stay numbers.
 */
import type { Json } from '../../contract/json.ts';
import { formatValue, type NamePreference } from './format-value.ts';

const FORMULA_START = /^[\s\u00a0]*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

/** A cell's text as a spreadsheet may safely read it. */
export function neutralised(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function cell(value: Json, prefer: NamePreference): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return field(neutralised(formatValue(value, prefer)));
}

/** CSV with a byte-order mark (so spreadsheets read the Arabic as UTF-8) and CRLF line ends. */
export function spreadsheetCsv(columns: readonly string[], rows: readonly (readonly Json[])[], prefer: NamePreference): string {
  const lines = [columns.map((column) => field(neutralised(column))).join(','), ...rows.map((row) => row.map((value) => cell(value, prefer)).join(','))];
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
