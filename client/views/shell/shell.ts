import type { ClientContext } from '../../core/context.ts';
import { setPane } from '../../core/panes/actions.ts';
import type { PaneName } from '../../core/panes/store.ts';
import { h } from '../../dom.ts';
import { t, type MessageKey } from '../../i18n.ts';

/** The elements the views mount into. */
export interface Shell {
  search: HTMLElement;
  toolbar: HTMLElement;
  status: HTMLElement;
  legend: HTMLElement;
  article: HTMLElement;
  canvasPane: HTMLElement;
  canvas: HTMLElement;
  canvasControls: HTMLElement;
  paths: HTMLElement;
  panel: HTMLElement;
  console: HTMLElement;
  help: HTMLElement;
  pane(name: PaneName): HTMLElement;
}

/** Below this width the panes are sheets under the canvas, one at a time (docs/decisions/0015-explorer-layout.md). */
export const NARROW_QUERY = '(max-width: 699px)';
/** Below this width the legend is closed until asked for. */
export const MEDIUM_QUERY = '(max-width: 1199px)';

export const isNarrow = (): boolean => window.matchMedia(NARROW_QUERY).matches;

const PANE_TITLES: Record<Exclude<PaneName, 'help' | 'console'>, MessageKey> = { legend: 'legend.title', details: 'toolbar.details', article: 'article.title' };

/**
 * The page: a top bar (brand, search, tools), then the workspace, where the canvas takes what the open
 * panes leave (the legend or the article on one side, paths and details on the other); on a narrow
 * screen the panes open as sheets below the canvas. Panes take room beside the canvas and never cover
 * it or the tools, so whatever the canvas frames is in view.
 */
export function createShell(app: HTMLElement, ctx: ClientContext): Shell {
  const search = h('div', { class: 'search', role: 'search' });
  const toolbar = h('nav', { class: 'toolbar' });
  const status = h('div', { class: 'status' });

  const paneHead = (name: keyof typeof PANE_TITLES): HTMLElement => {
    const title = h('h2', { class: 'pane-title', id: `${name}-pane-title` });
    const close = h('button', { type: 'button', class: 'icon pane-close', 'data-action': `close-${name}`, onclick: () => setPane(ctx.panes, name, false, false) }, '×');
    const relabel = (): void => {
      title.textContent = t(PANE_TITLES[name]);
      close.setAttribute('aria-label', `${t('panel.close')}: ${t(PANE_TITLES[name])}`);
      close.title = t('panel.close');
    };
    relabel();
    ctx.settings.subscribe((state, previous) => {
      if (state.ui !== previous.ui) relabel();
    });
    return h('header', { class: 'pane-head' }, title, close);
  };

  const legend = h('div', { class: 'legend' });
  const legendPane = h('aside', { id: 'legend-pane', class: 'pane legend-pane', 'data-pane': 'legend', 'aria-labelledby': 'legend-pane-title' }, paneHead('legend'), legend);
  const article = h('div', { class: 'article-host' });
  const articlePane = h('aside', { id: 'article-drawer', class: 'pane article-pane article-drawer', 'data-pane': 'article', 'aria-labelledby': 'article-pane-title' }, paneHead('article'), article);
  const canvas = h('div', { id: 'cy', class: 'cy', tabindex: 0, role: 'application', dir: 'ltr' });
  const canvasControls = h('div', { class: 'canvas-controls' });
  const canvasPane = h('section', { class: 'canvas-pane' }, canvas, canvasControls);
  const paths = h('section', { class: 'paths' });
  const panel = h('section', { class: 'panel', 'aria-live': 'polite' });
  const sidePane = h('aside', { id: 'side-pane', class: 'pane side-pane', 'data-pane': 'details', 'aria-labelledby': 'details-pane-title' }, paneHead('details'), paths, panel);
  const consolePane = h('section', { id: 'console-drawer', class: 'console-drawer', 'data-pane': 'console' });
  const help = h('div', { id: 'key-help', class: 'key-help-dialog', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'key-help-title', hidden: true });

  app.replaceChildren(
    h('header', { class: 'topbar' }, h('h1', { class: 'brand' }, h('span', { lang: 'ar' }, 'صلة'), h('span', { lang: 'en' }, ' Sila')), search, toolbar),
    status,
    h('main', { class: 'workspace' }, legendPane, articlePane, canvasPane, sidePane),
    consolePane,
    help,
  );

  const panes: Record<PaneName, HTMLElement> = { legend: legendPane, article: articlePane, details: sidePane, console: consolePane, help };
  const apply = (): void => {
    const state = ctx.panes.get();
    for (const [name, element] of Object.entries(panes) as [PaneName, HTMLElement][]) element.hidden = !state[name];
  };
  apply();
  ctx.panes.subscribe(apply);

  // Crossing to a narrow screen leaves one sheet open at most; crossing back docks the details again.
  window.matchMedia(NARROW_QUERY).addEventListener('change', (event) => {
    const state = ctx.panes.get();
    if (event.matches) {
      const keep = (['article', 'console', 'details', 'legend'] as const).find((name) => state[name]);
      for (const name of ['legend', 'details', 'article', 'console'] as const) if (name !== keep && state[name]) setPane(ctx.panes, name, false, false);
    } else if (!state.details) setPane(ctx.panes, 'details', true, false);
  });

  return { search, toolbar, status, legend, article, canvasPane, canvas, canvasControls, paths, panel, console: consolePane, help, pane: (name) => panes[name] };
}

/** Which panes are open at first, for the screen the page opens on. */
export function initialPanes(): { legend: boolean; details: boolean } {
  if (isNarrow()) return { legend: false, details: false };
  return { legend: !window.matchMedia(MEDIUM_QUERY).matches, details: true };
}
