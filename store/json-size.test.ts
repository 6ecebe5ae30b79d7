import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Json } from '../contract/json.ts';
import { jsonSize } from './json-size.ts';

const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom('\u0001', '"', '\\', '\n', '\ud800', '\udc00', 'é', '€', '😀', 'ا') }));
const json: fc.Arbitrary<Json> = fc.letrec<{ value: Json }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.double(),
    fc.integer(),
    text,
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(text, tie('value'), { maxKeys: 4 }),
  ),
})).value;

const exact = (value: Json): number => Buffer.byteLength(JSON.stringify(value), 'utf8');

describe('jsonSize', () => {
  it('equals the UTF-8 length of JSON.stringify for any JSON value', () => {
    fc.assert(fc.property(json, (value) => jsonSize(value) === exact(value)), { numRuns: 3000 });
  });

  it('stops early above a limit, and is exact at or below it', () => {
    fc.assert(
      fc.property(json, fc.nat(200), (value, limit) => {
        const size = jsonSize(value, limit);
        return exact(value) > limit ? size > limit : size === exact(value);
      }),
      { numRuns: 3000 },
    );
  });

  it('measures a 16 Mi-character string of control characters without building its JSON', () => {
    const huge = '\u0001'.repeat(16 * 1024 * 1024);
    expect(jsonSize([huge])).toBe(6 * huge.length + 4);
    expect(jsonSize([huge], 1000)).toBeLessThan(1100);
  });

  it('walks values nested far deeper than the call stack allows', () => {
    let deep: Json = 1;
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(jsonSize(deep)).toBe(400_001);
  });
});
