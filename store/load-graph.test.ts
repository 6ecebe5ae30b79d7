import { describe, expect, it } from 'vitest';
import type { Graph } from '../contract/graph.ts';
import { buildArticleGraph } from '../corpus/seed/article-graph.ts';
import { GraphLoadError, keyLabel, prepareGraph } from './load-graph.ts';

const entity = (id: string, kind = 'Agency'): Graph['nodes'][number] => ({ id, labels: ['Entity', kind], properties: { id } });
const graphOf = (nodes: Graph['nodes'], edges: Graph['edges'] = []): Graph => ({ nodes, edges });
const edge = (source: string, target: string, type = 'PART_OF'): Graph['edges'][number] => ({
  id: `${source}-${type.toLowerCase()}-${target}`,
  type,
  source,
  target,
  properties: {},
});

describe('prepareGraph (the loader before it touches the database)', () => {
  it('groups the article graph by key label and relationship ends', () => {
    const graph = buildArticleGraph();
    const prepared = prepareGraph(graph);
    expect(prepared.nodes.get('Article')).toHaveLength(1);
    expect(prepared.nodes.get('Sentence')).toHaveLength(13);
    expect(prepared.relationships.get('Article>Sentence')).toHaveLength(13);
    expect(prepared.nodeCount).toBe(graph.nodes.length);
    expect(prepared.relationshipCount).toBe(graph.edges.length);
    expect(prepared.nodeKeys).toContain('Entity|bcij');
    expect(prepared.relationshipKeys).toContain('PART_OF|bcij|dgst|bcij-part_of-dgst');
  });

  it('sends whole numbers as integers, except lat/lon which stay floats', () => {
    const prepared = prepareGraph(
      graphOf([{ id: 'p', labels: ['Entity', 'Place'], properties: { id: 'p', lat: 15, lon: 0.5, count: 12, offsets: [1, 2] } }]),
    );
    const row = prepared.nodes.get('Entity')?.[0] as { properties: Record<string, unknown> } | undefined;
    const props = row?.properties ?? {};
    expect(props.lat).toBe(15);
    expect(props.lon).toBe(0.5);
    expect(typeof props.count).toBe('object');
    expect(String(props.count)).toBe('12');
    expect((props.offsets as unknown[]).map(String)).toEqual(['1', '2']);
  });

  it('finds the key label by precedence Article, Sentence, Entity', () => {
    expect(keyLabel(['Entity', 'Place'])).toBe('Entity');
    expect(keyLabel(['Sentence'])).toBe('Sentence');
    expect(keyLabel(['Entity', 'Article'])).toBe('Article');
    expect(keyLabel(['Other'])).toBeUndefined();
  });

  it('rejects what Neo4j or the loader cannot store, naming the element', () => {
    const bad: [Graph, RegExp][] = [
      [graphOf([{ id: 'x', labels: ['Thing'], properties: {} }]), /nodes\[0\] \(x\): needs one of the labels/],
      [graphOf([entity('a'), entity('a')]), /nodes\[1\] \(a\): duplicate node id/],
      [graphOf([{ ...entity('a'), properties: { id: 'b' } }]), /properties\.id differs/],
      [graphOf([{ ...entity('a'), properties: { nested: { x: 1 } } }]), /nodes\[0\] \(a\)\.nested: Neo4j properties are/],
      [graphOf([{ ...entity('a'), properties: { gone: null } }]), /\.gone: Neo4j properties are/],
      [graphOf([{ ...entity('a'), properties: { mixed: [1, 'x'] } }]), /\.mixed: a list property must hold values of one type/],
      [graphOf([{ ...entity('a'), labels: ['Entity', 'Bad Label'] }]), /invalid label/],
      [graphOf([entity('a')], [edge('a', 'nowhere')]), /edges\[0\] \(a-part_of-nowhere\): nowhere is not a node/],
      [graphOf([entity('a'), entity('b')], [edge('a', 'b', 'part-of')]), /UPPER_SNAKE/],
      [graphOf([entity('a'), entity('b')], [edge('a', 'b'), edge('a', 'b')]), /duplicate relationship id/],
      [
        graphOf([entity('a'), { id: 's', labels: ['Sentence'], properties: {} }], [edge('a', 's', 'MENTIONS')]),
        /relationships from Entity to Sentence are not supported/,
      ],
    ];
    for (const [graph, message] of bad) {
      expect(() => prepareGraph(graph)).toThrow(GraphLoadError);
      expect(() => prepareGraph(graph)).toThrow(message);
    }
  });

  it('rejects something that is not Graph JSON', () => {
    expect(() => prepareGraph({ nodes: 'none' } as unknown as Graph)).toThrow(/Not a Graph JSON/);
  });
});
