/**
 * The structure overlay on the canvas: node sizes from the chosen measure and fills from the Louvain
 * community, as style bypasses the canvas's own styles leave alone (kind stays readable in the shape).
 * Nodes added later (expansions) get theirs when they arrive.
 */
import type cytoscape from 'cytoscape';
import type { ClientContext } from '../../core/context.ts';
import type { StructureStore } from '../../core/structure/store.ts';
import { communityColour } from './palette.ts';
import { sizeScale } from './sizes.ts';

export function structureOnCanvas(cy: cytoscape.Core, ctx: ClientContext, store: StructureStore): () => void {
  let sized = false;
  let coloured = false;
  let scale: ((score: number | undefined) => number) | null = null;
  let scaleFor: object | null = null;

  function apply(): void {
    const { measure, colourCommunities, data } = store.get();
    const sizing = measure !== null && data !== null && data.measure === measure;
    const colouring = colourCommunities && data !== null;
    if (sizing && scaleFor !== data.scores) {
      scale = sizeScale(data.scores);
      scaleFor = data.scores;
    }
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        const id = node.id();
        if (sizing && scale) {
          const size = scale(data.scores[id]);
          node.style({ width: size, height: size });
        } else if (sized) node.removeStyle('width height');
        if (colouring) node.style('background-color', communityColour(data.communities[id]));
        else if (coloured) node.removeStyle('background-color');
        node.data('community', colouring ? (data.communities[id] ?? -1) : undefined);
      });
    });
    sized = sizing;
    coloured = colouring;
  }

  const unsubscribers = [
    store.subscribe(apply),
    ctx.graph.subscribe((state, previous) => {
      if (state.content !== previous.content && (sized || coloured)) apply();
    }),
  ];
  return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
}
