/**
 * Which labels the canvas shows, so that the ones it shows can be read. Labels that would be drawn below
 * MIN_LABEL_PX are folded away; the labels of small nodes (the many leaves) show when the reader hovers
 * or selects them, or once the zoom makes them readable and they fit where they are without touching
 * another label. A folded label takes no room (stylesheet.ts), so layouts keep room only for the labels
 * that show at the first zoom, and that first view is not zoomed out past reading.
 */
import type cytoscape from 'cytoscape';
import { labelBox } from './label-room.ts';
import { overlapping, type Box } from './overlap.ts';
import { HOVER_CLASS, MIN_LABEL_PX, QUIET_CLASS } from './stylesheet.ts';

/** On-screen size of the label of a hovered or selected node, and of a selected or highlighted edge. */
const NODE_PX = 15;
const EDGE_PX = 13;
/** Past this the label would cover the graph when zoomed far out; it is still 15 px at zoom 0.3. */
const MAX_MODEL_FONT = 50;
/** Room kept between a revealed label and anything else. */
const GAP = 4;
/** A small node's label waits for the view to be still this long before it is fitted in. */
const REVEAL_AFTER_MS = 120;

const WATCHED = `node.${HOVER_CLASS}, node:selected, node.highlight, edge:selected, edge.highlight`;

function readableSize(element: cytoscape.SingularElementArgument, zoom: number): number {
  const own = element.isNode() ? Number(element.data('font')) || 15 : 12;
  return Math.min(MAX_MODEL_FONT, Math.max(own, (element.isNode() ? NODE_PX : EDGE_PX) / zoom));
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

/** Boxes bucketed by area, so fitting a label in checks its neighbours, not every box on the canvas. */
class BoxGrid {
  private static readonly CELL = 150;
  private readonly cells = new Map<string, Box[]>();

  add(box: Box): void {
    for (const key of this.keys(box, 0)) {
      const cell = this.cells.get(key);
      if (cell) cell.push(box);
      else this.cells.set(key, [box]);
    }
  }

  /** Whether `box` touches a box of another node. */
  hits(box: Box, gap: number): boolean {
    for (const key of this.keys(box, gap)) {
      for (const other of this.cells.get(key) ?? []) if (other.id !== box.id && overlapping(box, other, gap)) return true;
    }
    return false;
  }

  private *keys(box: Box, gap: number): Generator<string> {
    const size = BoxGrid.CELL;
    for (let x = Math.floor((box.x1 - gap) / size); x <= Math.floor((box.x2 + gap) / size); x++) {
      for (let y = Math.floor((box.y1 - gap) / size); y <= Math.floor((box.y2 + gap) / size); y++) yield `${x},${y}`;
    }
  }
}

const readableAt = (node: cytoscape.NodeSingular, zoom: number): boolean => (Number(node.data('font')) || 15) * zoom >= MIN_LABEL_PX;

export interface LabelVisibility {
  /** Decides again which labels show (after a layout, a new label, a move). */
  refresh(): void;
  destroy(): void;
}

export function keepLabelsReadable(cy: cytoscape.Core, busy: () => boolean): LabelVisibility {
  /** Small nodes whose label fitted at the zoom it was last decided for. */
  const revealed = new Set<string>();
  let frame = 0;
  let timer = 0;

  /** Folds the labels that are too small to read, or that belong to small nodes not revealed. */
  function fold(): void {
    const zoom = cy.zoom();
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        const quiet = !readableAt(node, zoom) || (node.data('tier') === 'minor' && !revealed.has(node.id()));
        if (node.hasClass(QUIET_CLASS) !== quiet) node.toggleClass(QUIET_CLASS, quiet);
      });
    });
  }

  /**
   * Reveals the labels of small nodes that can be read at this zoom and land on nothing: the best
   * connected first, each against the labels already showing, every node's shape and each other.
   */
  function reveal(): void {
    timer = 0;
    if (cy.destroyed() || busy()) return;
    const zoom = cy.zoom();
    revealed.clear();
    const small = cy.nodes().filter((node) => node.data('tier') === 'minor' && readableAt(node, zoom));
    if (small.nonempty()) {
      const taken = new BoxGrid();
      cy.nodes().forEach((node) => {
        const body = node.boundingBox({ includeLabels: false });
        taken.add({ id: node.id(), x1: body.x1, y1: body.y1, x2: body.x2, y2: body.y2 });
        if (node.data('tier') !== 'minor' && !node.hasClass(QUIET_CLASS)) {
          const all = node.boundingBox({ includeLabels: true });
          taken.add({ id: `${node.id()}:label`, x1: all.x1, y1: all.y1, x2: all.x2, y2: all.y2 });
        }
      });
      const extent = cy.extent();
      const inView = (node: cytoscape.NodeSingular): boolean => {
        const p = node.position();
        return p.x >= extent.x1 && p.x <= extent.x2 && p.y >= extent.y1 && p.y <= extent.y2;
      };
      const candidates: cytoscape.NodeSingular[] = [];
      small.forEach((node) => {
        if (inView(node)) candidates.push(node);
      });
      candidates
        .sort((a, b) => b.degree(false) - a.degree(false) || (a.id() < b.id() ? -1 : 1))
        .forEach((node) => {
          const box = { id: node.id(), ...labelBox(node) };
          // A label cut by the edge of the canvas is not shown either: panning brings it in whole.
          const whole = box.x1 >= extent.x1 && box.x2 <= extent.x2 && box.y1 >= extent.y1 && box.y2 <= extent.y2;
          if (!whole || taken.hits(box, GAP)) return;
          revealed.add(node.id());
          taken.add(box);
        });
    }
    fold();
  }

  const revealSoon = (): void => {
    window.clearTimeout(timer);
    timer = window.setTimeout(reveal, REVEAL_AFTER_MS);
  };

  const onFrame = (): void => {
    frame = 0;
    setReadable(cy, cy.$(WATCHED));
    fold();
  };
  const onZoom = (): void => {
    if (frame === 0) frame = requestAnimationFrame(onFrame);
    revealSoon();
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
  const added = (event: cytoscape.EventObject): void => {
    const element = event.target as cytoscape.SingularElementArgument;
    setReadable(cy, element);
    if (element.isNode()) element.toggleClass(QUIET_CLASS, element.data('tier') === 'minor' || !readableAt(element, cy.zoom()));
  };
  cy.on('zoom', onZoom);
  cy.on('mouseover', 'node', over);
  cy.on('mouseout', 'node', out);
  cy.on('select', selected);
  cy.on('add', added);
  return {
    refresh: () => {
      fold();
      revealSoon();
    },
    destroy: () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
      cy.off('zoom', onZoom);
      cy.off('mouseover', 'node', over);
      cy.off('mouseout', 'node', out);
      cy.off('select', selected);
      cy.off('add', added);
    },
  };
}
