import cytoscape from 'cytoscape';
import type { GraphEdge, GraphNode } from '../../../contract/graph.ts';
import { select } from '../../core/graph/actions.ts';
import { edgeLabel, kindOf, nodeLabel } from '../../core/graph/kinds.ts';
import { isProposed, visibleElements } from '../../core/graph/visible.ts';
import type { ClientContext } from '../../core/context.ts';
import { kindStyle } from './kind-style.ts';
import { displayLabel } from './label-text.ts';
import { hideLabelsWhileMoving } from './labels-while-moving.ts';
import { createLayoutRunner, type LayoutRunner, type LayoutStats } from './layout-runner.ts';
import { layoutOptions, type PageLayoutName } from './layouts.ts';
import { separate } from './overlap.ts';
import { stylesheet } from './stylesheet.ts';
import { layoutAround, layoutWhole, placeOnRings, type RunningLayout } from './worker-layout.ts';
import { bringIntoView } from './keep-in-view.ts';

/** Edges get their own id space on the canvas: an edge id may equal a node slug. */
export const edgeElementId = (id: string): string => `e:${id}`;

export interface Canvas {
  cy: cytoscape.Core;
  /** Resolves when no layout is running. */
  settled(): Promise<void>;
  /** How the force-directed layouts ran so far (in the worker, on the page, cancelled). */
  layoutStats(): LayoutStats;
  destroy(): void;
}

function nodeData(node: GraphNode, labels: 'ar' | 'en' | 'both'): Record<string, string | number> {
  const kind = kindOf(node);
  const style = kindStyle(kind);
  const label = nodeLabel(node, labels);
  const data: Record<string, string | number> = { id: node.id, label, display: displayLabel(label), kind, color: style.color, shape: style.shape, proposed: isProposed(node) ? 'yes' : 'no' };
  // Coordinates, for the geographic layout.
  const { lat, lon } = node.properties;
  if (typeof lat === 'number' && typeof lon === 'number') Object.assign(data, { lat, lon });
  return data;
}

function edgeData(edge: GraphEdge): Record<string, string> {
  return { id: edgeElementId(edge.id), eid: edge.id, source: edge.source, target: edge.target, type: edge.type, label: edgeLabel(edge), proposed: isProposed(edge) ? 'yes' : 'no' };
}

/**
 * Draws the graph store with Cytoscape. It owns no data: every change comes from the store, and
 * selection made with the mouse goes back to the store as an action. `runner` may be started before the
 * canvas, so the layout worker loads while the page waits for its font and data.
 */
export function createCanvas(container: HTMLElement, ctx: ClientContext, runner: LayoutRunner = createLayoutRunner()): Canvas {
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
  let current: { stop(): void; done: Promise<void> } | null = null;
  let pendingFocus: string | null = null;
  let firstDraw = true;
  /** New nodes whose layout has not landed: an expansion that cancels it takes them along. */
  const unsettled = new Set<string>();
  /** The view still looks away from the nodes (see runLayout): the first layout to land must fit it. */
  let awaitingFirstPicture = false;

  function centre(id: string): void {
    const node = cy.getElementById(id);
    if (node.empty()) return;
    // Pan computed for the target zoom: animating `center` and `zoom` together lands off-centre.
    const zoom = Math.max(cy.zoom(), 1.1);
    const at = node.position();
    cy.animate({ zoom, pan: { x: cy.width() / 2 - at.x * zoom, y: cy.height() / 2 - at.y * zoom } }, { duration: 350 });
  }

  /**
   * Nudges apart any labels a page layout left touching, then fits the view if asked. (The worker does
   * the same for force-directed layouts before it answers.)
   */
  function untangle(fit: boolean): void {
    const boxes = cy.nodes().map((node) => ({ id: node.id(), fixed: node.locked(), ...node.boundingBox({ includeLabels: true }) }));
    const moves = separate(boxes, 6);
    cy.batch(() => {
      for (const [id, move] of moves) {
        const node = cy.getElementById(id);
        node.position({ x: node.position().x + move.dx, y: node.position().y + move.dy });
      }
    });
    if (fit) cy.fit(undefined, 30);
  }

  function pageLayout(name: PageLayoutName, initial: boolean, fit: boolean): RunningLayout {
    const instance = cy.layout(layoutOptions(name, cy, { animate: !initial }));
    const done = new Promise<{ applied: boolean; forced: number }>((resolve) => {
      instance.one('layoutstop', () => {
        untangle(fit);
        resolve({ applied: true, forced: 0 });
      });
    });
    instance.run();
    return { done, stop: () => instance.stop() };
  }

  /**
   * Lays the canvas out, or with `added` only settles those new nodes around the ones already placed.
   * A layout started while another runs replaces it: the old one stops where it is (its computation is
   * cancelled, its animation ended) and its unsettled nodes join the new one.
   */
  function runLayout(initial: boolean, fill = initial, added?: cytoscape.NodeCollection): void {
    if (cy.nodes().empty()) return;
    current?.stop();
    const { layout } = ctx.settings.get();
    let run: RunningLayout;
    let expansion: Set<string> | null = null;
    if (layout === 'fcose' && added) {
      added.forEach((node) => {
        unsettled.add(node.id());
      });
      expansion = new Set(unsettled);
      run = layoutAround(cy, runner, cy.nodes().filter((node) => unsettled.has(node.id())), { animate: true, fit: false });
    } else {
      unsettled.clear();
      run = layout === 'fcose' ? layoutWhole(cy, runner, { randomize: initial, fill, animate: !initial, fit: fill }) : pageLayout(layout, initial, fill);
    }
    // The first picture waits for its layout: until the positions come back the view looks far away
    // from the nodes, so Cytoscape draws nothing (drawing the placeholder picture costs as much as the
    // real one). At the highest zoom it also skips its zoomed-out layer cache, which draws every element
    // whether in view or not. Measuring is unaffected: it works in model coordinates.
    if (initial) {
      cy.viewport({ zoom: cy.maxZoom(), pan: { x: -1e7, y: -1e7 } });
      awaitingFirstPicture = true;
    }
    const taskId = Date.now() + Math.random();
    ctx.progress.set({ ...ctx.progress.get(), tasks: [...ctx.progress.get().tasks, { id: taskId, what: 'task.layout' }] });
    const handle = {
      stop: () => run.stop(),
      done: run.done.then(({ applied }) => {
        if (current === handle) current = null;
        ctx.progress.set({ ...ctx.progress.get(), tasks: ctx.progress.get().tasks.filter((task) => task.id !== taskId) });
        if (!applied || cy.destroyed()) return;
        unsettled.clear();
        if (fill || awaitingFirstPicture) cy.fit(undefined, 30);
        awaitingFirstPicture = false;
        // Fitting two or three nodes would blow them up to poster size.
        if (cy.zoom() > 1.6) cy.zoom({ level: 1.6, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
        if (pendingFocus) centre(pendingFocus);
        else if (expansion) {
          const placed = expansion;
          bringIntoView(cy, cy.nodes().filter((node) => placed.has(node.id())));
        }
        pendingFocus = null;
      }),
    };
    current = handle;
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
        // Derived layers (co-occurrence) draw their own edges; the store knows nothing of them.
        if (!edgeIds.has(edge.id()) && edge.data('layer') === undefined) edge.remove();
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
      for (const id of added) {
        const remembered = lastPositions.get(id);
        if (remembered) cy.getElementById(id).position(remembered);
      }
      cy.nodes().forEach((node) => {
        const pinned = content.pinned.has(node.id());
        node.toggleClass('pinned', pinned);
        if (pinned) node.lock();
        else node.unlock();
        node.toggleClass('highlight', content.highlight.nodes.has(node.id()));
        node.toggleClass('dimmed', highlighting && !content.highlight.nodes.has(node.id()));
      });
      cy.edges('[^layer]').forEach((edge) => {
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
    const fresh = cy.nodes().filter((node) => unplaced.has(node.id()));
    // Distinct places even before a first layout: edges between nodes on one spot cannot be drawn.
    if (fresh.nonempty()) placeOnRings(cy, fresh);
    if (firstDraw && cy.nodes().nonempty()) {
      firstDraw = false;
      runLayout(true);
    } else if (fresh.nonempty()) runLayout(false, false, fresh);
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
        if (current) pendingFocus = state.focus.id;
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
      while (current) await current.done;
      await labelsWhileMoving.idle();
    },
    layoutStats: () => runner.stats(),
    destroy() {
      for (const unsubscribe of unsubscribers) unsubscribe();
      current?.stop();
      runner.destroy();
      labelsWhileMoving.destroy();
      cy.destroy();
    },
  };
}
