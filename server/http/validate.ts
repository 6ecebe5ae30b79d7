import type { z } from 'zod';
import { MAX_JSON_DEPTH, nestedDeeperThan } from './json-depth.ts';
import { HttpError } from './problem.ts';

/** Parses request input with its contract schema; a failure is a 400 that names each bad field. */
export function parse<S extends z.ZodType>(schema: S, value: unknown, where: string): z.infer<S> {
  if (nestedDeeperThan(value, MAX_JSON_DEPTH)) {
    throw HttpError.badRequest('input-too-deep', `Invalid ${where}: values are nested more than ${MAX_JSON_DEPTH} levels deep.`, { params: { max: MAX_JSON_DEPTH } });
  }
  const result = schema.safeParse(value);
  if (!result.success) throw HttpError.fromZod(result.error, where);
  return result.data;
}
