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

  it('take an Arabic title and description when the file has them', () => {
    const text = '// Title: Cells by city\n// Which cells, and where.\n// Title (ar): الخلايا حسب المدينة\n// Description (ar): أي الخلايا، وأين.\nMATCH (c:Cell) RETURN c';
    expect(parseExample('cells-by-city', text)).toEqual({
      name: 'cells-by-city',
      title: 'Cells by city',
      description: 'Which cells, and where.',
      titleAr: 'الخلايا حسب المدينة',
      descriptionAr: 'أي الخلايا، وأين.',
      query: 'MATCH (c:Cell) RETURN c',
    });
  });

  it('fall back to the file name when there is no title', () => {
    expect(parseExample('plain', 'RETURN 1')).toEqual({ name: 'plain', title: 'plain', description: '', query: 'RETURN 1' });
  });
});
