/**
 * GraphML as Gephi, yEd and networkx read it: one typed `<key>` per property, lists as JSON text,
 * the node labels as `:Entity:Agency` under `labels` and the relationship type under `type`.
 */
import type { Json } from '../contract/json.ts';
import { orderedKeys, type ExportGraph, type PropertyType, type PropertyTypes } from './property-types.ts';
import { valueText } from './scalar-text.ts';
import { xmlEscape } from './xml.ts';

interface Key {
  id: string;
  property: string;
  name: string;
  type: string;
}

function graphmlType(type: PropertyType): string {
  return type.list ? 'string' : type.scalar;
}

/** Keys for the properties of one kind of element; a property that shares the reserved name is suffixed. */
function keysFor(types: PropertyTypes, prefix: string, reserved: string): Key[] {
  return orderedKeys(types).map((property, i) => ({
    id: `${prefix}${i}`,
    property,
    name: property === reserved ? `${property}_property` : property,
    type: graphmlType(types.get(property) ?? { scalar: 'string', list: false }),
  }));
}

function keyLine(key: Key, forWhat: 'node' | 'edge'): string {
  return `  <key id="${key.id}" for="${forWhat}" attr.name="${xmlEscape(key.name)}" attr.type="${key.type}"/>`;
}

function dataLines(keys: Key[], properties: Record<string, Json>): string[] {
  const lines: string[] = [];
  for (const key of keys) {
    const value = properties[key.property];
    if (value === undefined || value === null) continue;
    lines.push(`      <data key="${key.id}">${xmlEscape(valueText(value))}</data>`);
  }
  return lines;
}

export function writeGraphml(graph: ExportGraph): string {
  const nodeKeys = keysFor(graph.nodeTypes, 'n', 'labels');
  const edgeKeys = keysFor(graph.edgeTypes, 'e', 'type');
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"',
    '    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="labels" for="node" attr.name="labels" attr.type="string"/>',
    ...nodeKeys.map((key) => keyLine(key, 'node')),
    '  <key id="type" for="edge" attr.name="type" attr.type="string"/>',
    ...edgeKeys.map((key) => keyLine(key, 'edge')),
    '  <graph id="sila" edgedefault="directed">',
  ];
  for (const node of graph.nodes) {
    lines.push(`    <node id="${xmlEscape(node.id)}">`);
    lines.push(`      <data key="labels">${xmlEscape(node.labels.map((l) => `:${l}`).join(''))}</data>`);
    lines.push(...dataLines(nodeKeys, node.properties));
    lines.push('    </node>');
  }
  for (const edge of graph.edges) {
    lines.push(`    <edge id="${xmlEscape(edge.id)}" source="${xmlEscape(edge.source)}" target="${xmlEscape(edge.target)}">`);
    lines.push(`      <data key="type">${xmlEscape(edge.type)}</data>`);
    lines.push(...dataLines(edgeKeys, edge.properties));
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
