import type cytoscape from 'cytoscape';
import type { FcoseLayoutOptions } from 'cytoscape-fcose';
import type { LayoutName } from '../../core/settings/types.ts';

const animation = { animate: true, animationDuration: 450, fit: true, padding: 40 } as const;

/** Above this many nodes a full force-directed layout blocks the page for seconds: the spectral draft only. */
export const DRAFT_ABOVE_NODES = 300;

/** The forces every fcose run shares, so an expansion settles into the same spacing as the first layout. */
const forces = {
  nodeDimensionsIncludeLabels: true,
  idealEdgeLength: () => 50,
  nodeRepulsion: () => 3500,
  nodeSeparation: 60,
  gravity: 0.2,
} as const;

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
        // 'proof' and 2,500 iterations polish what the label push-apart pass after the layout fixes anyway;
        // past a few hundred nodes only the spectral draft keeps the page responsive.
        quality: cy.nodes().length > DRAFT_ABOVE_NODES ? 'draft' : 'default',
        randomize: options.initial,
        ...forces,
        numIter: 1000,
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

/**
 * Settles nodes just added next to the canvas without moving what the reader already knows: only the
 * new nodes and the nodes they attach to take part, the latter fixed where they are, so the cost follows
 * the size of the expansion rather than the size of the canvas.
 */
export function incrementalLayout(added: cytoscape.NodeCollection, animate: boolean): { eles: cytoscape.Collection; options: cytoscape.LayoutOptions } {
  const anchors = added.neighborhood().nodes().difference(added).nodes();
  const eles = added.union(anchors).union(added.connectedEdges());
  const fixed = anchors.map((node) => ({ nodeId: node.id(), position: { ...node.position() } }));
  const fcose: FcoseLayoutOptions = {
    name: 'fcose',
    animate,
    animationDuration: 300,
    fit: false,
    quality: 'default',
    randomize: false,
    ...forces,
    numIter: 300,
    initialEnergyOnIncremental: 0.3,
    ...(fixed.length > 0 ? { fixedNodeConstraint: fixed } : {}),
    tile: false,
  };
  return { eles, options: fcose };
}
