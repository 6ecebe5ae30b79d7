import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lexCypher, type CypherTokenType } from './cypher-lexer.ts';

/** The tokens of a query as `type:text` pairs, which reads well in failures. */
function kinds(query: string): string[] {
  return lexCypher(query).tokens.map((t) => `${t.type}:${t.text}`);
}

function typeOf(query: string, text: string): CypherTokenType | undefined {
  return lexCypher(query).tokens.find((t) => t.text === text)?.type;
}

describe('the Cypher tokenizer', () => {
  it('classifies a node pattern with a label and a property map', () => {
    expect(kinds("MATCH (a:Agency {id: 'bcij'}) RETURN a.name_en")).toEqual([
      'keyword:MATCH', 'punctuation:(', 'variable:a', 'punctuation::', 'label:Agency', 'punctuation:{', 'property:id',
      'punctuation::', "string:'bcij'", 'punctuation:}', 'punctuation:)', 'keyword:RETURN', 'variable:a', 'punctuation:.',
      'property:name_en',
    ]);
  });

  it('reads keywords in any case', () => {
    expect(kinds('match (n) optional match (m) where n is not null return distinct n order by n skip 1 limit 2').filter((k) => k.startsWith('keyword:'))).toEqual([
      'keyword:match', 'keyword:optional', 'keyword:match', 'keyword:where', 'keyword:is', 'keyword:not', 'keyword:null',
      'keyword:return', 'keyword:distinct', 'keyword:order', 'keyword:by', 'keyword:skip', 'keyword:limit',
    ]);
  });

  it('tells relationship types from labels by the bracket they are in', () => {
    const query = 'MATCH (a:Agency)-[r:HEADS|PART_OF*1..3]->(b:Person:Entity)<-[:ARRESTED]-(c) RETURN r';
    expect(typeOf(query, 'Agency')).toBe('label');
    expect(typeOf(query, 'HEADS')).toBe('relType');
    expect(typeOf(query, 'PART_OF')).toBe('relType');
    expect(typeOf(query, 'ARRESTED')).toBe('relType');
    expect(typeOf(query, 'Person')).toBe('label');
    expect(typeOf(query, 'Entity')).toBe('label');
    expect(kinds('-[r:HEADS*1..3]').slice(4)).toEqual(['relType:HEADS', 'operator:*', 'number:1', 'operator:..', 'number:3', 'punctuation:]']);
  });

  it('reads a label predicate outside a pattern and a label expression', () => {
    expect(typeOf('MATCH (n) WHERE n:Place RETURN n', 'Place')).toBe('label');
    expect(kinds('(n:Agency|!Cell&Entity)').filter((k) => k.startsWith('label:'))).toEqual(['label:Agency', 'label:Cell', 'label:Entity']);
  });

  it('does not mistake a map value or a list comprehension bar for a label', () => {
    expect(typeOf('RETURN {name: n.name_ar}', 'n')).toBe('variable');
    expect(typeOf('RETURN [x IN xs | x.name]', 'x')).toBe('variable');
    expect(kinds('RETURN [x IN xs | x.name]')).toContain('operator:|');
  });

  it('keeps an Arabic string literal whole, with its escaped quotes', () => {
    const query = `MATCH (n) WHERE n.name_ar = "المكتب \\"المركزي\\" للأبحاث" OR n.name_ar STARTS WITH 'خلية \\'أسود\\'' RETURN n`;
    const strings = lexCypher(query).tokens.filter((t) => t.type === 'string').map((t) => t.text);
    expect(strings).toEqual([`"المكتب \\"المركزي\\" للأبحاث"`, `'خلية \\'أسود\\''`]);
    expect(typeOf(query, 'OR')).toBe('keyword');
    expect(typeOf(query, 'STARTS')).toBe('keyword');
  });

  it('continues a string and a block comment onto the next line', () => {
    const { tokens, state } = lexCypher("RETURN 'first\nsecond' AS s /* one\ntwo */ , 1");
    expect(tokens.map((t) => `${t.type}:${t.text}`)).toEqual([
      'keyword:RETURN', "string:'first", "string:second'", 'keyword:AS', 'variable:s', 'comment:/* one', 'comment:two */', 'punctuation:,', 'number:1',
    ]);
    expect(state.openQuote).toBeNull();
    expect(state.inBlockComment).toBe(false);
    expect(lexCypher("RETURN 'open").state.openQuote).toBe("'");
    expect(lexCypher('RETURN /* open').state.inBlockComment).toBe(true);
  });

  it('reads line comments, parameters, numbers and backtick names', () => {
    expect(kinds('RETURN $id, $0, 3.14, 1e3, 0x1F, .5 // note')).toEqual([
      'keyword:RETURN', 'param:$id', 'punctuation:,', 'param:$0', 'punctuation:,', 'number:3.14', 'punctuation:,', 'number:1e3',
      'punctuation:,', 'number:0x1F', 'punctuation:,', 'number:.5', 'comment:// note',
    ]);
    expect(kinds('MATCH (`my node`:`Odd Label`)-[:`REL``TYPE`]->() RETURN `my node`.`a key`')).toEqual([
      'keyword:MATCH', 'punctuation:(', 'variable:`my node`', 'punctuation::', 'label:`Odd Label`', 'punctuation:)', 'operator:-',
      'punctuation:[', 'punctuation::', 'relType:`REL``TYPE`', 'punctuation:]', 'operator:->', 'punctuation:(', 'punctuation:)',
      'keyword:RETURN', 'variable:`my node`', 'punctuation:.', 'property:`a key`',
    ]);
  });

  it('reads function calls, including namespaced ones, and the keywords that look like calls', () => {
    const query = 'CALL db.labels() YIELD label RETURN count(*), toLower(label), shortestPath((a)--(b)), COUNT { (a)--() }, exists { (a)--() }';
    expect(typeOf(query, 'db.labels')).toBe('function');
    expect(typeOf(query, 'count')).toBe('function');
    expect(typeOf(query, 'toLower')).toBe('function');
    expect(typeOf(query, 'shortestPath')).toBe('keyword');
    expect(typeOf(query, 'COUNT')).toBe('keyword');
    expect(typeOf(query, 'exists')).toBe('keyword');
    expect(typeOf('MATCH (n) WHERE (n)-->() RETURN n', 'WHERE')).toBe('keyword');
  });

  it('reads a label inside a subquery block', () => {
    expect(typeOf('MATCH (a) WHERE EXISTS { MATCH (a)-->(b) WHERE b:Cell } RETURN a', 'Cell')).toBe('label');
    expect(typeOf('CALL { MATCH (n) WHERE n:Agency RETURN n } RETURN n', 'Agency')).toBe('label');
  });

  it('reads operators and booleans', () => {
    expect(kinds("WHERE a <> b AND c =~ '.*' AND d >= 1 AND true")).toEqual([
      'keyword:WHERE', 'variable:a', 'operator:<>', 'variable:b', 'keyword:AND', 'variable:c', 'operator:=~', "string:'.*'", 'keyword:AND',
      'variable:d', 'operator:>=', 'number:1', 'keyword:AND', 'atom:true',
    ]);
  });

  it('covers every non-space character exactly once, in order, whatever the text', () => {
    const alphabet = fc.constantFrom(...'MATCH (n:Lbl)-[r:T]->(m) {k: 1} WHERE $p . , | & ! \' " ` / * \n \\ 3 خلية أ _ x'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }).map((chars) => chars.join('')), (text) => {
        const { tokens } = lexCypher(text);
        let covered = 0;
        for (const token of tokens) {
          expect(token.from).toBeGreaterThanOrEqual(covered);
          expect(token.to).toBeGreaterThan(token.from);
          expect(text.slice(covered, token.from).trim()).toBe('');
          expect(text.slice(token.from, token.to)).toBe(token.text);
          covered = token.to;
        }
        expect(text.slice(covered).trim()).toBe('');
      }),
    );
  });
});
