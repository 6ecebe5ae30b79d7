import type { Json } from '../contract/json.ts';
import { relationshipName } from '../contract/vocabulary.ts';
import type { ExportGraph } from './property-types.ts';

type Data = Record<string, Json>;

/** The name Cytoscape shows by default: Arabic first, as everywhere in Sila. */
function displayName(properties: Data, id: string): string {
  for (const key of ['name_ar', 'name_en', 'name']) {
    const value = properties[key];
    if (typeof value === 'string' && value !== '') return value;
  }
  return id;
}

/**
 * Cytoscape.js elements JSON, loadable by `cy.add(json.elements)` and by Cytoscape desktop's
 * `.cyjs` import. Properties sit in `data` beside the reserved `id`, `source` and `target`.
 */
export function writeCytoscapeJson(graph: ExportGraph): string {
  const nodes = graph.nodes.map((node) => ({
    data: { name: displayName(node.properties, node.id), ...node.properties, id: node.id, labels: node.labels },
  }));
  // Relationships get readable names too (contract/vocabulary.ts), in both languages, unless their data names them.
  const edges = graph.edges.map((edge) => ({
    data: {
      name: relationshipName(edge.type, 'en'),
      name_ar: relationshipName(edge.type, 'ar'),
      ...edge.properties,
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: edge.type,
      interaction: edge.type,
    },
  }));
  const document = {
    format_version: '1.0',
    generated_by: 'Sila',
    target_cytoscapejs_version: '~3.34',
    data: { name: `Sila subgraph (${graph.nodes.length} nodes)` },
    elements: { nodes, edges },
  };
  return JSON.stringify(document, null, 2) + '\n';
}
