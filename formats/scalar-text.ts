import type { Json } from '../contract/json.ts';

/**
 * A property value as one text field. Lists and maps become JSON, which is how GraphML, and any
 * format without a list syntax of its own, carries them.
 */
export function valueText(value: Json): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
