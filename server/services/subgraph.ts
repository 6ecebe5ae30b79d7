import type { Subgraph } from '../../contract/api.ts';
import type { AppContext } from '../context.ts';
import { readInducedSubgraph } from '../../store/subgraph.ts';
import { stableIdOf } from './cypher/stable-graph.ts';
import { toGraphNode } from './graph-shape.ts';

/**
 * The subgraph a shared view names. Unlike an export, ids that no longer exist (or never did) are not an
 * error: a link outlives a reload of the data, and the reader should get what is still there and be
 * told what is not.
 */
export async function loadSubgraph({ db }: AppContext, nodeIds: string[]): Promise<Subgraph> {
  const ids = [...new Set(nodeIds)];
  const { nodes, relationships } = await readInducedSubgraph(db, ids);
  const found = new Set(nodes.map((n) => n.id));
  return {
    nodes: nodes.map((node) => toGraphNode({ id: node.id, labels: node.labels, properties: node.properties })),
    edges: relationships.map((r) => ({ id: stableIdOf(r.properties.id, r.elementId), type: r.type, source: r.source, target: r.target, properties: r.properties })),
    missing: ids.filter((id) => !found.has(id)),
  };
}
