import { describe, expect, it } from 'vitest';
import { parseExample } from './examples.ts';

describe('example query files', () => {
  it('take their title and description from the leading comments', () => {
    const text = '// Title: Cells by city\n// Which cells were dismantled,\n// and where.\n\nMATCH (c:Cell)-[:LOCATED_IN]->(p:Place)\n// keep the order\nRETURN c, p';
    expect(parseExample('cells-by-city', text)).toEqual({
      name: 'cells-by-city',
      title: 'Cells by city',
      description: 'Which cells were dismantled, and where.',
      query: 'MATCH (c:Cell)-[:LOCATED_IN]->(p:Place)\n// keep the order\nRETURN c, p',
    });
  });

  it('fall back to the file name when there is no title', () => {
    expect(parseExample('plain', 'RETURN 1')).toEqual({ name: 'plain', title: 'plain', description: '', query: 'RETURN 1' });
  });
});
