/** A small hand-made graph that exercises every escaping rule of the export formats (used by their tests). */
import type { GraphEdge, GraphNode } from '../../../contract/graph.ts';
import { exportGraph, type ExportGraph } from './property-types.ts';

export const trickyText = 'خلية "أسود الخلافة", it\'s a \\ test;\nline two\r\n\ttab <&> `tick`';

export const fixtureNodes: GraphNode[] = [
  {
    id: 'bcij',
    labels: ['Entity', 'Agency'],
    properties: {
      id: 'bcij',
      name_ar: 'المكتب المركزي للأبحاث القضائية',
      name_en: 'Central Bureau of Judicial Investigation',
      aliases_latin: ['BCIJ', 'Bureau central, "BCIJ"'],
      founded: 2015,
      lat: 34.02,
      active: true,
    },
  },
  {
    id: 'cell-1',
    labels: ['Entity', 'Cell'],
    properties: {
      id: 'cell-1',
      name_ar: trickyText,
      members: 4,
      lat: 31,
      aliases_ar: [],
    },
  },
  { id: 'lonely', labels: ['Entity', 'Place'], properties: { id: 'lonely', 'odd key': 'x', population: 3000000000 } },
];

export const fixtureEdges: GraphEdge[] = [
  {
    id: 'e1',
    type: 'DISMANTLED',
    source: 'bcij',
    target: 'cell-1',
    properties: { id: 'e1', evidence: ['s1', 's2'], note: trickyText, weight: 0.5 },
  },
  { id: 'e2', type: 'LOCATED_IN', source: 'cell-1', target: 'lonely', properties: { id: 'e2', evidence: ['s3'] } },
];

export function fixtureGraph(): ExportGraph {
  return exportGraph(structuredClone(fixtureNodes), structuredClone(fixtureEdges));
}
