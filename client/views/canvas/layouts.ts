import type cytoscape from 'cytoscape';
import type { LayoutName } from '../../core/settings/types.ts';
import { geographicPositions } from './geographic-positions.ts';

/** The layouts computed on the page: they cost milliseconds, unlike the force-directed one (worker-layout.ts). */
export type PageLayoutName = Exclude<LayoutName, 'fcose'>;

const animation = { animate: true, animationDuration: 450, fit: true, padding: 40 } as const;

/** Options for each page layout; all count label boxes as node size so Arabic labels keep apart. */
export function layoutOptions(name: PageLayoutName, cy: cytoscape.Core, options: { animate: boolean }): cytoscape.LayoutOptions {
  const motion = { ...animation, animate: options.animate };
  switch (name) {
    case 'concentric':
      return {
        name: 'concentric',
        ...motion,
        concentric: (node: cytoscape.NodeSingular) => node.degree(false),
        levelWidth: () => 2,
        minNodeSpacing: 40,
        nodeDimensionsIncludeLabels: true,
        avoidOverlap: true,
      };
    case 'breadthfirst': {
      const selected = cy.nodes(':selected');
      const roots = selected.nonempty() ? selected.map((node) => node.id()) : [cy.nodes().max((node) => node.degree(false)).ele.id()];
      return {
        name: 'breadthfirst',
        ...motion,
        roots,
        directed: false,
        spacingFactor: 1.1,
        nodeDimensionsIncludeLabels: true,
        avoidOverlap: true,
      };
    }
    case 'grid':
      return { name: 'grid', ...motion, avoidOverlap: true, avoidOverlapPadding: 20, nodeDimensionsIncludeLabels: true, condense: false };
    case 'geographic': {
      const coordinate = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);
      const nodes = cy.nodes().map((node) => ({ id: node.id(), lat: coordinate(node.data('lat')), lon: coordinate(node.data('lon')) }));
      const edges = cy.edges().map((edge) => ({ source: edge.source().id(), target: edge.target().id() }));
      const positions = geographicPositions(nodes, edges);
      return { name: 'preset', ...motion, positions: Object.fromEntries(positions) };
    }
  }
}
