import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { GraphEdge, GraphNode } from '../../../contract/graph.ts';
import { select } from '../../core/graph/actions.ts';
import { edgeLabel, kindOf, nodeLabel } from '../../core/graph/kinds.ts';
import { visibleElements } from '../../core/graph/visible.ts';
import type { ClientContext } from '../../core/context.ts';
import { kindStyle } from './kind-style.ts';
import { displayLabel } from './label-text.ts';
import { hideLabelsWhileMoving } from './labels-while-moving.ts';
import { incrementalLayout, layoutOptions } from './layouts.ts';
import { separate } from './overlap.ts';
import { stylesheet } from './stylesheet.ts';

cytoscape.use(fcose);

/** Edges get their own id space on the canvas: an edge id may equal a node slug. */
export const edgeElementId = (id: string): string => `e:${id}`;

export interface Canvas {
  cy: cytoscape.Core;
  /** Resolves when no layout is running. */
  settled(): Promise<void>;
  destroy(): void;
}

function nodeData(node: GraphNode, labels: 'ar' | 'en' | 'both'): Record<string, string> {
  const kind = kindOf(node);
  const style = kindStyle(kind);
  const label = nodeLabel(node, labels);
  return { id: node.id, label, display: displayLabel(label), kind, color: style.color, shape: style.shape };
}

function edgeData(edge: GraphEdge): Record<string, string> {
  return { id: edgeElementId(edge.id), eid: edge.id, source: edge.source, target: edge.target, type: edge.type, label: edgeLabel(edge) };
}

/**
 * Draws the graph store with Cytoscape. It owns no data: every change comes from the store, and
 * selection made with the mouse goes back to the store as an action.
 */
export function createCanvas(container: HTMLElement, ctx: ClientContext): Canvas {
  const cy = cytoscape({
    container,
    style: stylesheet,
    wheelSensitivity: 0.3,
    minZoom: 0.1,
    maxZoom: 4,
    boxSelectionEnabled: true,
    selectionType: 'single',
  });
  const labelsWhileMoving = hideLabelsWhileMoving(cy, container);

  /** Where nodes were when they left the canvas, so undo brings them back to the same place. */
  const lastPositions = new Map<string, cytoscape.Position>();
  let syncing = false;
  let layoutRunning: cytoscape.Layouts | null = null;
  let layoutDone: Promise<void> = Promise.resolve();
  let pendingFocus: string | null = null;
  let firstDraw = true;

  function centre(id: string): void {
    const node = cy.getElementById(id);
    if (node.empty()) return;
    // Pan computed for the target zoom: animating `center` and `zoom` together lands off-centre.
    const zoom = Math.max(cy.zoom(), 1.1);
    const at = node.position();
    cy.animate({ zoom, pan: { x: cy.width() / 2 - at.x * zoom, y: cy.height() / 2 - at.y * zoom } }, { duration: 350 });
  }

  /**
   * Force-directed layouts come out wide; stretching the short axis to the viewport's proportions lets
   * the first fit zoom in further, so labels are readable at the starting zoom.
   */
  function fillViewport(): void {
    const free = cy.nodes().filter((node) => !node.locked());
    if (free.length < 3) return;
    const box = free.boundingBox({ includeLabels: false });
    if (box.w === 0 || box.h === 0) return;
    const target = cy.width() / Math.max(1, cy.height());
    const sx = box.w / box.h < target ? (box.h * target) / box.w : 1;
    const sy = box.w / box.h > target ? box.w / target / box.h : 1;
    const cx = (box.x1 + box.x2) / 2;
    const cy0 = (box.y1 + box.y2) / 2;
    const squeeze = 0.8;
    cy.batch(() => {
      free.forEach((node) => {
        const p = node.position();
        node.position({ x: cx + (p.x - cx) * sx * squeeze, y: cy0 + (p.y - cy0) * sy * squeeze });
      });
    });
  }

  /**
   * Nudges apart any labels the layout left touching, then fits the view if this was the first draw.
   * After an expansion only the new nodes give way, so the rest of the picture stays where it was.
   */
  function untangle(fit: boolean, movable?: cytoscape.NodeCollection): void {
    if (fit && ctx.settings.get().layout === 'fcose') fillViewport();
    const boxes = cy.nodes().map((node) => ({ id: node.id(), fixed: node.locked() || (movable !== undefined && !movable.contains(node)), ...node.boundingBox({ includeLabels: true }) }));
    const moves = separate(boxes, 6);
    cy.batch(() => {
      for (const [id, move] of moves) {
        const node = cy.getElementById(id);
        node.position({ x: node.position().x + move.dx, y: node.position().y + move.dy });
      }
    });
    if (fit) cy.fit(undefined, 30);
  }

  /** With `added`, a force-directed view settles only those nodes around the ones already placed. */
  function runLayout(initial: boolean, fill = initial, added?: cytoscape.NodeCollection): void {
    if (cy.nodes().empty()) return;
    layoutRunning?.stop();
    const { layout } = ctx.settings.get();
    const local = added && layout === 'fcose' ? incrementalLayout(added, true) : null;
    const instance = local ? local.eles.layout(local.options) : cy.layout(layoutOptions(layout, cy, { initial, animate: !initial }));
    layoutRunning = instance;
    const taskId = Date.now() + Math.random();
    ctx.progress.set({ ...ctx.progress.get(), tasks: [...ctx.progress.get().tasks, { id: taskId, what: 'task.layout' }] });
    layoutDone = new Promise((resolve) => {
      instance.one('layoutstop', () => {
        if (layoutRunning === instance) layoutRunning = null;
        untangle(fill, local ? added : undefined);
        // Fitting two or three nodes would blow them up to poster size.
        if (cy.zoom() > 1.6) cy.zoom({ level: 1.6, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
        ctx.progress.set({ ...ctx.progress.get(), tasks: ctx.progress.get().tasks.filter((task) => task.id !== taskId) });
        if (pendingFocus) centre(pendingFocus);
        pendingFocus = null;
        resolve();
      });
    });
    instance.run();
  }

  function placeNear(id: string): cytoscape.Position {
    const remembered = lastPositions.get(id);
    if (remembered) return remembered;
    const neighbours = cy.getElementById(id).neighborhood().nodes().filter((n) => n.id() !== id);
    let hash = 7;
    for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) % 3600;
    const angle = (hash / 3600) * 2 * Math.PI;
    const extent = cy.extent();
    const base: cytoscape.Position = neighbours.nonempty() ? neighbours[0]?.position() ?? { x: 0, y: 0 } : { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
    return { x: base.x + Math.cos(angle) * 90, y: base.y + Math.sin(angle) * 90 };
  }

  function sync(): void {
    const { content, selection } = ctx.graph.get();
    const { labels } = ctx.settings.get();
    const { nodes, edges } = visibleElements(content);
    const nodeIds = new Set(nodes.map((n) => n.id));
    const edgeIds = new Set(edges.map((e) => edgeElementId(e.id)));
    const added: string[] = [];
    const highlighting = content.highlight.nodes.size > 0 || content.highlight.edges.size > 0;
    syncing = true;
    cy.batch(() => {
      cy.edges().forEach((edge) => {
        if (!edgeIds.has(edge.id())) edge.remove();
      });
      cy.nodes().forEach((node) => {
        if (!nodeIds.has(node.id())) {
          lastPositions.set(node.id(), { ...node.position() });
          node.remove();
        }
      });
      for (const node of nodes) {
        const existing = cy.getElementById(node.id);
        if (existing.nonempty()) existing.data(nodeData(node, labels));
        else {
          cy.add({ group: 'nodes', data: nodeData(node, labels) });
          added.push(node.id);
        }
      }
      for (const edge of edges) if (cy.getElementById(edgeElementId(edge.id)).empty()) cy.add({ group: 'edges', data: edgeData(edge) });
      for (const id of added) cy.getElementById(id).position(placeNear(id));
      cy.nodes().forEach((node) => {
        const pinned = content.pinned.has(node.id());
        node.toggleClass('pinned', pinned);
        if (pinned) node.lock();
        else node.unlock();
        node.toggleClass('highlight', content.highlight.nodes.has(node.id()));
        node.toggleClass('dimmed', highlighting && !content.highlight.nodes.has(node.id()));
      });
      cy.edges().forEach((edge) => {
        const id = String(edge.data('eid'));
        edge.toggleClass('highlight', content.highlight.edges.has(id));
        edge.toggleClass('dimmed', highlighting && !content.highlight.edges.has(id));
      });
      const wanted = new Set([...selection.nodes, ...selection.edges.map(edgeElementId)]);
      cy.elements().forEach((element) => {
        if (wanted.has(element.id()) && !element.selected()) element.select();
        else if (!wanted.has(element.id()) && element.selected()) element.unselect();
      });
    });
    syncing = false;
    const unplaced = new Set(added.filter((id) => !lastPositions.has(id)));
    for (const id of added) lastPositions.delete(id);
    if (firstDraw && cy.nodes().nonempty()) {
      firstDraw = false;
      runLayout(true);
    } else if (unplaced.size > 0) runLayout(false, false, cy.nodes().filter((node) => unplaced.has(node.id())));
  }

  function pushSelection(): void {
    if (syncing) return;
    select(ctx.graph, {
      nodes: cy.nodes(':selected').map((node) => node.id()),
      edges: cy.edges(':selected').map((edge) => String(edge.data('eid'))),
    });
  }
  cy.on('select unselect', pushSelection);

  const unsubscribers = [
    ctx.graph.subscribe((state, previous) => {
      if (state.content !== previous.content || state.selection !== previous.selection) sync();
      if (state.focus.seq !== previous.focus.seq && state.focus.id) {
        if (layoutRunning) pendingFocus = state.focus.id;
        else centre(state.focus.id);
      }
    }),
    ctx.settings.subscribe((state, previous) => {
      if (state.labels !== previous.labels) sync();
      // New label widths change what overlaps, so a label switch lays out again.
      if (state.layoutSeq !== previous.layoutSeq || state.labels !== previous.labels) runLayout(false, true);
    }),
  ];
  sync();

  return {
    cy,
    settled: async () => {
      while (layoutRunning) await layoutDone;
      await labelsWhileMoving.idle();
    },
    destroy() {
      for (const unsubscribe of unsubscribers) unsubscribe();
      labelsWhileMoving.destroy();
      cy.destroy();
    },
  };
}
