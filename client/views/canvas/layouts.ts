import type cytoscape from 'cytoscape';
import type { FcoseLayoutOptions } from 'cytoscape-fcose';
import type { LayoutName } from '../../core/settings/types.ts';

const animation = { animate: true, animationDuration: 450, fit: true, padding: 40 } as const;

/**
 * Options for each layout. Force-directed counts label boxes as node size and keeps edges long enough
 * that Arabic labels under neighbouring nodes do not run into each other.
 */
export function layoutOptions(name: LayoutName, cy: cytoscape.Core, options: { initial: boolean; animate: boolean }): cytoscape.LayoutOptions {
  const motion = { ...animation, animate: options.animate };
  switch (name) {
    case 'fcose': {
      const fcose: FcoseLayoutOptions = {
        name: 'fcose',
        ...motion,
        quality: 'proof',
        randomize: options.initial,
        nodeDimensionsIncludeLabels: true,
        idealEdgeLength: () => 50,
        nodeRepulsion: () => 3500,
        nodeSeparation: 60,
        gravity: 0.2,
        numIter: 2500,
        tile: true,
        tilingPaddingVertical: 30,
        tilingPaddingHorizontal: 30,
      };
      return fcose;
    }
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
  }
}
