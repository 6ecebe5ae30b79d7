import { describe, expect, it } from 'vitest';
import type { Graph } from '../contract/graph.ts';
import { scoreGraph, type Gold } from './extraction-score.ts';

const gold: Gold = {
  article: 'x.txt',
  published: null,
  entities: {
    bcij: { kind: 'agency', existing: 'bcij', keys: ['المكتب المركزي للأبحاث القضائية'] },
    cell: { kind: 'cell', existing: null, keys: ['خلية'] },
    nador: { kind: 'place', existing: null, keys: ['الناظور', 'Nador'] },
    madrid: { kind: 'place', existing: null, keys: ['مدريد'] },
  },
  facts: [
    { a: 'bcij', b: 'cell', rel: 'DISMANTLED', maxHops: 2, sentence: 1 },
    { a: 'cell', b: 'nador', rel: 'ACTIVE_IN', maxHops: 1, sentence: 1 },
    { a: 'bcij', b: 'nador', rel: 'LOCATED_IN|DISMANTLED', maxHops: 2, sentence: 1 },
    { a: 'nador', b: 'madrid', rel: 'LOCATED_IN', maxHops: 1, sentence: 1 },
  ],
};
const node = (id: string, label: string, properties: Record<string, string | string[]>) => ({ id, labels: ['Entity', label], properties });
const known = new Map([['bcij', ['المكتب المركزي للأبحاث القضائية', 'BCIJ']], ['rabat', ['الرباط']]]);

describe('scoreGraph', () => {
  const graph: Graph = {
    nodes: [
      node('bcij', 'Agency', { name_ar: 'المكتب المركزي للأبحاث القضائية' }),
      node('cell-x', 'Cell', { name_ar: 'خليّة إرهابية', rule: 'cue.cell' }),
      node('op', 'Event', { name_ar: 'تفكيك' }),
      node('nador', 'Place', { name_ar: 'مدينة الناظور', aliases_latin: ['NADOR'] }),
      node('rabat-2', 'Place', { name_ar: 'الرباط' }),
      node('x', 'Item', { name_ar: 'شيء', rule: 'مدريد' }),
    ],
    edges: [
      { id: 'e1', type: 'CONDUCTED', source: 'bcij', target: 'op', properties: {} },
      { id: 'e2', type: 'TARGETED', source: 'op', target: 'cell-x', properties: {} },
      { id: 'e3', type: 'DISMANTLED', source: 'op', target: 'nador', properties: {} },
      { id: 'e4', type: 'ACTIVE_IN', source: 'nador', target: 'op', properties: {} },
    ],
  };
  const s = scoreGraph(graph, gold, known);

  it('reads linking, recall (diacritics and case folded, any string property but provenance) and duplicates', () => {
    expect(s.linking).toMatchObject({ hit: 1, total: 1 });
    expect(s.recall).toMatchObject({ hit: 2, total: 3, missed: ['madrid'] });
    expect(s.duplicates).toEqual(['rabat-2']);
  });

  it('joins facts directly (maxHops 1) or through one node with one acceptable edge (maxHops 2)', () => {
    // bcij→op→cell: neither edge is DISMANTLED; cell–nador has no direct edge; bcij→op→nador has DISMANTLED;
    // madrid is not found
    expect(s.facts).toMatchObject({ hit: 1, total: 4 });
    expect(s.facts.missed).toEqual(['bcij-DISMANTLED-cell', 'cell-ACTIVE_IN-nador', 'nador-LOCATED_IN-madrid']);
  });

  it('counts the entity nodes that match some gold entity', () => {
    expect(s.precision).toMatchObject({ hit: 3, total: 6 });
  });
});
