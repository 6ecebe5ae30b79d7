import { describe, expect, it } from 'vitest';
import { cypherName } from './cypher-names.ts';
import { cypherLiteral, cypherString, writeCypherScript } from './cypher-script.ts';
import { fixtureGraph, trickyText } from '../test/fixtures/export-graph.ts';
import { exportGraph } from './property-types.ts';

describe('Cypher literals', () => {
  it('escapes quotes, backslashes and control characters, and keeps Arabic', () => {
    expect(cypherString(`it's a \\ "q"`)).toBe(`'it\\'s a \\\\ "q"'`);
    expect(cypherString('a\nb\r\tc')).toBe(`'a\\nb\\r\\tc'`);
    expect(cypherString(`x${String.fromCharCode(1)}y\u2028`)).toBe(`'x\\u0001y\\u2028'`);
    expect(cypherString('المكتب المركزي')).toBe(`'المكتب المركزي'`);
  });

  it('writes floats with a decimal point and integers without', () => {
    expect(cypherLiteral(31, { scalar: 'double', list: false })).toBe('31.0');
    expect(cypherLiteral(1.5e-7, { scalar: 'double', list: false })).toBe('1.5e-7');
    expect(cypherLiteral(31, { scalar: 'int', list: false })).toBe('31');
    expect(cypherLiteral('9007199254740993', { scalar: 'long', list: false })).toBe('9007199254740993');
    expect(cypherLiteral('NaN', { scalar: 'double', list: false })).toBe(`toFloat('NaN')`);
    expect(cypherLiteral([1, 2], { scalar: 'double', list: true })).toBe('[1.0, 2.0]');
    expect(cypherLiteral(['a', "b'"], { scalar: 'string', list: true })).toBe(`['a', 'b\\'']`);
    expect(cypherLiteral(true, { scalar: 'boolean', list: false })).toBe('true');
  });

  it('backticks names that are not plain identifiers', () => {
    expect(cypherName('name_ar')).toBe('name_ar');
    expect(cypherName('odd key')).toBe('`odd key`');
    expect(cypherName('a`b')).toBe('`a``b`');
  });
});

describe('the Cypher script', () => {
  it('creates nodes per label set and relationships per type with UNWIND, each statement on one line', () => {
    const script = writeCypherScript(fixtureGraph());
    const statements = script.split('\n').filter((line) => line !== '' && !line.startsWith('//'));
    expect(statements).toHaveLength(5);
    expect(statements.every((s) => s.endsWith(';'))).toBe(true);
    expect(statements[0]).toBe(
      "UNWIND [{id: 'bcij', active: true, aliases_latin: ['BCIJ', 'Bureau central, \"BCIJ\"'], founded: 2015, lat: 34.02, " +
        "name_ar: 'المكتب المركزي للأبحاث القضائية', name_en: 'Central Bureau of Judicial Investigation'}] AS properties CREATE (n:Entity:Agency) SET n = properties;",
    );
    expect(statements[1]).toContain(`name_ar: ${cypherString(trickyText)}`);
    expect(statements[1]).toContain('lat: 31.0');
    expect(statements[2]).toContain('`odd key`: \'x\'');
    expect(statements[3]).toBe(
      `UNWIND [{from: 'bcij', to: 'cell-1', properties: {id: 'e1', evidence: ['s1', 's2'], note: ${cypherString(trickyText)}, weight: 0.5}}] AS row ` +
        'MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to}) CREATE (a)-[r:DISMANTLED]->(b) SET r = row.properties;',
    );
  });

  it('puts many elements of one kind in one statement', () => {
    const many = exportGraph(
      Array.from({ length: 450 }, (_, i) => ({ id: `n${i}`, labels: ['Entity', 'Place'], properties: { id: `n${i}` } })),
      [],
    );
    const statements = writeCypherScript(many).split('\n').filter((line) => line.startsWith('UNWIND'));
    expect(statements).toHaveLength(3);
  });
});
