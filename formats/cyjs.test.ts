import { describe, expect, it } from 'vitest';
import { graphSchema } from '../contract/graph.ts';
import { writeCytoscapeJson } from './cyjs.ts';
import { fixtureGraph, trickyText } from '../test/fixtures/export-graph.ts';
import { writeGraphJson } from './json.ts';

describe('Graph JSON export', () => {
  it('is the Graph JSON of the contract, properties intact', () => {
    const graph = fixtureGraph();
    const parsed = graphSchema.parse(JSON.parse(writeGraphJson(graph)));
    expect(parsed).toEqual({ nodes: graph.nodes, edges: graph.edges });
  });
});

describe('Cytoscape.js export', () => {
  const graph = fixtureGraph();
  const document = JSON.parse(writeCytoscapeJson(graph)) as {
    elements: { nodes: { data: Record<string, unknown> }[]; edges: { data: Record<string, unknown> }[] };
  };

  it('puts every node and edge under elements with its data', () => {
    expect(document.elements.nodes.map((n) => n.data.id)).toEqual(['bcij', 'cell-1', 'lonely']);
    expect(document.elements.nodes[1]?.data).toMatchObject({ id: 'cell-1', labels: ['Entity', 'Cell'], name_ar: trickyText, name: trickyText, members: 4 });
    expect(document.elements.nodes[2]?.data.name).toBe('lonely');
    expect(document.elements.edges[0]?.data).toEqual({
      id: 'e1', source: 'bcij', target: 'cell-1', type: 'DISMANTLED', interaction: 'DISMANTLED',
      name: 'dismantled', name_ar: 'فكّك',
      evidence: ['s1', 's2'], note: trickyText, weight: 0.5,
    });
  });
});
