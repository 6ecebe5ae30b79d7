import { describe, expect, it } from 'vitest';
import { cypherName, typeAlternatives } from './cypher-names.ts';

// Neo4j's own reading of each form is checked on the real database in cypher-names.int.test.ts.
describe('names in Cypher text', () => {
  it('writes plain names, Arabic included, as they are', () => {
    expect(cypherName('name_ar')).toBe('name_ar');
    expect(cypherName('Agency')).toBe('Agency');
    expect(cypherName('خلية')).toBe('خلية');
  });

  it('backticks anything else, doubling backticks', () => {
    expect(cypherName('odd key')).toBe('`odd key`');
    expect(cypherName('a`b')).toBe('`a``b`');
    expect(cypherName('1st')).toBe('`1st`');
  });

  it('refuses the names Neo4j cannot have: empty, or holding NUL', () => {
    expect(() => cypherName('')).toThrow(/empty names and NUL/);
    expect(() => cypherName('a\u0000b')).toThrow(/NUL/);
  });

  it('never writes a backslash, which could start an escape Neo4j decodes inside the backticks', () => {
    expect(cypherName('x\\u0060]-() DETACH DELETE m //')).toBe('`x\\u005Cu0060]-() DETACH DELETE m //`');
    expect(cypherName('a\\b')).toBe('`a\\u005Cb`');
    expect(cypherName('\\\\')).toBe('`\\u005C\\u005C`');
  });

  it('writes controls, line separators and lone surrogates as escapes', () => {
    expect(cypherName('a\nb')).toBe('`a\\u000Ab`');
    expect(cypherName('a\u2028')).toBe('`a\\u2028`');
    expect(cypherName('a\ud800b')).toBe('`a\\uD800b`');
    expect(cypherName('😀 x')).toBe('`😀 x`');
  });

  it('joins types as alternatives, naming an impossible type for none', () => {
    expect(typeAlternatives(['A', 'B c'], 'none')).toBe('A|`B c`');
    expect(typeAlternatives([], 'no type')).toBe('`no type`');
  });
});
