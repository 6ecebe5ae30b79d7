/**
 * The views over the whole graph, mounted in one call: a toolbar button each for the timeline, the map
 * and the structure controls, which open in one bottom panel (the canvas above stays in use), plus what
 * they draw on the canvas: the time slice, node sizes and community colours, the co-occurrence layer.
 */
import type { ClientContext } from '../../core/context.ts';
import { createViewStores, type ViewStores } from '../../core/view-stores.ts';
import { h } from '../../dom.ts';
import { t, type MessageKey } from '../../i18n.ts';
import type { Canvas } from '../canvas/renderer.ts';
import { setPane } from '../../core/panes/actions.ts';
import { isNarrow } from '../shell/shell.ts';
import { createMapView } from '../map/map.ts';
import { cooccurrenceLayer } from '../structure/cooccurrence-layer.ts';
import { structureOnCanvas } from '../structure/on-canvas.ts';
import { createStructureView } from '../structure/structure.ts';
import { sliceOnCanvas } from '../timeline/slice-on-canvas.ts';
import { createTimelineView } from '../timeline/timeline.ts';
import { createHistoryView } from '../workbench/history.ts';
import { createWorkspacesView } from '../workbench/workspaces.ts';
import './insight.css';

const VIEWS = ['timeline', 'map', 'structure', 'history', 'workspaces'] as const;
type ViewName = (typeof VIEWS)[number];

export interface InsightViews {
  stores: ViewStores;
  open(view: ViewName): Promise<void>;
  close(): void;
}

export function mountInsightViews(toolbarHost: HTMLElement, ctx: ClientContext, canvas: Canvas): InsightViews {
  const stores = createViewStores();
  const timeline = createTimelineView(ctx, stores.time);
  const map = createMapView(ctx);
  const structure = createStructureView(ctx, stores.structure, stores.cooccurrence);
  // The analyst's workbench (issue 13) shares the bottom panel: the history of changes, the saved workspaces.
  const history = createHistoryView(ctx);
  const workspaces = createWorkspacesView(ctx, () => canvas.record());
  const views: Record<ViewName, { element: HTMLElement; show(): Promise<void> }> = { timeline, map, structure, history, workspaces };

  sliceOnCanvas(canvas.cy, ctx, stores.time, (kept) => timeline.setKept(kept));
  structureOnCanvas(canvas.cy, ctx, stores.structure);
  cooccurrenceLayer(canvas.cy, ctx, stores.cooccurrence);

  const title = h('h2', { class: 'pane-title insight-title', id: 'insight-title' });
  const closeButton = h('button', { type: 'button', class: 'icon', 'data-action': 'close-insight' }, '×');
  const body = h('div', { class: 'insight-body' });
  const panel = h('section', { id: 'insight-panel', class: 'insight-panel', hidden: true, 'aria-labelledby': 'insight-title' }, h('header', { class: 'drawer-head' }, title, closeButton), body);
  document.body.append(panel);

  const buttons = VIEWS.map((name) =>
    h('button', { type: 'button', 'data-action': `view-${name}`, 'aria-controls': 'insight-panel', 'aria-pressed': 'false', onclick: () => void toggle(name) }),
  );
  toolbarHost.append(h('div', { class: 'tool-group insight-buttons' }, ...buttons));

  let current: ViewName | null = null;

  function relabel(): void {
    VIEWS.forEach((name, i) => {
      const button = buttons[i];
      if (!button) return;
      button.textContent = t((`views.${name}` as const) satisfies MessageKey);
      button.setAttribute('aria-pressed', String(current === name));
    });
    title.textContent = current ? t((`views.${current}` as const) satisfies MessageKey) : '';
    closeButton.setAttribute('aria-label', t('views.close'));
  }

  async function open(name: ViewName): Promise<void> {
    // On a phone the panes are sheets below the canvas: with this panel as well the canvas would have no room.
    if (isNarrow()) for (const pane of ['details', 'legend', 'article'] as const) if (ctx.panes.get()[pane]) setPane(ctx.panes, pane, false, false);
    current = name;
    panel.hidden = false;
    panel.dataset.view = name;
    document.body.classList.add('insight-open');
    body.replaceChildren(views[name].element);
    relabel();
    // The canvas got shorter: Cytoscape must measure its container again.
    canvas.cy.resize();
    await views[name].show();
  }

  function close(): void {
    current = null;
    panel.hidden = true;
    document.body.classList.remove('insight-open');
    relabel();
    canvas.cy.resize();
  }

  async function toggle(name: ViewName): Promise<void> {
    if (current === name) close();
    else await open(name);
  }

  closeButton.addEventListener('click', close);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && current && panel.contains(document.activeElement)) close();
  });
  window.addEventListener('resize', () => {
    if (current) void views[current].show();
  });
  ctx.settings.subscribe((state, previous) => {
    if (state.ui !== previous.ui) relabel();
  });
  relabel();
  return { stores, open, close };
}
