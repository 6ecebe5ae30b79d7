import cytoscape from 'cytoscape';
import { select } from '../../core/graph/actions.ts';
import { visibleElements } from '../../core/graph/visible.ts';
import { recordView, restored } from '../../core/camera/actions.ts';
import type { ViewSnapshot } from '../../core/camera/store.ts';
import type { ClientContext } from '../../core/context.ts';
import { edgeData, edgeElementId, nodeData, prominence, type Prominence } from './element-data.ts';
import { bringIntoView } from './keep-in-view.ts';
import { labelBox } from './label-room.ts';
import { hideLabelsWhileMoving } from './labels-while-moving.ts';
import { createLayoutRunner, type LayoutRunner, type LayoutStats } from './layout-runner.ts';
import { layoutOptions, type PageLayoutName } from './layouts.ts';
import { overlapping, separate } from './overlap.ts';
import { settleInFreeSpace } from './free-space.ts';
import { keepLabelsReadable, setReadable } from './readable-labels.ts';
import { stylesheet } from './stylesheet.ts';
import { layoutAround, layoutWhole, placeOnRings, type RunningLayout } from './worker-layout.ts';
import { bindWheelZoom, fitView } from './zoom.ts';

export { edgeElementId } from './element-data.ts';

export interface Canvas {
  cy: cytoscape.Core;
  /** Resolves when no layout is running. */
  settled(): Promise<void>;
  /** How the force-directed layouts ran so far (in the worker, on the page, cancelled). */
  layoutStats(): LayoutStats;
  /** Frames the whole graph in the canvas. */
  fit(): void;
  /** Writes the picture to the camera store now (before a link is copied or the page goes away). */
  record(): void;
  destroy(): void;
}

/** Room between labels when a label switch or a page layout leaves two touching. */
const LABEL_GAP = 6;

/** Cytoscape's typings omit `useCache`, which its boundingBox honours: a label just changed has a stale cache. */
const freshBox = { includeLabels: true, useCache: false } as cytoscape.BoundingBoxOptions;

/**
 * Draws the graph store with Cytoscape. It owns no data: every change comes from the store, and
 * selection made with the mouse goes back to the store as an action; where it drew things goes to the
 * camera store (for share links and reloads). `runner` may be started before the canvas, so the layout
 * worker loads while the page waits for its font and data. `surface` is the canvas's pane: wheel
 * zooming listens there, ahead of Cytoscape.
 */
export function createCanvas(container: HTMLElement, ctx: ClientContext, runner: LayoutRunner = createLayoutRunner(), surface: HTMLElement = container): Canvas {
  const cy = cytoscape({
    container,
    style: stylesheet,
    minZoom: 0.1,
    maxZoom: 4,
    boxSelectionEnabled: true,
    selectionType: 'single',
  });
  const labelsWhileMoving = hideLabelsWhileMoving(cy, container, 150, surface);
  const unbindWheel = bindWheelZoom(cy, surface, container);
  const labelVisibility = keepLabelsReadable(cy, () => current !== null || awaitingFirstPicture);

  /** Where nodes were when they left the canvas, so undo brings them back to the same place. */
  const lastPositions = new Map<string, cytoscape.Position>();
  let syncing = false;
  let current: { stop(): void; done: Promise<void> } | null = null;
  let pendingFocus: string | null = null;
  let pendingFrame: readonly string[] | null = null;
  let pendingArrange = false;
  let firstDraw = true;
  /** New nodes whose layout has not landed: an expansion that cancels it takes them along. */
  const unsettled = new Set<string>();
  /** The view still looks away from the nodes (see runLayout): the first layout to land must fit it. */
  let awaitingFirstPicture = false;
  /**
   * How prominently each node is drawn, fixed when it arrives and revised only when the whole canvas is
   * laid out: a node that grew between layouts would push its label onto neighbours that may not move.
   */
  const tiers = new Map<string, Prominence>();

  function snapshot(): ViewSnapshot {
    const zoom = cy.zoom();
    const pan = cy.pan();
    return {
      positions: new Map(cy.nodes().map((node) => [node.id(), { ...node.position() }])),
      zoom,
      centre: { x: (cy.width() / 2 - pan.x) / zoom, y: (cy.height() / 2 - pan.y) / zoom },
    };
  }

  let recordTimer = 0;
  /** The camera store follows the picture once it has settled: after layouts, drags, zooms and pans. */
  function recordSoon(): void {
    window.clearTimeout(recordTimer);
    recordTimer = window.setTimeout(() => {
      if (!cy.destroyed() && !current && !awaitingFirstPicture) recordView(ctx.camera, snapshot());
    }, 200);
  }

  function centre(id: string): void {
    const node = cy.getElementById(id);
    if (node.empty()) return;
    // Pan computed for the target zoom: animating `center` and `zoom` together lands off-centre.
    const zoom = Math.max(cy.zoom(), 1.1);
    const at = node.position();
    cy.animate({ zoom, pan: { x: cy.width() / 2 - at.x * zoom, y: cy.height() / 2 - at.y * zoom } }, { duration: 350 });
  }

  function frame(ids: readonly string[]): void {
    const wanted = new Set(ids);
    const nodes = cy.nodes().filter((node) => wanted.has(node.id()));
    // Wider margins than a fit: the labels of the framed nodes grow to a readable size at the new zoom.
    if (nodes.nonempty()) fitView(cy, nodes.union(nodes.edgesWith(nodes)), true, 90);
  }

  /**
   * After labels change (another language), moves only nodes whose new label lands on another: of each
   * touching pair the less connected one (never a pinned one) goes to the nearest free spot; every other
   * node stays exactly where the reader saw it.
   */
  function makeRoomForLabels(): void {
    const boxes = cy.nodes().map((node) => ({ id: node.id(), fixed: node.locked(), degree: node.degree(false), ...node.boundingBox(freshBox) }));
    const order = [...boxes].sort((a, b) => a.x1 - b.x1);
    const movers = new Set<string>();
    for (let i = 0; i < order.length; i++) {
      const a = order[i];
      if (!a) continue;
      for (let j = i + 1; j < order.length; j++) {
        const b = order[j];
        if (!b || b.x1 >= a.x2 + LABEL_GAP) break;
        // Only labels that now touch: pairs the layout left a few units apart but closer than its gap stay.
        if (movers.has(a.id) || movers.has(b.id) || !overlapping(a, b, 0)) continue;
        const mover = a.fixed ? b : b.fixed ? a : a.degree < b.degree || (a.degree === b.degree && a.id > b.id) ? a : b;
        if (!mover.fixed) movers.add(mover.id);
      }
    }
    if (movers.size === 0) return;
    const movable = boxes.filter((box) => movers.has(box.id)).sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1));
    const moves = settleInFreeSpace(movable, boxes.filter((box) => !movers.has(box.id)), LABEL_GAP);
    cy.batch(() => {
      for (const [id, move] of moves) {
        const node = cy.getElementById(id);
        node.position({ x: node.position().x + move.dx, y: node.position().y + move.dy });
      }
    });
  }

  /** Nudges apart labels that touch after a page layout, then fits if asked. */
  function untangle(fit: boolean): void {
    const boxes = cy.nodes().map((node) => ({ id: node.id(), fixed: node.locked(), ...node.boundingBox(freshBox) }));
    const moves = separate(boxes, LABEL_GAP);
    cy.batch(() => {
      for (const [id, move] of moves) {
        const node = cy.getElementById(id);
        node.position({ x: node.position().x + move.dx, y: node.position().y + move.dy });
      }
    });
    if (fit) fitView(cy, undefined, false);
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
  function runLayout(initial: boolean, fill = initial, added?: cytoscape.NodeCollection, fresh = initial): void {
    if (cy.nodes().empty()) return;
    current?.stop();
    // The proportions a whole layout is stretched to must be the canvas's now, not as last observed.
    if (container.clientWidth !== cy.width() || container.clientHeight !== cy.height()) cy.resize();
    const { layout } = ctx.settings.get();
    let run: RunningLayout;
    let expansion: Set<string> | null = null;
    if (!(layout === 'fcose' && added)) retier();
    if (layout === 'fcose' && added) {
      added.forEach((node) => {
        unsettled.add(node.id());
      });
      expansion = new Set(unsettled);
      run = layoutAround(cy, runner, cy.nodes().filter((node) => unsettled.has(node.id())), { animate: true, fit: false });
    } else {
      unsettled.clear();
      run = layout === 'fcose' ? layoutWhole(cy, runner, { randomize: fresh, fill, animate: !initial, fit: false }) : pageLayout(layout, initial, false);
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
        const fitNow = fill || awaitingFirstPicture;
        awaitingFirstPicture = false;
        if (pendingFocus) {
          if (fitNow) fitView(cy, undefined, false);
          centre(pendingFocus);
        } else if (pendingFrame) frame(pendingFrame);
        else if (fitNow) fitView(cy, undefined, !initial);
        else if (expansion) {
          const placed = expansion;
          bringIntoView(cy, cy.nodes().filter((node) => placed.has(node.id())), labelBox);
        }
        pendingFocus = null;
        pendingFrame = null;
        labelVisibility.refresh();
        recordSoon();
      }),
    };
    current = handle;
  }

  /** Before a whole layout, every node's prominence follows its degree on the canvas again. */
  function retier(): void {
    const { content } = ctx.graph.get();
    const { labels } = ctx.settings.get();
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        const tier = prominence(node.degree(false));
        const data = content.nodes.get(node.id());
        if (tiers.get(node.id()) === tier || !data) return;
        tiers.set(node.id(), tier);
        node.data(nodeData(data, labels, tier));
      });
    });
  }

  /** Degrees on the canvas, for how prominently each new node is drawn. */
  function degrees(edges: readonly { source: string; target: string }[]): Map<string, number> {
    const degree = new Map<string, number>();
    for (const edge of edges) {
      degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
      degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
    }
    return degree;
  }

  /** Draws the shared picture instead of laying out; true when every node had its place. */
  function restorePicture(fresh: cytoscape.NodeCollection): boolean {
    const picture = ctx.camera.get().restore;
    restored(ctx.camera);
    if (!picture) return false;
    const unplaced = fresh.filter((node) => !picture.positions.has(node.id()));
    cy.batch(() => {
      fresh.forEach((node) => {
        const at = picture.positions.get(node.id());
        if (!at) return;
        // A pinned node is locked already, and a locked node does not move, even when told where to be.
        const locked = node.locked();
        node.unlock();
        node.position({ x: at.x, y: at.y });
        if (locked) node.lock();
      });
    });
    if (unplaced.nonempty()) {
      placeOnRings(cy, unplaced);
      runLayout(false, false, unplaced);
    }
    cy.viewport({ zoom: picture.zoom, pan: { x: cy.width() / 2 - picture.centre.x * picture.zoom, y: cy.height() / 2 - picture.centre.y * picture.zoom } });
    if (unplaced.empty()) recordSoon();
    return true;
  }

  function sync(): void {
    const { content, selection } = ctx.graph.get();
    const { labels, ui } = ctx.settings.get();
    const { nodes, edges } = visibleElements(content);
    const degree = degrees(edges);
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
        const tier = tiers.get(node.id) ?? prominence(degree.get(node.id) ?? 0);
        tiers.set(node.id, tier);
        const data = nodeData(node, labels, tier);
        if (existing.nonempty()) {
          if (existing.data('display') !== data.display || existing.data('tier') !== data.tier || existing.data('color') !== data.color) existing.data(data);
        } else {
          cy.add({ group: 'nodes', data });
          added.push(node.id);
        }
      }
      for (const edge of edges) {
        const existing = cy.getElementById(edgeElementId(edge.id));
        const data = edgeData(edge, ui);
        if (existing.empty()) cy.add({ group: 'edges', data });
        else if (existing.data('label') !== data.label || existing.data('proposed') !== data.proposed || existing.data('rejected') !== data.rejected) existing.data(data);
      }
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
    setReadable(cy, cy.$('node:selected, node.highlight, edge:selected, edge.highlight'));
    labelVisibility.refresh();
    const unplaced = new Set(added.filter((id) => !lastPositions.has(id)));
    for (const id of added) lastPositions.delete(id);
    const fresh = cy.nodes().filter((node) => unplaced.has(node.id()));
    if (firstDraw && cy.nodes().nonempty()) {
      firstDraw = false;
      pendingArrange = false;
      if (restorePicture(fresh)) return;
      // Distinct places even before a first layout: edges between nodes on one spot cannot be drawn.
      placeOnRings(cy, fresh);
      runLayout(true);
      return;
    }
    if (fresh.nonempty()) placeOnRings(cy, fresh);
    if (pendingArrange && cy.nodes().nonempty()) {
      pendingArrange = false;
      // A new picture starts afresh, so the starting view after a reset is the one the page opened with.
      runLayout(false, true, undefined, true);
    } else if (fresh.nonempty()) runLayout(false, false, fresh);
    else if (added.length > 0 || nodes.length !== cy.nodes().length) recordSoon();
  }

  function pushSelection(): void {
    if (syncing) return;
    select(ctx.graph, {
      nodes: cy.nodes(':selected').map((node) => node.id()),
      edges: cy.edges(':selected').map((edge) => String(edge.data('eid'))),
    });
  }
  cy.on('select unselect', pushSelection);
  cy.on('dragfree', 'node', () => {
    recordSoon();
    labelVisibility.refresh();
  });
  cy.on('viewport', recordSoon);

  /**
   * The canvas shrinks and grows as panes open and close beside it (it is never covered by them): keep
   * the model point at its centre where it was, so what the reader looked at stays in view.
   */
  let known = { width: container.clientWidth, height: container.clientHeight };
  const resizeObserver = new ResizeObserver(() => {
    const width = container.clientWidth;
    const height = container.clientHeight;
    if (width === known.width && height === known.height) return;
    const dx = (width - known.width) / 2;
    const dy = (height - known.height) / 2;
    known = { width, height };
    cy.resize();
    if (!awaitingFirstPicture && width > 0 && height > 0) {
      const pan = cy.pan();
      cy.pan({ x: pan.x + dx, y: pan.y + dy });
      const [selected] = ctx.graph.get().selection.nodes;
      if (selected) bringIntoView(cy, cy.getElementById(selected));
    }
  });
  resizeObserver.observe(container);

  const unsubscribers = [
    ctx.graph.subscribe((state, previous) => {
      if (state.arrangeSeq !== previous.arrangeSeq) pendingArrange = true;
      if (state.frame.seq !== previous.frame.seq) pendingFrame = state.frame.ids;
      if (state.content !== previous.content || state.selection !== previous.selection) sync();
      if (state.focus.seq !== previous.focus.seq && state.focus.id) {
        if (current) pendingFocus = state.focus.id;
        else centre(state.focus.id);
      }
      if (state.frame.seq !== previous.frame.seq && !current && pendingFrame) {
        frame(pendingFrame);
        pendingFrame = null;
      }
    }),
    ctx.settings.subscribe((state, previous) => {
      if (state.labels !== previous.labels || state.ui !== previous.ui) sync();
      // Labels change in place: only labels that now touch are nudged apart; nothing else moves.
      if (state.labels !== previous.labels && !current) {
        makeRoomForLabels();
        labelVisibility.refresh();
        recordSoon();
      }
      if (state.layoutSeq !== previous.layoutSeq) runLayout(false, true);
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
    fit: () => fitView(cy),
    record: () => {
      if (!awaitingFirstPicture && cy.nodes().nonempty()) recordView(ctx.camera, snapshot());
    },
    destroy() {
      for (const unsubscribe of unsubscribers) unsubscribe();
      current?.stop();
      window.clearTimeout(recordTimer);
      resizeObserver.disconnect();
      unbindWheel();
      labelVisibility.destroy();
      runner.destroy();
      labelsWhileMoving.destroy();
      cy.destroy();
    },
  };
}
