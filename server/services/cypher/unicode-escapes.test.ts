import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUnicodeEscapes } from './unicode-escapes.ts';

// What Neo4j 5.26 made of each text (probed with RETURN ... AS name and string literals).
describe('\\u escapes, read the way Neo4j reads them', () => {
  it('decodes an escape anywhere: in names, strings, comments and syntax', () => {
    expect(decodeUnicodeEscapes('RETURN 1 AS `a\\u0060b`').text).toBe('RETURN 1 AS `a`b`');
    expect(decodeUnicodeEscapes("RETURN 'a\\u0027 AS x").text).toBe("RETURN 'a' AS x");
    expect(decodeUnicodeEscapes('RETURN 1 AS x // \\u000a , 2 AS y').text).toBe('RETURN 1 AS x // \n , 2 AS y');
    expect(decodeUnicodeEscapes('RETURN \\u005b1] AS x').text).toBe('RETURN [1] AS x');
  });

  it('counts a backslash only after an even number of backslashes, and an escaped backslash starts nothing', () => {
    expect(decodeUnicodeEscapes("'a\\\\u0027b'").text).toBe("'a\\\\u0027b'");
    expect(decodeUnicodeEscapes("'a\\\\\\u0027").text).toBe("'a\\\\'");
    expect(decodeUnicodeEscapes('`a\\u005Cu0060b`').text).toBe('`a\\u0060b`');
    expect(decodeUnicodeEscapes('\\U0041 \\u004 \\uZZZZ').text).toBe('\\U0041 \\u004 \\uZZZZ');
  });

  it('maps offsets back to the query as typed', () => {
    const decoded = decodeUnicodeEscapes('ab\\u0063d');
    expect(decoded.text).toBe('abcd');
    expect([0, 1, 2, 3, 4].map((k) => decoded.originalOffset(k))).toEqual([0, 1, 2, 8, 9]);
  });

  it('leaves any text without escapes as it is', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }).filter((s) => !s.includes('\\u')), (text) => decodeUnicodeEscapes(text).text === text));
  });
});
