import { describe, expect, it } from 'vitest';
import type { PlainGraph, PlainNode, PlainRelationship } from '../../../store/to-json.ts';
import { missingEndpoints, toStableGraph, toStableRows } from './stable-graph.ts';

describe('the graph of a console result', () => {
  const graph: PlainGraph = {
    nodes: new Map<string, PlainNode>([
      ['4:x:1', { elementId: '4:x:1', labels: ['Entity', 'Agency'], properties: { id: 'bcij' } }],
      ['4:x:2', { elementId: '4:x:2', labels: ['Probe'], properties: { name: 'no id' } }],
    ]),
    relationships: new Map<string, PlainRelationship>([
      ['5:x:1', { elementId: '5:x:1', type: 'PART_OF', startElementId: '4:x:1', endElementId: '4:x:3', properties: { id: 'r1' } }],
      ['5:x:2', { elementId: '5:x:2', type: 'NEAR', startElementId: '4:x:2', endElementId: '4:x:4', properties: {} }],
    ]),
  };

  it('knows which relationship ends were not returned', () => {
    expect(missingEndpoints(graph)).toEqual(['4:x:3', '4:x:4']);
  });

  it('names nodes and relationships by their id property, else by element id', () => {
    const stable = toStableGraph(graph, new Map([['4:x:3', 'dgst'], ['4:x:4', null]]));
    expect(stable.nodes.map((n) => n.id)).toEqual(['bcij', 'neo4j:4:x:2']);
    expect(stable.edges).toEqual([
      { id: 'r1', type: 'PART_OF', source: 'bcij', target: 'dgst', properties: { id: 'r1' } },
      { id: 'neo4j:5:x:2', type: 'NEAR', source: 'neo4j:4:x:2', target: 'neo4j:4:x:4', properties: {} },
    ]);
  });

  it('names the nodes and relationships inside rows by stable ids, never by element ids', () => {
    const rel = { elementId: '5:x:1', type: 'PART_OF', startElementId: '4:x:1', endElementId: '4:x:3', properties: { id: 'r1' } };
    const node = { elementId: '4:x:1', labels: ['Entity', 'Agency'], properties: { id: 'bcij' } };
    const rows = toStableRows([[rel, node, { path: { nodes: [node], relationships: [rel] } }, 'elementId']], graph, new Map([['4:x:3', 'dgst']]));
    const stableRel = { id: 'r1', type: 'PART_OF', source: 'bcij', target: 'dgst', properties: { id: 'r1' } };
    const stableNode = { id: 'bcij', labels: ['Entity', 'Agency'], properties: { id: 'bcij' } };
    expect(rows).toEqual([[stableRel, stableNode, { path: { nodes: [stableNode], relationships: [stableRel] } }, 'elementId']]);
    expect(JSON.stringify(rows)).not.toContain('4:x:');
  });
});
