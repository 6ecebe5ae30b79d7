/**
 * The time slicer on the canvas: while a range holds, the nodes it does not keep (core/time/slice.ts) are
 * taken out of the drawing with a `display: none` bypass. They stay in the graph store and keep their
 * positions, so clearing the range brings them back at once, with no layout and no undo step.
 */
import type cytoscape from 'cytoscape';
import type { ClientContext } from '../../core/context.ts';
import { sliceKeeps } from '../../core/time/slice.ts';
import type { TimeStore } from '../../core/time/store.ts';

/** Hides every node not in `kept` (all are shown with null); returns how many nodes are drawn. */
export function applySlice(cy: cytoscape.Core, kept: ReadonlySet<string> | null): number {
  let shown = 0;
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const visible = kept === null || kept.has(node.id());
      const hidden = node.style('display') === 'none';
      if (visible && hidden) node.removeStyle('display');
      else if (!visible && !hidden) node.style('display', 'none');
      if (visible) shown++;
    });
  });
  return shown;
}

export function sliceOnCanvas(cy: cytoscape.Core, ctx: ClientContext, time: TimeStore, report: (kept: number | null) => void): () => void {
  function apply(): void {
    const { range, known } = time.get();
    if (!range) {
      applySlice(cy, null);
      report(null);
      return;
    }
    const { content } = ctx.graph.get();
    const kept = sliceKeeps({ nodes: content.nodes.values(), edges: content.edges.values(), known }, range);
    report(applySlice(cy, kept));
  }
  const unsubscribers = [
    time.subscribe((state, previous) => {
      if (state.range !== previous.range || state.known !== previous.known) apply();
    }),
    // Registered after the canvas's own listener, so new nodes are already drawn when the slice is applied.
    ctx.graph.subscribe((state, previous) => {
      if (state.content !== previous.content && time.get().range) apply();
    }),
  ];
  return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
}
