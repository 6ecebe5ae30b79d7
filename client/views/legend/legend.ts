import { setAllVisible, setKindVisible, setProposedHidden, setTypeVisible } from '../../core/graph/actions.ts';
import { knownKinds } from '../../core/graph/kinds.ts';
import { canvasCounts } from '../../core/graph/visible.ts';
import type { ClientContext } from '../../core/context.ts';
import { clear, h } from '../../dom.ts';
import { kindName, t, typeName } from '../../i18n.ts';
import { kindStyle } from '../canvas/kind-style.ts';
import { shapeIcon } from './shape-icon.ts';

function ordered(kinds: Iterable<string>): string[] {
  const known: readonly string[] = knownKinds;
  return [...kinds].sort((a, b) => {
    const ia = known.indexOf(a);
    const ib = known.indexOf(b);
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || a.localeCompare(b);
  });
}

/**
 * The legend is the filter: each kind and relationship type with its count, ticked when shown, and
 * «show all» / «hide all» for each section. It is one stop of the Tab order (roving tabindex): the arrow
 * keys move between its controls, Space ticks, Tab leaves for the canvas, so a keyboard does not walk
 * sixty checkboxes to get there.
 */
export function mountLegend(host: HTMLElement, ctx: ClientContext, focusCanvas: () => void): () => void {
  const help = h('p', { class: 'legend-help muted', id: 'legend-help' });
  const kindsList = h('ul', { class: 'legend-list', 'aria-labelledby': 'legend-kinds' });
  const typesList = h('ul', { class: 'legend-list', 'aria-labelledby': 'legend-types' });
  const kindsTitle = h('h3', { id: 'legend-kinds' });
  const typesTitle = h('h3', { id: 'legend-types' });
  const kindsBulk = h('div', { class: 'legend-bulk' });
  const typesBulk = h('div', { class: 'legend-bulk' });
  const proposedBox = h('input', { type: 'checkbox', 'data-action': 'show-proposed', 'data-legend-key': 'show-proposed', onchange: (event) => setProposedHidden(ctx.graph, !(event.target as HTMLInputElement).checked) });
  const proposedName = h('span', { class: 'legend-name' });
  const proposed = h('label', { class: 'legend-item legend-proposed' }, proposedBox, h('span', { class: 'proposed-swatch', 'aria-hidden': 'true' }), proposedName);
  const group = h(
    'div',
    { class: 'legend-group', role: 'group', 'aria-describedby': 'legend-help' },
    proposed,
    h('div', { class: 'legend-section-head' }, kindsTitle, kindsBulk),
    kindsList,
    h('div', { class: 'legend-section-head' }, typesTitle, typesBulk),
    typesList,
  );
  host.append(group, help);
  /** The control that holds the legend's one tab stop, by a key that survives a redraw. */
  let activeKey = '';

  const controls = (): HTMLElement[] => [...group.querySelectorAll<HTMLElement>('[data-legend-key]')];

  function rove(to: HTMLElement | undefined, focus: boolean): void {
    const all = controls();
    const target = to ?? all.find((control) => control.dataset.legendKey === activeKey) ?? all[0];
    for (const control of all) control.tabIndex = control === target ? 0 : -1;
    if (!target) return;
    activeKey = target.dataset.legendKey ?? '';
    if (focus) target.focus();
  }

  group.addEventListener('keydown', (event) => {
    const all = controls();
    const at = all.indexOf(document.activeElement as HTMLElement);
    if (at < 0) return;
    const step = { ArrowDown: 1, ArrowUp: -1, ArrowRight: -1, ArrowLeft: 1 }[event.key];
    if (step !== undefined) {
      event.preventDefault();
      // In a right-to-left page the left arrow moves on, like reading.
      const forward = document.documentElement.dir === 'rtl' || !['ArrowLeft', 'ArrowRight'].includes(event.key) ? step : -step;
      rove(all[(at + forward + all.length) % all.length], true);
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      rove(event.key === 'Home' ? all[0] : all.at(-1), true);
    } else if (event.key === 'Escape') {
      focusCanvas();
    }
  });
  group.addEventListener('focusin', (event) => {
    const control = (event.target as HTMLElement).closest<HTMLElement>('[data-legend-key]');
    if (control) rove(control, false);
  });

  function bulk(host: HTMLElement, section: 'kinds' | 'types', names: string[], sectionName: string): void {
    const button = (visible: boolean): HTMLButtonElement =>
      h(
        'button',
        {
          type: 'button',
          class: 'small',
          'data-action': `${visible ? 'show' : 'hide'}-all-${section}`,
          'data-legend-key': `${visible ? 'show' : 'hide'}-all-${section}`,
          'aria-label': t(visible ? 'legend.showAllOf' : 'legend.hideAllOf', { section: sectionName }),
          onclick: () => setAllVisible(ctx.graph, section, names, visible),
        },
        t(visible ? 'legend.showAll' : 'legend.hideAll'),
      );
    host.replaceChildren(button(true), button(false));
  }

  function item(key: string, attributes: Record<string, string>, visible: boolean, onchange: (visible: boolean) => void, icon: SVGSVGElement | null, name: string, count: number): HTMLElement {
    return h(
      'li',
      {},
      h(
        'label',
        { class: 'legend-item', ...attributes },
        h('input', { type: 'checkbox', checked: visible, 'data-legend-key': key, onchange: (event) => onchange((event.target as HTMLInputElement).checked) }),
        icon,
        h('span', { class: 'legend-name' }, name),
        h('span', { class: 'legend-count' }, String(count)),
      ),
    );
  }

  function render(): void {
    const hadFocus = group.contains(document.activeElement);
    const { content } = ctx.graph.get();
    const { kinds, types } = canvasCounts(content);
    kindsTitle.textContent = t('legend.kinds');
    proposedBox.checked = !content.hideProposed;
    proposedName.textContent = t('legend.proposed');
    proposed.title = t('legend.proposedHint');
    typesTitle.textContent = t('legend.types');
    help.textContent = t('legend.help');
    for (const kind of content.hiddenKinds) if (!kinds.has(kind)) kinds.set(kind, 0);
    for (const type of content.hiddenTypes) if (!types.has(type)) types.set(type, 0);
    const kindOrder = ordered(kinds.keys());
    const typeOrder = [...types.keys()].sort((a, b) => typeName(a).localeCompare(typeName(b), document.documentElement.lang));
    bulk(kindsBulk, 'kinds', kindOrder, t('legend.kinds'));
    bulk(typesBulk, 'types', typeOrder, t('legend.types'));
    clear(kindsList);
    for (const kind of kindOrder) {
      const style = kindStyle(kind);
      kindsList.append(item(`kind:${kind}`, { 'data-kind': kind }, !content.hiddenKinds.has(kind), (visible) => setKindVisible(ctx.graph, kind, visible), shapeIcon(style.shape, style.color), kindName(kind), kinds.get(kind) ?? 0));
    }
    clear(typesList);
    for (const type of typeOrder) {
      const entry = item(`type:${type}`, { 'data-type': type, title: type }, !content.hiddenTypes.has(type), (visible) => setTypeVisible(ctx.graph, type, visible), null, typeName(type), types.get(type) ?? 0);
      typesList.append(entry);
    }
    rove(undefined, hadFocus);
  }
  render();
  const unsubscribers = [
    ctx.graph.subscribe((state, previous) => {
      if (state.content !== previous.content) render();
    }),
    ctx.settings.subscribe((state, previous) => {
      if (state.ui !== previous.ui) render();
    }),
  ];
  return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
}
