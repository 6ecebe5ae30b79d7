import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileText, loneSurrogate } from '../../../test/hostile/text.ts';
import { checkQueryText, tooDeep } from './text-guard.ts';

const anyText = fc.oneof(hostileText, fc.string({ unit: fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), loneSurrogate, fc.constantFrom("'", '"', '`', '/*', '*/', '//', ';', '{', '}', '\\')) }));

/** A Cypher string literal holding `text` exactly. */
const literal = (text: string): string => `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

const spacing = fc.array(fc.constantFrom(' ', '\n', '\t', '/* c */', ' // c\n'), { minLength: 1, maxLength: 3 }).map((parts) => parts.join(''));
const anyCase = (word: string): fc.Arbitrary<string> =>
  fc.array(fc.boolean(), { minLength: word.length, maxLength: word.length }).map((upper) => Array.from({ length: word.length }, (_v, i) => (upper[i] ? word.charAt(i).toUpperCase() : word.charAt(i).toLowerCase())).join(''));

describe('the console text guard, for any text', () => {
  it('answers every input without throwing', () => {
    fc.assert(
      fc.property(anyText, (query) => {
        const refusal = checkQueryText(query, 'neo4j');
        if (refusal) expect(refusal.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: 3000 },
    );
  });

  it('measures the nesting of every input without throwing, and never finds more levels than tokens', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.string({ unit: fc.constantFrom('[', ']', '(', ')', '{', '}', ' NOT ', '+', '.', ',', ' CASE ', ' END ', '\\u005b', "'") })), (query) => {
        const nesting = tooDeep(query, 0);
        if (nesting) {
          expect(nesting.depth).toBeLessThanOrEqual(query.length);
          expect(nesting.offset).toBeGreaterThanOrEqual(0);
          expect(nesting.offset).toBeLessThanOrEqual(query.length);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('never refuses a read because of what a string literal holds', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(checkQueryText(`MATCH (n:Entity) WHERE n.name_en = ${literal(text)} RETURN n`, 'neo4j')).toBeUndefined();
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses LOAD CSV in any case, with any spacing or comment, after any read', () => {
    const before = fc.constantFrom('', 'MATCH (n) WITH n ', 'CALL () { ', 'RETURN 1 AS x UNION ', 'CYPHER runtime=slotted ', 'WITH 1 AS a ');
    fc.assert(
      fc.property(before, anyCase('load'), spacing, anyCase('csv'), (prefix, load, gap, csv) => {
        expect(checkQueryText(`${prefix}${load}${gap}${csv} FROM 'file:///etc/passwd' AS r RETURN r`, 'neo4j')?.reason).toMatch(/LOAD CSV/);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a second statement after any first one', () => {
    fc.assert(
      fc.property(fc.constantFrom('RETURN 1', 'MATCH (n) RETURN n', `RETURN ${literal(';')}`), spacing, (first, gap) => {
        expect(checkQueryText(`${first};${gap}MATCH (n) DETACH DELETE n`, 'neo4j')?.reason).toMatch(/one statement/);
      }),
    );
  });
});
