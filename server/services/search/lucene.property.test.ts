import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loneSurrogate } from '../../../test/hostile/text.ts';
import { escapeTerm, luceneQueries } from './lucene.ts';
import { words } from '../../../text/query-text.ts';

const SYNTAX_CHARS = ['+', '-', '&', '|', '!', '(', ')', '{', '}', '[', ']', '^', '"', '~', '*', '?', ':', '\\', '/', '<', '>', '=', ' ', '\t', '\n'];
const SYNTAX = SYNTAX_CHARS.join('');
const term = fc.string({ unit: fc.oneof(fc.constantFrom(...SYNTAX_CHARS), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), loneSurrogate), maxLength: 30 });

/** Reads an escaped term as Lucene's classic parser would: a backslash makes the next character literal. */
function readLiterally(escaped: string): { text: string; bare: string[] } {
  let text = '';
  const bare: string[] = [];
  for (let i = 0; i < escaped.length; i++) {
    const ch = escaped.charAt(i);
    if (ch === '\\') {
      text += escaped.charAt(i + 1);
      i++;
    } else {
      if (SYNTAX.includes(ch)) bare.push(ch);
      text += ch;
    }
  }
  return { text, bare };
}

describe('Lucene escaping, for any text', () => {
  it('leaves no syntax character or space unescaped, and reads back as the same text', () => {
    fc.assert(
      fc.property(term, (text) => {
        const { text: read, bare } = readLiterally(escapeTerm(text));
        expect(bare).toEqual([]);
        expect(read.toLowerCase()).toBe(text.toLowerCase());
      }),
      { numRuns: 2000 },
    );
  });

  it('never lets an operator word through in capitals', () => {
    fc.assert(
      fc.property(fc.constantFrom('AND', 'OR', 'NOT', 'TO'), (word) => {
        expect(escapeTerm(word)).toBe(word.toLowerCase());
      }),
    );
  });

  it('builds queries whose every clause is an escaped term with only the suffixes it adds', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.constantFrom(...SYNTAX_CHARS, 'AND', 'OR', 'ا', 'ب', 'ل', 'و'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 40 }), (text) => {
        const { arabic, latin } = luceneQueries(words(text));
        for (const query of [arabic, latin]) {
          if (query === null) continue;
          for (const clause of query.split(' OR ')) {
            const body = clause.replace(/(\*)?(\^\d+|~\d)$/, '');
            expect(readLiterally(body).bare, clause).toEqual([]);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});
