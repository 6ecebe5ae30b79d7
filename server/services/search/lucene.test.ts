import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeTerm, luceneQueries } from './lucene.ts';
import { words } from '../../../text/query-text.ts';

const SPECIAL = '+-&|!(){}[]^"~*?:\\/<>=';

/** The term with every escaped pair removed: what Lucene's parser would read as syntax. */
const unescapedRest = (term: string): string => term.replace(/\\[\s\S]/g, '');

describe('escapeTerm', () => {
  it('escapes every character with a meaning in the query syntax', () => {
    for (const ch of SPECIAL) expect(escapeTerm(`a${ch}b`)).toBe(`a\\${ch}b`);
    expect(escapeTerm('a b')).toBe('a\\ b');
  });

  it('lower-cases the operator words so they are read as words', () => {
    expect(escapeTerm('AND')).toBe('and');
    expect(escapeTerm('OR')).toBe('or');
    expect(escapeTerm('NOT')).toBe('not');
    expect(escapeTerm('And')).toBe('And');
  });

  it('leaves no special character and no whitespace unescaped, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (input) => {
        const rest = unescapedRest(escapeTerm(input));
        for (const ch of SPECIAL) expect(rest).not.toContain(ch);
        expect(rest).not.toMatch(/\s/);
      }),
    );
  });
});

describe('luceneQueries', () => {
  it('sends Arabic words to the Arabic index and romanisations to the Latin one', () => {
    const queries = luceneQueries(words('طنجة Tanger'));
    expect(queries.arabic).toContain('طنجه^4');
    expect(queries.latin).toContain('tanger^4');
    expect(luceneQueries(words('Fès')).arabic).toBeNull();
    expect(luceneQueries(words('فاس')).latin).toBeNull();
  });

  it('stems Arabic prefix and fuzzy terms itself, since Lucene does not stem them', () => {
    const arabic = luceneQueries(words('الحموشي')).arabic ?? '';
    expect(arabic).toContain('حموش*');
    expect(arabic).toContain('حموش~1');
    expect(arabic).not.toContain('الحموشي*');
  });

  it('offers the word without its proclitic', () => {
    expect(luceneQueries(words('بطنجة')).arabic).toContain('طنجه^2');
  });

  it('asks for nothing when the query has no word', () => {
    expect(luceneQueries(words('"*~('))).toEqual({ arabic: null, latin: null });
  });

  it('only ever produces its own syntax around escaped terms', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (input) => {
        const { arabic, latin } = luceneQueries(words(input));
        for (const query of [arabic, latin]) {
          if (query === null) continue;
          for (const clause of query.split(' OR ')) {
            expect(unescapedRest(clause)).toMatch(/^[^\s+\-&|!(){}[\]"?:\\/<>=]+(\*)?(\^\d|~\d)?$/u);
          }
        }
      }),
    );
  });
});
