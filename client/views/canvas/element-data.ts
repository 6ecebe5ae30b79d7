import type { GraphEdge, GraphNode } from '../../../contract/graph.ts';
import { relationshipName } from '../../../contract/vocabulary.ts';
import { kindOf, nodeLabel, type LabelMode } from '../../core/graph/kinds.ts';
import type { UiLanguage } from '../../core/settings/types.ts';
import { kindStyle } from './kind-style.ts';
import { displayLabel } from './label-text.ts';
import { isProposed } from '../../core/graph/visible.ts';

/** Edges get their own id space on the canvas: an edge id may equal a node slug. */
export const edgeElementId = (id: string): string => `e:${id}`;

/**
 * How prominent a node is drawn, by its degree on the canvas: hubs and well-connected nodes get larger
 * shapes and labels, so the first view reads without zooming; the many leaves keep small labels that
 * show once the reader zooms in, hovers or selects them (stylesheet.ts).
 */
export type Prominence = 'hub' | 'major' | 'minor';

export function prominence(degree: number): Prominence {
  if (degree >= 8) return 'hub';
  if (degree >= 3) return 'major';
  return 'minor';
}

export const PROMINENCE_STYLE: Readonly<Record<Prominence, { size: number; font: number }>> = {
  hub: { size: 40, font: 24 },
  major: { size: 30, font: 19 },
  minor: { size: 24, font: 14 },
};

export function nodeData(node: GraphNode, labels: LabelMode, tier: Prominence): Record<string, string | number> {
  const kind = kindOf(node);
  const style = kindStyle(kind);
  const label = nodeLabel(node, labels);
  const { size, font } = PROMINENCE_STYLE[tier];
  // Both single-language labels ride along so layouts keep room for either (label-room.ts).
  const labelAr = nodeLabel(node, 'ar');
  const labelEn = nodeLabel(node, 'en');
  const data: Record<string, string | number> = {
    id: node.id,
    label,
    display: displayLabel(label, font),
    labelAr,
    labelEn,
    kind,
    color: style.color,
    shape: style.shape,
    tier,
    size,
    font,
    lines: labels === 'both' ? 'two' : 'one',
    proposed: isProposed(node) ? 'yes' : 'no',
  };
  // Coordinates, for the geographic layout.
  const { lat, lon } = node.properties;
  if (typeof lat === 'number' && typeof lon === 'number') Object.assign(data, { lat, lon });
  return data;
}

/** Edge labels speak the interface language (contract/vocabulary.ts), like the legend and the menus. */
export function edgeData(edge: GraphEdge, ui: UiLanguage): Record<string, string> {
  return { id: edgeElementId(edge.id), eid: edge.id, source: edge.source, target: edge.target, type: edge.type, label: relationshipName(edge.type, ui), proposed: isProposed(edge) ? 'yes' : 'no' };
}
