import { redo, undo } from '../../core/graph/actions.ts';
import type { ClientContext } from '../../core/context.ts';
import { inform, resetView } from '../../core/explore/operations.ts';
import { runLayout, setLabelMode, setUiLanguage } from '../../core/settings/actions.ts';
import { layoutNames, type LayoutName } from '../../core/settings/types.ts';
import { h } from '../../dom.ts';
import { t, type MessageKey } from '../../i18n.ts';
import type { Canvas } from '../canvas/renderer.ts';

export interface ToolbarHooks {
  toggleArticle(): void;
  toggleConsole(): void;
  shareLink(): string;
}

function choice<T extends string>(id: string, options: readonly T[], label: (value: T) => string, onchange: (value: T) => void): HTMLSelectElement {
  const select = h('select', { id });
  select.addEventListener('change', () => {
    const value = options.find((option) => option === select.value);
    if (value) onchange(value);
  });
  select.dataset.options = options.join(',');
  const relabel = (): void => {
    const current = select.value;
    select.replaceChildren(...options.map((option) => h('option', { value: option }, label(option))));
    if (current) select.value = current;
  };
  relabel();
  return select;
}

/** Undo/redo, reset, layout, label language, interface language, share, article and console toggles. */
export function mountToolbar(host: HTMLElement, ctx: ClientContext, canvas: Canvas, hooks: ToolbarHooks): () => void {
  const undoButton = h('button', { type: 'button', 'data-action': 'undo', onclick: () => undo(ctx.graph) });
  const redoButton = h('button', { type: 'button', 'data-action': 'redo', onclick: () => redo(ctx.graph) });
  const resetButton = h('button', { type: 'button', 'data-action': 'reset', onclick: () => void resetView(ctx) });
  const fitButton = h('button', { type: 'button', 'data-action': 'fit', onclick: () => canvas.cy.animate({ fit: { eles: canvas.cy.elements(), padding: 40 } }, { duration: 300 }) });
  const layoutLabel = h('label', { for: 'layout-select' });
  const layoutSelect = choice<LayoutName>('layout-select', layoutNames, (name) => t(`layout.${name}` as MessageKey), (name) => runLayout(ctx.settings, name));
  const relayout = h('button', { type: 'button', class: 'icon', 'data-action': 'relayout', onclick: () => runLayout(ctx.settings, ctx.settings.get().layout) }, '⟳');
  const labelsLabel = h('label', { for: 'labels-select' });
  const labelsSelect = choice('labels-select', ['ar', 'en', 'both'] as const, (mode) => t(`labels.${mode}`), (mode) => setLabelMode(ctx.settings, mode));
  const uiLabel = h('label', { for: 'ui-select' });
  const uiSelect = choice('ui-select', ['ar', 'en'] as const, (lang) => t(`ui.${lang}`), (lang) => setUiLanguage(ctx.settings, lang));
  const shareButton = h('button', {
    type: 'button',
    'data-action': 'share',
    onclick: () => {
      const link = hooks.shareLink();
      void navigator.clipboard.writeText(link).then(
        () => inform(ctx, 'toolbar.shared'),
        () => inform(ctx, 'toolbar.shared'),
      );
    },
  });
  const articleButton = h('button', { type: 'button', 'data-action': 'article', 'aria-controls': 'article-drawer', onclick: () => hooks.toggleArticle() });
  const consoleButton = h('button', { type: 'button', 'data-action': 'console', 'aria-controls': 'console-drawer', onclick: () => hooks.toggleConsole() });
  const exportHost = h('div', { class: 'export-host' });
  host.append(
    h('div', { class: 'tool-group' }, undoButton, redoButton, resetButton, fitButton),
    h('div', { class: 'tool-group' }, layoutLabel, layoutSelect, relayout),
    h('div', { class: 'tool-group' }, labelsLabel, labelsSelect, uiLabel, uiSelect),
    h('div', { class: 'tool-group' }, exportHost, shareButton, articleButton, consoleButton),
  );

  function render(): void {
    const { past, future } = ctx.graph.get();
    const settings = ctx.settings.get();
    undoButton.textContent = t('toolbar.undo');
    redoButton.textContent = t('toolbar.redo');
    undoButton.disabled = past.length === 0;
    redoButton.disabled = future.length === 0;
    undoButton.title = past.at(-1)?.label ?? '';
    redoButton.title = future[0]?.label ?? '';
    resetButton.textContent = t('toolbar.reset');
    fitButton.textContent = t('toolbar.fit');
    layoutLabel.textContent = t('toolbar.layout');
    labelsLabel.textContent = t('toolbar.labels');
    uiLabel.textContent = t('toolbar.ui');
    relayout.title = t('toolbar.layout');
    relayout.setAttribute('aria-label', t('toolbar.layout'));
    shareButton.textContent = t('toolbar.share');
    articleButton.textContent = t('toolbar.article');
    consoleButton.textContent = t('toolbar.console');
    for (const [select, key] of [[layoutSelect, 'layout'], [labelsSelect, 'labels'], [uiSelect, 'ui']] as const) {
      for (const option of select.options) option.textContent = t(`${key}.${option.value}` as MessageKey);
    }
    layoutSelect.value = settings.layout;
    labelsSelect.value = settings.labels;
    uiSelect.value = settings.ui;
  }
  render();
  const unsubscribers = [ctx.graph.subscribe(render), ctx.settings.subscribe(render)];
  return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
}

export function exportHostOf(toolbar: HTMLElement): HTMLElement {
  const host = toolbar.querySelector<HTMLElement>('.export-host');
  if (!host) throw new Error('The toolbar has no export slot.');
  return host;
}
