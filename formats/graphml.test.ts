import { describe, expect, it } from 'vitest';
import type { Json } from '../contract/json.ts';
import { fixtureEdges, fixtureGraph, fixtureNodes } from '../test/fixtures/export-graph.ts';
import { writeGraphml } from './graphml.ts';
import { exportGraph } from './property-types.ts';
import { readGraphml } from '../test/formats/read-graphml.ts';

/** What GraphML can give back for a property: lists as their JSON text. */
function asRead(properties: Record<string, Json>): Record<string, Json> {
  return Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, Array.isArray(v) ? JSON.stringify(v) : v]));
}

describe('GraphML export', () => {
  const graph = fixtureGraph();
  const xml = writeGraphml(graph);

  it('is well-formed and declares a typed key for every property', () => {
    const read = readGraphml(xml);
    const nodeKeys = Object.fromEntries(read.keys.filter((k) => k.for === 'node').map((k) => [k.name, k.type]));
    expect(nodeKeys).toEqual({
      labels: 'string', id: 'string', active: 'boolean', aliases_ar: 'string', aliases_latin: 'string', founded: 'int',
      lat: 'double', name_ar: 'string', name_en: 'string', members: 'int', 'odd key': 'string', population: 'long',
    });
    const edgeKeys = Object.fromEntries(read.keys.filter((k) => k.for === 'edge').map((k) => [k.name, k.type]));
    expect(edgeKeys).toEqual({ type: 'string', id: 'string', evidence: 'string', note: 'string', weight: 'double' });
    expect(xml).toContain('edgedefault="directed"');
  });

  it('reads back to the same nodes, edges and properties, Arabic, quotes and newlines included', () => {
    const read = readGraphml(xml);
    expect(read.nodes).toEqual(
      graph.nodes.map((n) => ({ id: n.id, data: { labels: n.labels.map((l) => `:${l}`).join(''), ...asRead(n.properties) } })),
    );
    expect(read.edges).toEqual(
      graph.edges.map((e) => ({ id: e.id, source: e.source, target: e.target, data: { type: e.type, ...asRead(e.properties) } })),
    );
  });

  it('keeps Arabic as UTF-8 text, not character references', () => {
    expect(xml).toContain('المكتب المركزي للأبحاث القضائية');
    expect(xml).not.toMatch(/&#x?[0-9a-fA-F]{3,};/);
  });

  it('renames a property that would collide with the labels key', () => {
    const nodes = structuredClone(fixtureNodes);
    const first = nodes[0];
    if (!first) throw new Error('fixture has nodes');
    first.properties.labels = 'mine';
    const read = readGraphml(writeGraphml(exportGraph(nodes, fixtureEdges)));
    expect(read.nodes[0]?.data.labels).toBe(':Entity:Agency');
    expect(read.nodes[0]?.data.labels_property).toBe('mine');
  });
});
