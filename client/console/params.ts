/**
 * The optional parameters field: empty means none, anything else must be a JSON object.
 */
import { z } from 'zod';
import { jsonSchema, type Json } from '../../contract/json.ts';

export type ParamsParse =
  | { ok: true; params: Record<string, Json> }
  | { ok: false; reason: 'syntax'; message: string }
  | { ok: false; reason: 'not-object' };

const paramsObjectSchema = z.record(z.string(), jsonSchema);

export function parseParams(text: string): ParamsParse {
  if (text.trim() === '') return { ok: true, params: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: 'syntax', message: error instanceof Error ? error.message : String(error) };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { ok: false, reason: 'not-object' };
  const parsed = paramsObjectSchema.safeParse(value);
  return parsed.success ? { ok: true, params: parsed.data } : { ok: false, reason: 'not-object' };
}
