/**
 * The co-occurrence layer: dashed, unselectable edges between entities the corpus names together, as wide
 * as they are frequent. They are not facts: they live only on the canvas (marked `layer`, which the
 * canvas's sync leaves alone), never in the graph store, its history or its exports. Clicking one shows
 * the sentences that name both.
 */
import type cytoscape from 'cytoscape';
import type { ClientContext } from '../../core/context.ts';
import { pickLink, refreshCooccurrence } from '../../core/cooccurrence/actions.ts';
import type { CooccurrenceStore } from '../../core/cooccurrence/store.ts';

export const LAYER = 'cooccurrence';
export const layerEdgeId = (source: string, target: string): string => `co:${source}|${target}`;

export function cooccurrenceLayer(cy: cytoscape.Core, ctx: ClientContext, store: CooccurrenceStore): () => void {
  function draw(): void {
    const { on, links } = store.get();
    cy.batch(() => {
      cy.edges(`[layer = "${LAYER}"]`).remove();
      if (!on) return;
      const max = Math.max(1, ...links.map((link) => link.weight));
      for (const link of links) {
        if (cy.getElementById(link.source).empty() || cy.getElementById(link.target).empty()) continue;
        const edge = cy.add({
          group: 'edges',
          data: { id: layerEdgeId(link.source, link.target), source: link.source, target: link.target, layer: LAYER, weight: link.weight, eid: '' },
          selectable: false,
        });
        edge.style({
          width: 1.5 + (5 * link.weight) / max,
          'line-style': 'dashed',
          'line-dash-pattern': [6, 4],
          'line-color': '#ae3ec9',
          'target-arrow-shape': 'none',
          opacity: 0.75,
          'curve-style': 'straight',
          'z-index': 9,
        });
      }
    });
  }

  let refresh: number | null = null;
  const onTap = (event: cytoscape.EventObject): void => {
    const edge = event.target as cytoscape.EdgeSingular;
    pickLink(store, { source: String(edge.data('source')), target: String(edge.data('target')) });
  };
  cy.on('tap', `edge[layer = "${LAYER}"]`, onTap);

  const unsubscribers = [
    store.subscribe((state, previous) => {
      if (state.links !== previous.links || state.on !== previous.on) draw();
    }),
    ctx.graph.subscribe((state, previous) => {
      if (state.content.nodes === previous.content.nodes || !store.get().on) return;
      draw();
      // What is on the canvas changed: ask for its links once the changes stop coming.
      if (refresh !== null) window.clearTimeout(refresh);
      refresh = window.setTimeout(() => void refreshCooccurrence(ctx, store), 300);
    }),
  ];
  return () => {
    cy.off('tap', `edge[layer = "${LAYER}"]`, onTap);
    unsubscribers.forEach((unsubscribe) => unsubscribe());
  };
}
