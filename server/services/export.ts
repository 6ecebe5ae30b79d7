import type { ExportRequest } from '../../contract/api.ts';
import type { GraphEdge, GraphNode } from '../../contract/graph.ts';
import type { AppContext } from '../context.ts';
import { readInducedSubgraph } from '../../store/subgraph.ts';
import { DomainError, notFound } from '../../domain/errors.ts';
import { stableIdOf } from './cypher/stable-graph.ts';
import { exportGraph, type ExportGraph } from '../../formats/property-types.ts';

const NAMED_IN_ERROR = 20;

function unknownIdsError(missing: string[]): DomainError {
  const named = missing.slice(0, NAMED_IN_ERROR).join(', ');
  const more = missing.length > NAMED_IN_ERROR ? ` and ${missing.length - NAMED_IN_ERROR} more` : '';
  return notFound('export-unknown-ids', `No node has the id${missing.length === 1 ? '' : 's'} ${named}${more}.`, { ids: named, count: missing.length });
}

/** The subgraph induced by `nodeIds`: those nodes and every relationship between two of them. */
export async function loadExportGraph({ db }: AppContext, nodeIds: ExportRequest['nodeIds']): Promise<ExportGraph> {
  const ids = [...new Set(nodeIds)];
  const { nodes, relationships } = await readInducedSubgraph(db, ids);
  const found = new Set(nodes.map((n) => n.id));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0) throw unknownIdsError(missing);

  const graphNodes: GraphNode[] = nodes.map(({ id, labels, properties }) => ({ id, labels, properties }));
  const graphEdges: GraphEdge[] = relationships.map((r) => ({
    id: stableIdOf(r.properties.id, r.elementId),
    type: r.type,
    source: r.source,
    target: r.target,
    properties: r.properties,
  }));
  return exportGraph(graphNodes, graphEdges, { nodes: nodes.map((n) => n.types), edges: relationships.map((r) => r.types) });
}
