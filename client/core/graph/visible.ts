import type { GraphEdge, GraphNode } from '../../../contract/graph.ts';
import { kindOf } from './kinds.ts';
import type { CanvasContent } from './types.ts';

/** Extraction proposed it and no analyst has accepted it yet. */
export function isProposed(element: GraphNode | GraphEdge): boolean {
  return element.properties.status === 'proposed';
}

/** What the filters leave on screen: nodes of shown kinds, edges of shown types between shown nodes, proposals unless hidden. */
export function visibleElements(content: CanvasContent): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const nodes = [...content.nodes.values()].filter((node) => !content.hiddenKinds.has(kindOf(node)) && !(content.hideProposed && isProposed(node)));
  const shown = new Set(nodes.map((node) => node.id));
  const edges = [...content.edges.values()].filter(
    (edge) => !content.hiddenTypes.has(edge.type) && shown.has(edge.source) && shown.has(edge.target) && !(content.hideProposed && isProposed(edge)),
  );
  return { nodes, edges };
}

/** Counts per kind and per relationship type of everything on the canvas, hidden or not, for the legend. */
export function canvasCounts(content: CanvasContent): { kinds: Map<string, number>; types: Map<string, number> } {
  const kinds = new Map<string, number>();
  for (const node of content.nodes.values()) kinds.set(kindOf(node), (kinds.get(kindOf(node)) ?? 0) + 1);
  const types = new Map<string, number>();
  for (const edge of content.edges.values()) types.set(edge.type, (types.get(edge.type) ?? 0) + 1);
  return { kinds, types };
}
