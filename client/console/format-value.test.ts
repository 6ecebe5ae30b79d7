import { describe, expect, it } from 'vitest';
import type { Json } from '../../contract/json.ts';
import { formatValue } from './format-value.ts';

const bcij: Json = {
  elementId: '4:abc:1',
  labels: ['Entity', 'Agency'],
  properties: { id: 'bcij', name_ar: 'المكتب المركزي للأبحاث القضائية', name_en: 'Central Bureau of Judicial Investigation', aliases_latin: ['BCIJ'] },
};
const hammouchi: Json = { id: 'hammouchi', labels: ['Entity', 'Person'], properties: { id: 'hammouchi', name_en: 'Abdellatif Hammouchi' } };

describe('result cell text', () => {
  it('shows scalars as they are, strings without quotes', () => {
    expect(formatValue('خلية "أسود الخلافة"')).toBe('خلية "أسود الخلافة"');
    expect(formatValue(42)).toBe('42');
    expect(formatValue(false)).toBe('false');
    expect(formatValue(null)).toBe('null');
  });

  it('shows a node by its kind, id and one name, in the preferred language', () => {
    expect(formatValue(bcij)).toBe('(:Agency {id: "bcij", name_en: "Central Bureau of Judicial Investigation"})');
    expect(formatValue(bcij, 'ar')).toBe('(:Agency {id: "bcij", name_ar: "المكتب المركزي للأبحاث القضائية"})');
    expect(formatValue({ elementId: 'x', labels: ['Sentence'], properties: { index: 3, text: 'نص' } })).toBe('(:Sentence {text: "نص"})');
    expect(formatValue({ elementId: 'x', labels: ['Thing'], properties: { weight: 2 } })).toBe('(:Thing {weight: 2})');
    expect(formatValue({ elementId: 'x', labels: [], properties: {} })).toBe('()');
  });

  it('shows a relationship with its ends when it knows them', () => {
    expect(formatValue({ id: 'r1', type: 'HEADS', source: 'hammouchi', target: 'dgst', properties: {} })).toBe('(hammouchi)-[:HEADS]->(dgst)');
    expect(formatValue({ elementId: 'r', type: 'PART_OF', startElementId: '4:a:1', endElementId: '4:a:2', properties: { evidence: ['s1'] } })).toBe('(4:a:1)-[:PART_OF]->(4:a:2)');
    expect(formatValue({ type: 'ARRESTED', properties: {} })).toBe('[:ARRESTED]');
  });

  it('names a relationship’s ends by slug and, when the result holds them, by name', () => {
    const names = new Map([['bcij', 'المكتب المركزي للأبحاث القضائية']]);
    expect(formatValue({ id: 'r1', type: 'DISMANTLED', source: 'bcij', target: 'lions-of-the-caliphate', properties: {} }, 'ar', names)).toBe(
      '(bcij "المكتب المركزي للأبحاث القضائية")-[:DISMANTLED]->(lions-of-the-caliphate)',
    );
  });

  it('shows a path as a chain, minding each relationship direction', () => {
    const path: Json = {
      nodes: [hammouchi, { id: 'dgst', labels: ['Entity', 'Agency'], properties: { id: 'dgst' } }, { id: 'bcij', labels: ['Agency'], properties: { id: 'bcij' } }],
      relationships: [
        { id: 'r1', type: 'HEADS', source: 'hammouchi', target: 'dgst', properties: {} },
        { id: 'r2', type: 'PART_OF', source: 'bcij', target: 'dgst', properties: {} },
      ],
    };
    expect(formatValue(path)).toBe('(:Person {id: "hammouchi", name_en: "Abdellatif Hammouchi"})-[:HEADS]->(:Agency {id: "dgst"})<-[:PART_OF]-(:Agency {id: "bcij"})');
  });

  it('shows lists and maps as JSON, with graph values inside them kept compact', () => {
    expect(formatValue(['a', 1, null, { k: 'ب' }])).toBe(JSON.stringify(['a', 1, null, { k: 'ب' }]));
    expect(formatValue({ name: 'x', n: [1, 2] })).toBe('{"name":"x","n":[1,2]}');
    expect(formatValue([hammouchi])).toBe('[(:Person {id: "hammouchi", name_en: "Abdellatif Hammouchi"})]');
    expect(formatValue({ who: hammouchi })).toBe('{"who":(:Person {id: "hammouchi", name_en: "Abdellatif Hammouchi"})}');
  });

  it('does not take a map that merely has similar keys for a node', () => {
    expect(formatValue({ labels: ['a'], properties: {}, extra: 1 })).toBe('{"labels":["a"],"properties":{},"extra":1}');
    expect(formatValue({ type: 5, properties: {} })).toBe('{"type":5,"properties":{}}');
  });
});
