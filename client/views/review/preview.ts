import cytoscape from 'cytoscape';
import type { Preview } from '../../core/review/model.ts';
import { language, typeName } from '../../i18n.ts';
import { kindStyle } from '../canvas/kind-style.ts';

export interface PreviewCanvas {
  show(preview: Preview): void;
  destroy(): void;
}

/**
 * A small canvas of what the commit will add: new nodes filled in their kind's colour, nodes the graph already
 * has drawn hollow, new facts as solid arrows and facts it already has (supported again) dotted. Laid out by
 * a built-in deterministic layout: the preview changes with every decision and must not jump about.
 */
export function createPreviewCanvas(container: HTMLElement): PreviewCanvas {
  const cy = cytoscape({
    container,
    minZoom: 0.2,
    maxZoom: 3,
    autoungrabify: true,
    boxSelectionEnabled: false,
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(label)',
          'font-family': '"Noto Naskh Arabic", sans-serif',
          'font-size': 11,
          'text-valign': 'bottom',
          'text-margin-y': 3,
          'text-wrap': 'ellipsis',
          'text-max-width': '110px',
          'background-color': 'data(color)',
          shape: 'data(shape)' as unknown as cytoscape.Css.NodeShape,
          width: 18,
          height: 18,
          'border-width': 2,
          'border-color': 'data(color)',
        },
      },
      { selector: 'node[role = "linked"]', style: { 'background-color': '#ffffff', 'border-style': 'solid', 'border-width': 3 } },
      {
        selector: 'edge',
        style: {
          width: 1.5,
          'curve-style': 'bezier',
          'target-arrow-shape': 'triangle',
          'line-color': '#495057',
          'target-arrow-color': '#495057',
        },
      },
      // Relationship names would bury a small canvas; the facts are written out beside their sentences.
      { selector: 'edge:active, edge.hover', style: { label: 'data(label)', 'font-size': 9, 'text-rotation': 'autorotate', 'text-background-color': '#ffffff', 'text-background-opacity': 0.85 } },
      { selector: 'edge[role = "supported"]', style: { 'line-style': 'dotted' } },
    ],
  });
  cy.on('mouseover', 'edge', (event) => (event.target as cytoscape.EdgeSingular).addClass('hover'));
  cy.on('mouseout', 'edge', (event) => (event.target as cytoscape.EdgeSingular).removeClass('hover'));
  let shownKey = '';
  return {
    show(preview) {
      const ui = language();
      const key = JSON.stringify([ui, preview]);
      if (key === shownKey) return;
      shownKey = key;
      cy.elements().remove();
      cy.add([
        ...preview.nodes.map((n) => ({
          group: 'nodes' as const,
          data: { id: n.id, label: (ui === 'en' ? (n.nameEn ?? n.nameAr) : (n.nameAr ?? n.nameEn)) ?? n.id, color: kindStyle(n.kind).color, shape: kindStyle(n.kind).shape, role: n.role, kind: n.kind },
        })),
        ...preview.edges.map((e) => ({ group: 'edges' as const, data: { id: `e:${e.id}`, source: e.source, target: e.target, label: typeName(e.type), role: e.role, type: e.type } })),
      ]);
      cy.resize();
      cy.layout({ name: 'concentric', concentric: (node: cytoscape.NodeSingular) => node.degree(false), levelWidth: () => 2, minNodeSpacing: 28, animate: false, padding: 16 }).run();
    },
    destroy() {
      cy.destroy();
    },
  };
}
