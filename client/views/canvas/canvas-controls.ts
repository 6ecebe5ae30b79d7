import type { ClientContext } from '../../core/context.ts';
import { resetView } from '../../core/explore/operations.ts';
import { setPane } from '../../core/panes/actions.ts';
import { h } from '../../dom.ts';
import { t } from '../../i18n.ts';
import type { Canvas } from './renderer.ts';
import { isNarrow } from '../shell/shell.ts';
import { ZOOM_STEP, zoomBy } from './zoom.ts';

/**
 * Over the canvas: + / − / fit buttons and the keyboard help, in the corner away from the reading start;
 * and, when the canvas is empty, what to do next (an empty canvas is a view too, and a puzzling one).
 */
export function mountCanvasControls(host: HTMLElement, ctx: ClientContext, canvas: Canvas, focusSearch: () => void): () => void {
  const button = (action: string, text: string, onclick: () => void): HTMLButtonElement => h('button', { type: 'button', class: 'canvas-button', 'data-action': action, onclick }, text);
  const zoomIn = button('zoom-in', '+', () => zoomBy(canvas.cy, ZOOM_STEP));
  const zoomOut = button('zoom-out', '−', () => zoomBy(canvas.cy, 1 / ZOOM_STEP));
  const fit = button('zoom-fit', '⤢', () => canvas.fit());
  const help = button('help', '?', () => setPane(ctx.panes, 'help', true, false));
  const zoomGroup = h('div', { class: 'zoom-controls', role: 'group' }, zoomIn, zoomOut, fit, help);

  const hintTitle = h('h2', { class: 'empty-title' });
  const hintBody = h('p', { class: 'empty-body' });
  const searchButton = h('button', { type: 'button', 'data-action': 'empty-search', onclick: focusSearch });
  const articleButton = h('button', { type: 'button', 'data-action': 'empty-article', onclick: () => setPane(ctx.panes, 'article', true, isNarrow()) });
  const resetButton = h('button', { type: 'button', 'data-action': 'empty-reset', onclick: () => void resetView(ctx) });
  const hint = h('div', { class: 'empty-hint', role: 'note', hidden: true }, hintTitle, hintBody, h('div', { class: 'empty-actions' }, searchButton, articleButton, resetButton));
  host.append(zoomGroup, hint);

  function relabel(): void {
    zoomGroup.setAttribute('aria-label', t('zoom.controls'));
    for (const [element, key, keys] of [
      [zoomIn, 'zoom.in', '+'],
      [zoomOut, 'zoom.out', '−'],
      [fit, 'zoom.fit', '0'],
      [help, 'toolbar.help', '?'],
    ] as const) {
      element.setAttribute('aria-label', t(key));
      element.title = `${t(key)} (${keys})`;
      element.setAttribute('aria-keyshortcuts', keys === '−' ? '-' : keys);
    }
    hintTitle.textContent = t('empty.title');
    hintBody.textContent = t('empty.body');
    searchButton.textContent = t('empty.search');
    articleButton.textContent = t('empty.article');
    resetButton.textContent = t('empty.reset');
  }

  function render(): void {
    // Only once the page has opened its view: before that, the canvas is empty because it is loading.
    hint.hidden = ctx.graph.get().content.nodes.size > 0 || document.body.dataset.ready !== 'true';
  }
  relabel();
  render();
  const ready = new MutationObserver(render);
  ready.observe(document.body, { attributes: true, attributeFilter: ['data-ready'] });
  const unsubscribers = [
    ctx.graph.subscribe((state, previous) => {
      if (state.content !== previous.content) render();
    }),
    ctx.settings.subscribe((state, previous) => {
      if (state.ui !== previous.ui) relabel();
    }),
  ];
  return () => {
    ready.disconnect();
    for (const unsubscribe of unsubscribers) unsubscribe();
  };
}
