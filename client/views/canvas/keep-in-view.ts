/**
 * After an expansion the new nodes can land beyond the edge of the view. The view then moves to show
 * them with what was in view before, zooming out only as far as that needs and never zooming in: the
 * person keeps their bearings, and no new label is cut by the edge of the canvas.
 */
import type cytoscape from 'cytoscape';

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

const PADDING = 30;

const contains = (outer: Box, inner: Box): boolean => inner.x1 >= outer.x1 && inner.x2 <= outer.x2 && inner.y1 >= outer.y1 && inner.y2 <= outer.y2;

const union = (a: Box, b: Box): Box => ({ x1: Math.min(a.x1, b.x1), y1: Math.min(a.y1, b.y1), x2: Math.max(a.x2, b.x2), y2: Math.max(a.y2, b.y2) });

/**
 * The viewport that shows `wanted` (model coordinates) with `kept`, or null when `wanted` is already in
 * view. Width and height are the canvas's, in pixels.
 */
export function viewportShowing(current: Viewport, width: number, height: number, wanted: Box, kept: Box | null): Viewport | null {
  const extent: Box = {
    x1: -current.pan.x / current.zoom,
    y1: -current.pan.y / current.zoom,
    x2: (width - current.pan.x) / current.zoom,
    y2: (height - current.pan.y) / current.zoom,
  };
  if (contains(extent, wanted)) return null;
  const box = kept ? union(wanted, kept) : wanted;
  const zoom = Math.min(current.zoom, (width - 2 * PADDING) / Math.max(1, box.x2 - box.x1), (height - 2 * PADDING) / Math.max(1, box.y2 - box.y1));
  return { zoom, pan: { x: width / 2 - (zoom * (box.x1 + box.x2)) / 2, y: height / 2 - (zoom * (box.y1 + box.y2)) / 2 } };
}

/** The box of nodes with their labels as drawn; `boxOf` may widen it (to labels not yet shown). */
function boxOf(nodes: cytoscape.NodeCollection, labelBox?: (node: cytoscape.NodeSingular) => Box): Box {
  const drawn = nodes.boundingBox({ includeLabels: true });
  let box: Box = { x1: drawn.x1, y1: drawn.y1, x2: drawn.x2, y2: drawn.y2 };
  if (labelBox) nodes.forEach((node) => {
    box = union(box, labelBox(node));
  });
  return box;
}

/**
 * Moves the view, animated, so `added` (with labels) shows alongside the nodes that were in view.
 * `labelBox` gives where a node's label is drawn once it shows, for labels that are folded away now.
 */
export function bringIntoView(cy: cytoscape.Core, added: cytoscape.NodeCollection, labelBox?: (node: cytoscape.NodeSingular) => Box): void {
  if (added.empty()) return;
  const extent = cy.extent();
  const kept = cy
    .nodes()
    .difference(added)
    .nodes()
    .filter((node) => {
      const p = node.position();
      return p.x >= extent.x1 && p.x <= extent.x2 && p.y >= extent.y1 && p.y <= extent.y2;
    });
  const target = viewportShowing(
    { zoom: cy.zoom(), pan: cy.pan() },
    cy.width(),
    cy.height(),
    boxOf(added, labelBox),
    kept.empty() ? null : kept.boundingBox({ includeLabels: true }),
  );
  if (target) cy.animate({ zoom: target.zoom, pan: target.pan, duration: 250 });
}
