/**
 * Where a page of a long list (an entity's mentions, a fact's evidence, a type's neighbours) stops: the sort
 * key of its last item, so the next page starts just after it however many items come before. Sent as
 * base64url JSON, opaque to clients; a cursor that does not decode is bad input, named like any other field.
 */
import { z } from 'zod';

const toBase64Url = (text: string): string =>
  btoa(String.fromCharCode(...new TextEncoder().encode(text)))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');

function fromBase64Url(text: string): string | undefined {
  try {
    const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

export function encodeCursor(key: readonly (string | number)[]): string {
  return toBase64Url(JSON.stringify(key));
}

/** A query parameter holding a cursor whose decoded key has the shape of `key`. */
export function cursorSchema<T extends z.ZodType>(key: T) {
  return z
    .string()
    .max(2000)
    .regex(/^[A-Za-z0-9_-]+$/, 'a cursor is the `next` of a previous page')
    .transform((text, ctx) => {
      const json = fromBase64Url(text);
      let value: unknown;
      try {
        value = json === undefined ? undefined : JSON.parse(json);
      } catch {
        value = undefined;
      }
      const parsed = key.safeParse(value);
      if (parsed.success) return parsed.data;
      ctx.addIssue({ code: 'invalid_format', format: 'cursor', message: 'a cursor is the `next` of a previous page' });
      return z.NEVER;
    });
}

/** An entity's mentions and a fact's evidence are ordered by article (newest first), then place in it. */
export const mentionKeySchema = z.tuple([z.string().max(500), z.number().int(), z.number().int()]);
export type MentionKey = z.infer<typeof mentionKeySchema>;
export const evidenceKeySchema = z.tuple([z.string().max(500), z.number().int()]);
export type EvidenceKey = z.infer<typeof evidenceKeySchema>;
/** A type's neighbours are ordered by neighbour id, then relationship id. */
export const neighbourKeySchema = z.tuple([z.string().max(500), z.string().max(500)]);
export type NeighbourKey = z.infer<typeof neighbourKeySchema>;
