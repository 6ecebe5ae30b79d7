import './api/token.ts';
import '@fontsource/noto-naskh-arabic/arabic-400.css';
import '@fontsource/noto-naskh-arabic/arabic-700.css';
import './styles.css';
import { createCameraStore } from './core/camera/store.ts';
import { loadAccess, reflectAccess } from './core/access/actions.ts';
import { createAccessStore } from './core/access/store.ts';
import type { ClientContext } from './core/context.ts';
import { createGraphStore } from './core/graph/store.ts';
import { setPane, togglePane } from './core/panes/actions.ts';
import { createPanesStore } from './core/panes/store.ts';
import { createPathEndsStore } from './core/paths/store.ts';
import { createProgressStore } from './core/progress/store.ts';
import { createSettingsStore } from './core/settings/store.ts';
import { shareUrl, startUrlSync } from './core/url/sync.ts';
import { decodeView, type SharedView } from './core/url/share.ts';
import type { ViewSnapshot } from './core/camera/store.ts';
import { setLanguage, t } from './i18n.ts';
import { mountArticle } from './views/article/article.ts';
import { mountCanvasControls } from './views/canvas/canvas-controls.ts';
import { bindCanvasKeys, bindGlobalKeys, bindHistoryKeys } from './views/canvas/keyboard.ts';
import { createLayoutRunner } from './views/canvas/layout-runner.ts';
import { createCanvas } from './views/canvas/renderer.ts';
import { mountConsoleDrawer } from './views/console-drawer/drawer.ts';
import { mountExport } from './views/export/export.ts';
import { mountKeyHelp } from './views/help/key-help.ts';
import { mountLegend } from './views/legend/legend.ts';
import { createContextMenu } from './views/menu/context-menu.ts';
import { mountPanel } from './views/panel/panel.ts';
import { mountPaths } from './views/paths/paths.ts';
import { mountSearch } from './views/search/search.ts';
import { createShell, initialPanes, isNarrow } from './views/shell/shell.ts';
import { mountStatus } from './views/status/status.ts';
import { exportHostOf, mountToolbar } from './views/toolbar/toolbar.ts';
import { mountInsightViews } from './views/insight/insight.ts';
import { expandNode, openView, prefetchStartingView } from './core/explore/operations.ts';
// ---- issue 13 part A: adding and reviewing an article ----
import { createReviewStore } from './core/review/store.ts';
import { mountWorkbench } from './views/review/workbench.ts';
// ---- end issue 13 part A ----
import { createHistoryStore } from './core/history/store.ts';
import { offerNews, openedWorkspace, readWorkspace } from './core/workspaces/actions.ts';
import { viewOfState, workspaceIdOf } from './core/workspaces/state.ts';
import { createWorkspacesStore } from './core/workspaces/store.ts';

/** The first draw must use the bundled Arabic font, or Cytoscape caches label sizes of a fallback. */
async function fontsReady(): Promise<void> {
  await Promise.all([
    document.fonts.load('16px "Noto Naskh Arabic"', 'الحموشي'),
    document.fonts.load('bold 16px "Noto Naskh Arabic"', 'الحموشي'),
  ]);
  await document.fonts.ready;
}

function applyLanguage(ui: 'ar' | 'en'): void {
  setLanguage(ui);
  document.documentElement.lang = ui;
  document.documentElement.dir = ui === 'ar' ? 'rtl' : 'ltr';
  document.title = t('app.title');
}

/** The picture a link carries, when it carries every node's place. */
function pictureOf(view: SharedView): ViewSnapshot | null {
  const { positions, camera } = view;
  if (!positions || !camera || !view.nodes) return null;
  return { positions: new Map(Object.entries(positions)), zoom: camera.zoom, centre: camera.centre };
}

async function main(): Promise<void> {
  // A workspace link (#w=<id>) opens the picture saved on the server; any other link carries its own. An address
  // with both is a reload of an open workspace: the picture on screen then, and the workspace still open.
  const workspaceId = workspaceIdOf(window.location.hash);
  const workspace = workspaceId ? await readWorkspace(workspaceId) : null;
  const own = decodeView(window.location.hash);
  const stored = own.nodes === null && workspace && 'workspace' in workspace ? viewOfState(workspace.workspace.state) : null;
  const shared = stored ?? own;
  // Both load while the font does: the starting view from the server, the layout worker's code.
  if (!shared.nodes) prefetchStartingView();
  const layoutRunner = createLayoutRunner();
  const ctx: ClientContext = {
    graph: createGraphStore(),
    settings: createSettingsStore({
      ...(shared.labels ? { labels: shared.labels } : {}),
      ...(shared.ui ? { ui: shared.ui } : {}),
      ...(shared.layout ? { layout: shared.layout } : {}),
    }),
    progress: createProgressStore(),
    paths: createPathEndsStore(),
    camera: createCameraStore(pictureOf(shared)),
    panes: createPanesStore(initialPanes()),
    access: createAccessStore(),
    review: createReviewStore(),
    history: createHistoryStore(),
    workspaces: createWorkspacesStore(),
  };
  if (workspace) openedWorkspace(ctx, workspace);
  reflectAccess(ctx.access, document.documentElement);
  void loadAccess(ctx.access);
  applyLanguage(ctx.settings.get().ui);
  // Registered before any view so every view re-renders with the new dictionary already in place.
  ctx.settings.subscribe((state, previous) => {
    if (state.ui !== previous.ui) applyLanguage(state.ui);
  });

  const shell = createShell(document.getElementById('app') ?? document.body, ctx);
  mountStatus(shell.status, ctx.progress);
  // An empty canvas measures no text, so it can be built while the font loads; nodes come after it.
  const canvas = createCanvas(shell.canvas, ctx, layoutRunner, shell.canvasPane);
  await fontsReady();

  const focusCanvas = (): void => shell.canvas.focus();
  const menu = createContextMenu(shell.canvasPane, ctx, focusCanvas);
  const search = mountSearch(shell.search, ctx, focusCanvas);
  mountArticle(shell.article, ctx);
  mountConsoleDrawer(shell.console, ctx);
  mountToolbar(shell.toolbar, ctx, canvas, {
    shareLink: () => {
      canvas.record();
      return shareUrl(ctx);
    },
  });
  mountExport(exportHostOf(shell.toolbar), ctx, canvas);
  const insight = mountInsightViews(shell.toolbar, ctx, canvas);
  // issue 13 part A: «Add an article» and the review of its dry run.
  mountWorkbench(shell.toolbar, ctx, ctx.review);
  mountLegend(shell.legend, ctx, focusCanvas);
  mountPaths(shell.paths, ctx);
  mountPanel(shell.panel, ctx);
  mountCanvasControls(shell.canvasControls, ctx, canvas, () => search.focus());
  mountKeyHelp(shell.help, ctx, focusCanvas);

  canvas.cy.on('dbltap', 'node', (event) => void expandNode(ctx, (event.target as { id(): string }).id()));
  const openMenu = (event: { target: unknown; renderedPosition?: { x: number; y: number } }): void => {
    const node = event.target as { id(): string };
    menu.open(node.id(), event.renderedPosition ?? { x: 0, y: 0 });
  };
  canvas.cy.on('cxttap', 'node', openMenu);
  // A long press is a touch screen's right click.
  canvas.cy.on('taphold', 'node', openMenu);
  // On a phone the details are a sheet: picking something opens it (unless another sheet is in use).
  canvas.cy.on('tap', 'node, edge', () => {
    const panes = ctx.panes.get();
    if (isNarrow() && !panes.article && !panes.legend && !panes.console) setPane(ctx.panes, 'details', true, true);
  });
  bindCanvasKeys(shell.canvas, canvas.cy, ctx, (id) => {
    const node = canvas.cy.getElementById(id);
    menu.open(id, node.renderedPosition());
  });
  bindHistoryKeys(ctx);
  bindGlobalKeys(ctx, canvas, {
    focusSearch: () => search.focus(),
    toggleConsole: () => togglePane(ctx.panes, 'console', isNarrow()),
  });

  const relabel = (): void => {
    search.relabel();
    shell.canvas.setAttribute('aria-label', t('canvas.label'));
  };
  relabel();
  ctx.settings.subscribe((state, previous) => {
    if (state.ui !== previous.ui) relabel();
  });
  window.addEventListener('pagehide', () => canvas.record());

  /** Read-only handle for browser tests: they click and type like a person, and only read state here. */
  Object.assign(window, { __sila: { cy: canvas.cy, ctx, views: insight.stores, settled: () => canvas.settled(), layoutStats: () => canvas.layoutStats() } });

  await openView(ctx, shared);
  if (workspaceId && stored) void offerNews(ctx, workspaceId);
  startUrlSync(ctx);
  window.addEventListener('hashchange', () => window.location.reload());
  document.body.dataset.ready = 'true';
}

void main();
