import './api/token.ts';
import '@fontsource/noto-naskh-arabic/arabic-400.css';
import '@fontsource/noto-naskh-arabic/arabic-700.css';
import './styles.css';
import type { ClientContext } from './core/context.ts';
import { createGraphStore } from './core/graph/store.ts';
import { createPathEndsStore } from './core/paths/store.ts';
import { createProgressStore } from './core/progress/store.ts';
import { createSettingsStore } from './core/settings/store.ts';
import { shareUrl, startUrlSync } from './core/url/sync.ts';
import { decodeView } from './core/url/share.ts';
import { h } from './dom.ts';
import { setLanguage, t } from './i18n.ts';
import { mountArticle } from './views/article/article.ts';
import { bindCanvasKeys, bindHistoryKeys } from './views/canvas/keyboard.ts';
import { createLayoutRunner } from './views/canvas/layout-runner.ts';
import { createCanvas } from './views/canvas/renderer.ts';
import { mountConsoleDrawer } from './views/console-drawer/drawer.ts';
import { mountExport } from './views/export/export.ts';
import { mountLegend } from './views/legend/legend.ts';
import { createContextMenu } from './views/menu/context-menu.ts';
import { mountPanel } from './views/panel/panel.ts';
import { mountPaths } from './views/paths/paths.ts';
import { mountSearch } from './views/search/search.ts';
import { mountStatus } from './views/status/status.ts';
import { exportHostOf, mountToolbar } from './views/toolbar/toolbar.ts';
import { mountInsightViews } from './views/insight/insight.ts';
import { expandNode, openView, prefetchStartingView } from './core/explore/operations.ts';
import { focusNode, select } from './core/graph/actions.ts';

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

async function main(): Promise<void> {
  const shared = decodeView(window.location.hash);
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
  };
  applyLanguage(ctx.settings.get().ui);
  // Registered before any view so every view re-renders with the new dictionary already in place.
  ctx.settings.subscribe((state, previous) => {
    if (state.ui !== previous.ui) applyLanguage(state.ui);
  });

  const searchHost = h('div', { class: 'search', role: 'search' });
  const toolbarHost = h('nav', { class: 'toolbar' });
  const statusHost = h('div', { class: 'status' });
  const legendTitle = h('h2', { class: 'pane-title' });
  const legendHost = h('div', { class: 'legend' });
  const canvasElement = h('div', { id: 'cy', class: 'cy', tabindex: 0, role: 'application', dir: 'ltr' });
  const keyHelp = h('p', { class: 'key-help' });
  const canvasPane = h('section', { class: 'canvas-pane' }, canvasElement, keyHelp);
  const pathsHost = h('section', { class: 'paths' });
  const panelHost = h('section', { class: 'panel', 'aria-live': 'polite' });
  const articleTitle = h('h2', { class: 'pane-title' });
  const articleClose = h('button', { type: 'button', class: 'icon', 'data-action': 'close-article' }, '×');
  const articleDrawer = h('aside', { id: 'article-drawer', class: 'article-drawer', hidden: true }, h('header', { class: 'drawer-head' }, articleTitle, articleClose));
  const consoleDrawer = h('section', { id: 'console-drawer', class: 'console-drawer', hidden: true });
  const app = document.getElementById('app') ?? document.body;
  app.replaceChildren(
    h('header', { class: 'topbar' }, h('h1', { class: 'brand' }, h('span', { lang: 'ar' }, 'صلة'), h('span', { lang: 'en' }, ' Sila')), searchHost, toolbarHost),
    statusHost,
    h('main', { class: 'workspace' }, h('aside', { class: 'legend-pane' }, legendTitle, legendHost), canvasPane, h('aside', { class: 'side-pane' }, pathsHost, panelHost)),
    articleDrawer,
    consoleDrawer,
  );

  mountStatus(statusHost, ctx.progress);
  // An empty canvas measures no text, so it can be built while the font loads; nodes come after it.
  const canvas = createCanvas(canvasElement, ctx, layoutRunner);
  await fontsReady();

  const menu = createContextMenu(canvasPane, ctx, () => canvasElement.focus());
  const search = mountSearch(searchHost, ctx, () => canvasElement.focus());
  const article = mountArticle(articleDrawer, ctx);
  const consoleDrawerView = mountConsoleDrawer(consoleDrawer, ctx);
  const toggleArticle = (): void => {
    articleDrawer.hidden = !articleDrawer.hidden;
    if (!articleDrawer.hidden) void article.open().then(() => articleDrawer.querySelector<HTMLElement>('.mention')?.focus());
  };
  articleClose.addEventListener('click', toggleArticle);
  mountToolbar(toolbarHost, ctx, canvas, {
    toggleArticle,
    toggleConsole: () => consoleDrawerView.toggle(),
    shareLink: () => shareUrl(ctx),
  });
  mountExport(exportHostOf(toolbarHost), ctx, canvas);
  const insight = mountInsightViews(toolbarHost, ctx, canvas);
  mountLegend(legendHost, ctx);
  mountPaths(pathsHost, ctx);
  mountPanel(panelHost, ctx);

  canvas.cy.on('dbltap', 'node', (event) => void expandNode(ctx, (event.target as { id(): string }).id()));
  canvas.cy.on('cxttap', 'node', (event) => {
    const node = event.target as { id(): string };
    menu.open(node.id(), event.renderedPosition ?? { x: 0, y: 0 });
  });
  bindCanvasKeys(canvasElement, canvas.cy, ctx, (id) => {
    const node = canvas.cy.getElementById(id);
    menu.open(id, node.renderedPosition());
  });
  bindHistoryKeys(ctx);
  document.addEventListener('keydown', (event) => {
    const typing = (event.target as HTMLElement | null)?.closest('input, textarea, select, [contenteditable="true"], .cm-editor');
    if ((event.key === '/' && !typing) || ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k')) {
      event.preventDefault();
      search.focus();
    } else if ((event.ctrlKey || event.metaKey) && event.code === 'Backquote') {
      event.preventDefault();
      consoleDrawerView.toggle();
    } else if (event.key === 'Escape' && !articleDrawer.hidden && !typing) {
      toggleArticle();
    }
  });

  const relabel = (): void => {
    search.relabel();
    legendTitle.textContent = t('legend.title');
    articleTitle.textContent = t('article.title');
    articleClose.setAttribute('aria-label', t('panel.close'));
    canvasElement.setAttribute('aria-label', t('keys.help'));
    keyHelp.textContent = t('keys.help');
    consoleDrawer.setAttribute('aria-label', t('console.title'));
  };
  relabel();
  ctx.settings.subscribe((state, previous) => {
    if (state.ui !== previous.ui) relabel();
  });

  /** Read-only handle for browser tests: they click and type like a person, and only read state here. */
  Object.assign(window, { __sila: { cy: canvas.cy, ctx, views: insight.stores, settled: () => canvas.settled(), layoutStats: () => canvas.layoutStats() } });

  await openView(ctx, shared.nodes, { kinds: shared.hiddenKinds, types: shared.hiddenTypes });
  if (shared.selected.length > 0) {
    select(ctx.graph, { nodes: shared.selected, edges: [] });
    const [only] = shared.selected;
    if (shared.selected.length === 1 && only) focusNode(ctx.graph, only);
  }
  startUrlSync(ctx);
  window.addEventListener('hashchange', () => window.location.reload());
  document.body.dataset.ready = 'true';
}

void main();
