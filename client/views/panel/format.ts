import type { Json } from '../../../contract/json.ts';

/** Property values as a reader expects them: lists joined, objects as compact JSON. */
export function formatValue(value: Json): string {
  if (value === null) return '—';
  if (Array.isArray(value)) return value.map(formatValue).join(' · ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
