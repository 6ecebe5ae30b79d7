import type { ClientContext } from '../../core/context.ts';
import { setPane } from '../../core/panes/actions.ts';
import { h } from '../../dom.ts';
import { t, type MessageKey } from '../../i18n.ts';

/** Each shortcut's keys (alternatives in an inner list) and what it does. */
const SHORTCUTS: readonly { keys: readonly (readonly string[])[]; what: MessageKey }[] = [
  { keys: [['/'], ['Ctrl', 'K']], what: 'help.search' },
  { keys: [['← ↑ → ↓']], what: 'help.move' },
  { keys: [['Enter']], what: 'help.expand' },
  { keys: [['Delete']], what: 'help.hide' },
  { keys: [['P']], what: 'help.pin' },
  { keys: [['C']], what: 'help.collapse' },
  { keys: [['Ctrl', 'A']], what: 'help.selectAll' },
  { keys: [['Escape']], what: 'help.escape' },
  { keys: [['+'], ['−'], ['0']], what: 'help.zoom' },
  { keys: [['Shift', 'F10']], what: 'help.menu' },
  { keys: [['Ctrl', 'Z'], ['Ctrl', 'Shift', 'Z']], what: 'help.undo' },
  { keys: [['Ctrl', '`']], what: 'help.console' },
  { keys: [['?']], what: 'help.help' },
];

/**
 * A key combination as one left-to-right isolate: in an Arabic line «Ctrl+`» must not come out as
 * «`+Ctrl». Each key is a <kbd> inside an outer <kbd dir="ltr">, the way HTML marks a key combination.
 */
export function keyCombination(keys: readonly string[]): HTMLElement {
  const combination = h('kbd', { dir: 'ltr', class: 'keys' });
  keys.forEach((key, i) => {
    if (i > 0) combination.append('+');
    combination.append(h('kbd', {}, key));
  });
  return combination;
}

/** The keyboard help: `?` or the canvas's ? button opens it, Escape or its button closes it. */
export function mountKeyHelp(host: HTMLElement, ctx: ClientContext, returnFocus: () => void): () => void {
  const title = h('h2', { id: 'key-help-title' });
  const close = h('button', { type: 'button', class: 'icon', 'data-action': 'close-help', onclick: () => setPane(ctx.panes, 'help', false, false) }, '×');
  const list = h('dl', { class: 'shortcuts' });
  const box = h('div', { class: 'key-help-box' }, h('header', { class: 'pane-head' }, title, close), list);
  host.append(box);
  host.addEventListener('click', (event) => {
    if (event.target === host) setPane(ctx.panes, 'help', false, false);
  });
  host.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setPane(ctx.panes, 'help', false, false);
    } else if (event.key === 'Tab') {
      // The dialog is modal: its one control keeps the focus.
      event.preventDefault();
      close.focus();
    }
  });

  function render(): void {
    title.textContent = t('help.title');
    close.setAttribute('aria-label', t('help.close'));
    list.replaceChildren(
      ...SHORTCUTS.flatMap(({ keys, what }) => {
        const term = h('dt', {});
        keys.forEach((combination, i) => {
          if (i > 0) term.append(` ${t('help.or')} `);
          term.append(keyCombination(combination));
        });
        return [term, h('dd', {}, t(what))];
      }),
    );
  }
  render();
  let wasOpen = false;
  const unsubscribers = [
    ctx.settings.subscribe((state, previous) => {
      if (state.ui !== previous.ui) render();
    }),
    ctx.panes.subscribe((state) => {
      if (state.help && !wasOpen) close.focus();
      if (!state.help && wasOpen) returnFocus();
      wasOpen = state.help;
    }),
  ];
  return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
}
