import { redo, undo } from '../../core/graph/actions.ts';
import type { StepLabel } from '../../core/graph/types.ts';
import type { ClientContext } from '../../core/context.ts';
import { inform, resetView } from '../../core/explore/operations.ts';
import { togglePane } from '../../core/panes/actions.ts';
import type { PaneName } from '../../core/panes/store.ts';
import { runLayout, setLabelMode, setUiLanguage } from '../../core/settings/actions.ts';
import { layoutNames, type LayoutName } from '../../core/settings/types.ts';
import { h } from '../../dom.ts';
import { kindName, t, typeName, type MessageKey } from '../../i18n.ts';
import type { Canvas } from '../canvas/renderer.ts';
import { isNarrow } from '../shell/shell.ts';

export interface ToolbarHooks {
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

/** What a step did, in the interface language: «تراجع عن: إخفاء». */
export function stepText(label: StepLabel): string {
  const subject = label.subject ?? '';
  return t(`step.${label.kind}` as MessageKey, { kind: kindName(subject), type: typeName(subject) });
}

const PANE_BUTTONS: readonly { pane: PaneName; element: string; action: string; key: MessageKey }[] = [
  { pane: 'legend', element: 'legend-pane', action: 'toggle-legend', key: 'toolbar.legend' },
  { pane: 'details', element: 'side-pane', action: 'toggle-details', key: 'toolbar.details' },
  { pane: 'article', element: 'article-drawer', action: 'article', key: 'toolbar.article' },
  { pane: 'console', element: 'console-drawer', action: 'console', key: 'toolbar.console' },
];

/** Panes, undo/redo, reset, fit, layout, label and interface language, export and share. */
export function mountToolbar(host: HTMLElement, ctx: ClientContext, canvas: Canvas, hooks: ToolbarHooks): () => void {
  const paneButtons = PANE_BUTTONS.map(({ pane, element, action, key }) => {
    const button = h('button', {
      type: 'button',
      class: 'pane-toggle',
      'data-action': action,
      'data-pane-toggle': pane,
      'aria-controls': element,
      onclick: () => togglePane(ctx.panes, pane, isNarrow()),
    });
    return { pane, key, button };
  });
  const undoButton = h('button', { type: 'button', 'data-action': 'undo', onclick: () => undo(ctx.graph) });
  const redoButton = h('button', { type: 'button', 'data-action': 'redo', onclick: () => redo(ctx.graph) });
  const resetButton = h('button', { type: 'button', 'data-action': 'reset', onclick: () => void resetView(ctx) });
  const fitButton = h('button', { type: 'button', 'data-action': 'fit', onclick: () => canvas.fit() });
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
        () => inform(ctx, 'toolbar.shared', {}, 'link-copied'),
        () => inform(ctx, 'toolbar.shared', {}, 'link-copied'),
      );
    },
  });
  const exportHost = h('div', { class: 'export-host' });
  host.append(
    h('div', { class: 'tool-group pane-toggles' }, ...paneButtons.map(({ button }) => button)),
    h('div', { class: 'tool-group' }, undoButton, redoButton, resetButton, fitButton),
    h('div', { class: 'tool-group' }, layoutLabel, layoutSelect, relayout),
    h('div', { class: 'tool-group' }, labelsLabel, labelsSelect, uiLabel, uiSelect),
    h('div', { class: 'tool-group' }, exportHost, shareButton),
  );

  function render(): void {
    const { past, future } = ctx.graph.get();
    const settings = ctx.settings.get();
    const panes = ctx.panes.get();
    host.setAttribute('aria-label', t('toolbar.tools'));
    for (const { pane, key, button } of paneButtons) {
      button.textContent = t(key);
      button.setAttribute('aria-pressed', String(panes[pane]));
    }
    undoButton.textContent = t('toolbar.undo');
    redoButton.textContent = t('toolbar.redo');
    undoButton.disabled = past.length === 0;
    redoButton.disabled = future.length === 0;
    const last = past.at(-1);
    const next = future[0];
    undoButton.title = last ? t('toolbar.undoStep', { step: stepText(last.label) }) : '';
    redoButton.title = next ? t('toolbar.redoStep', { step: stepText(next.label) }) : '';
    resetButton.textContent = t('toolbar.reset');
    fitButton.textContent = t('toolbar.fit');
    layoutLabel.textContent = t('toolbar.layout');
    labelsLabel.textContent = t('toolbar.labels');
    uiLabel.textContent = t('toolbar.ui');
    relayout.title = t('toolbar.layout');
    relayout.setAttribute('aria-label', t('toolbar.layout'));
    shareButton.textContent = t('toolbar.share');
    for (const [select, key] of [[layoutSelect, 'layout'], [labelsSelect, 'labels'], [uiSelect, 'ui']] as const) {
      for (const option of select.options) option.textContent = t(`${key}.${option.value}` as MessageKey);
    }
    layoutSelect.value = settings.layout;
    labelsSelect.value = settings.labels;
    uiSelect.value = settings.ui;
  }
  render();
  const unsubscribers = [ctx.graph.subscribe(render), ctx.settings.subscribe(render), ctx.panes.subscribe(render)];
  return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
}

export function exportHostOf(toolbar: HTMLElement): HTMLElement {
  const host = toolbar.querySelector<HTMLElement>('.export-host');
  if (!host) throw new Error('The toolbar has no export slot.');
  return host;
}
