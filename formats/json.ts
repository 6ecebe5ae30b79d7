import type { Graph } from '../contract/graph.ts';
import type { ExportGraph } from './property-types.ts';

/** Graph JSON, the shape the API and the client store use. */
export function writeGraphJson(graph: ExportGraph): string {
  const plain: Graph = { nodes: graph.nodes, edges: graph.edges };
  return JSON.stringify(plain, null, 2) + '\n';
}
