/**
 * How many UTF-8 bytes `JSON.stringify(value)` would take, counted without building the text: a console
 * row of 16 Mi control characters is 96 MB of JSON, and the point of measuring it is not to build that.
 * The walk stops as soon as the count passes `limit` (it then returns a number above `limit`).
 */
import type { Json } from '../contract/json.ts';

function stringBytes(text: string, limit: number): number {
  let bytes = 2; // the quotes
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22 || code === 0x5c || code === 0x08 || code === 0x0c || code === 0x0a || code === 0x0d || code === 0x09) bytes += 2;
    else if (code < 0x20) bytes += 6; // \u00XX
    else if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 6; // a lone surrogate is written as \uXXXX
    } else if (code >= 0xdc00 && code <= 0xdfff) bytes += 6;
    else bytes += 3;
  }
  return bytes;
}

/** The size of `value` as JSON in UTF-8 bytes, or some number above `limit` once it is known to be larger. */
export function jsonSize(value: Json, limit = Number.POSITIVE_INFINITY): number {
  let bytes = 0;
  // An explicit stack: a deeply nested value must not overflow the call stack here.
  const stack: Json[] = [value];
  while (stack.length > 0 && bytes <= limit) {
    const item = stack.pop() as Json;
    if (item === null) bytes += 4;
    else if (typeof item === 'boolean') bytes += item ? 4 : 5;
    else if (typeof item === 'number') bytes += Number.isFinite(item) ? String(item).length : 4;
    else if (typeof item === 'string') bytes += stringBytes(item, limit - bytes);
    else if (Array.isArray(item)) {
      bytes += 2 + Math.max(0, item.length - 1);
      for (const element of item) stack.push(element);
    } else {
      const entries = Object.entries(item);
      bytes += 2 + Math.max(0, entries.length - 1) + entries.length; // braces, commas, colons
      for (const [key, element] of entries) {
        bytes += stringBytes(key, limit - bytes);
        stack.push(element);
      }
    }
  }
  return bytes;
}
