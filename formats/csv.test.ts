import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { csvField, nodesCsv, relationshipsCsv, writeCsvZip } from './csv.ts';
import { fixtureGraph, trickyText } from '../test/fixtures/export-graph.ts';
import { parseCsv } from '../test/formats/read-csv.ts';

describe('CSV export (neo4j-admin import layout)', () => {
  const graph = fixtureGraph();

  it('quotes fields as RFC 4180 says', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('')).toBe('""');
  });

  it('keeps values a spreadsheet would run as formulas exactly: neo4j-admin must receive them as stored', () => {
    for (const text of ['=1+1', '+SUM(A1)', '-2', '@cmd']) expect(csvField(text)).toBe(text);
  });

  it('writes typed node headers and one row per node', () => {
    const rows = parseCsv(nodesCsv(graph));
    expect(rows[0]).toEqual([
      'id:ID', ':LABEL', 'active:boolean', 'aliases_ar:string[]', 'aliases_latin:string[]', 'founded:int', 'lat:double',
      'members:int', 'name_ar', 'name_en', 'odd key', 'population:long',
    ]);
    expect(rows.slice(1)).toEqual([
      ['bcij', 'Entity;Agency', 'true', '', 'BCIJ;Bureau central, "BCIJ"', '2015', '34.02', '', 'المكتب المركزي للأبحاث القضائية', 'Central Bureau of Judicial Investigation', '', ''],
      ['cell-1', 'Entity;Cell', '', '', '', '', '31', '4', trickyText, '', '', ''],
      ['lonely', 'Entity;Place', '', '', '', '', '', '', '', '', 'x', '3000000000'],
    ]);
  });

  it('writes relationships with start, end and type columns first', () => {
    const rows = parseCsv(relationshipsCsv(graph));
    expect(rows).toEqual([
      [':START_ID', ':END_ID', ':TYPE', 'id', 'evidence:string[]', 'note', 'weight:double'],
      ['bcij', 'cell-1', 'DISMANTLED', 'e1', 's1;s2', trickyText, '0.5'],
      ['cell-1', 'lonely', 'LOCATED_IN', 'e2', 's3', '', ''],
    ]);
  });

  it('zips both files, UTF-8 encoded', () => {
    const files = unzipSync(writeCsvZip(graph));
    expect(Object.keys(files).sort()).toEqual(['nodes.csv', 'relationships.csv']);
    expect(strFromU8(files['nodes.csv'] ?? new Uint8Array())).toBe(nodesCsv(graph));
    expect(strFromU8(files['relationships.csv'] ?? new Uint8Array())).toBe(relationshipsCsv(graph));
  });
});
