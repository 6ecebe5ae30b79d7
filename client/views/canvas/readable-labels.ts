import type cytoscape from 'cytoscape';
import { HOVER_CLASS, MIN_LABEL_PX, QUIET_CLASS } from './stylesheet.ts';

/** On-screen size of the label of a hovered or selected node, and of a selected or highlighted edge. */
const NODE_PX = 15;
const EDGE_PX = 13;
/** Past this the label would cover the graph when zoomed far out; it is still 15 px at zoom 0.3. */
const MAX_MODEL_FONT = 50;

const WATCHED = `node.${HOVER_CLASS}, node:selected, edge:selected, edge.highlight`;

function readableSize(element: cytoscape.SingularElementArgument, zoom: number): number {
  const own = element.isNode() ? Number(element.data('font')) || 15 : 12;
  return Math.min(MAX_MODEL_FONT, Math.max(own, (element.isNode() ? NODE_PX : EDGE_PX) / zoom));
}

/** Marks the nodes whose labels would be too small to read at this zoom (the stylesheet hides those). */
export function quietSmallLabels(cy: cytoscape.Core, nodes: cytoscape.NodeCollection = cy.nodes()): void {
  const zoom = cy.zoom();
  cy.batch(() => {
    nodes.forEach((node) => {
      const quiet = (Number(node.data('font')) || 15) * zoom < MIN_LABEL_PX;
      if (node.hasClass(QUIET_CLASS) !== quiet) node.toggleClass(QUIET_CLASS, quiet);
    });
  });
}

/** Sets `readable` on elements (the stylesheet reads it for labels that must read at any zoom). */
export function setReadable(cy: cytoscape.Core, elements: cytoscape.CollectionArgument): void {
  const zoom = cy.zoom();
  cy.batch(() => {
    elements.forEach((element) => {
      const size = Math.round(readableSize(element, zoom) * 10) / 10;
      if (element.data('readable') !== size) element.data('readable', size);
    });
  });
}

/**
 * Keeps the labels a reader is looking at readable: labels too small to read at the zoom are left out,
 * a hovered node shows its label even then, and the labels of selected nodes and edges and of a highlighted
 * path are sized for the screen, not for the model (at the starting zoom a 12-unit edge label would be
 * 7 px).
 */
export function keepLabelsReadable(cy: cytoscape.Core): () => void {
  let frame = 0;
  let lastZoom = Number.NaN;
  const refresh = (): void => {
    frame = 0;
    setReadable(cy, cy.$(WATCHED));
    if (cy.zoom() !== lastZoom) {
      lastZoom = cy.zoom();
      quietSmallLabels(cy);
    }
  };
  const schedule = (): void => {
    if (frame === 0) frame = requestAnimationFrame(refresh);
  };
  const over = (event: cytoscape.EventObject): void => {
    const node = event.target as cytoscape.NodeSingular;
    setReadable(cy, node);
    node.addClass(HOVER_CLASS);
  };
  const out = (event: cytoscape.EventObject): void => {
    (event.target as cytoscape.NodeSingular).removeClass(HOVER_CLASS);
  };
  const selected = (event: cytoscape.EventObject): void => setReadable(cy, event.target as cytoscape.SingularElementArgument);
  cy.on('zoom', schedule);
  cy.on('mouseover', 'node', over);
  cy.on('mouseout', 'node', out);
  cy.on('select', selected);
  cy.on('add', (event) => {
    const element = event.target as cytoscape.SingularElementArgument;
    setReadable(cy, element);
    if (element.isNode()) quietSmallLabels(cy, element);
  });
  cy.on('data', 'node', (event) => quietSmallLabels(cy, event.target as cytoscape.NodeSingular));
  return () => {
    cancelAnimationFrame(frame);
    cy.off('zoom', schedule);
    cy.off('mouseover', 'node', over);
    cy.off('mouseout', 'node', out);
    cy.off('select', selected);
  };
}
