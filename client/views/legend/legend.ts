import { setKindVisible, setProposedHidden, setTypeVisible } from '../../core/graph/actions.ts';
import { knownKinds } from '../../core/graph/kinds.ts';
import { canvasCounts } from '../../core/graph/visible.ts';
import type { ClientContext } from '../../core/context.ts';
import { clear, h } from '../../dom.ts';
import { kindName, t } from '../../i18n.ts';
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

/** The legend is the filter: each kind and relationship type with its count, ticked when shown. */
export function mountLegend(host: HTMLElement, ctx: ClientContext): () => void {
  const kindsList = h('ul', { class: 'legend-list', 'aria-labelledby': 'legend-kinds' });
  const typesList = h('ul', { class: 'legend-list', 'aria-labelledby': 'legend-types' });
  const kindsTitle = h('h3', { id: 'legend-kinds' });
  const typesTitle = h('h3', { id: 'legend-types' });
  const proposedBox = h('input', { type: 'checkbox', 'data-action': 'show-proposed', onchange: (event) => setProposedHidden(ctx.graph, !(event.target as HTMLInputElement).checked) });
  const proposedName = h('span', { class: 'legend-name' });
  const proposed = h('label', { class: 'legend-item legend-proposed' }, proposedBox, h('span', { class: 'proposed-swatch', 'aria-hidden': 'true' }), proposedName);
  host.append(proposed, kindsTitle, kindsList, typesTitle, typesList);

  function render(): void {
    const { content } = ctx.graph.get();
    const { kinds, types } = canvasCounts(content);
    kindsTitle.textContent = t('legend.kinds');
    proposedBox.checked = !content.hideProposed;
    proposedName.textContent = t('legend.proposed');
    proposed.title = t('legend.proposedHint');
    typesTitle.textContent = t('legend.types');
    for (const kind of content.hiddenKinds) if (!kinds.has(kind)) kinds.set(kind, 0);
    for (const type of content.hiddenTypes) if (!types.has(type)) types.set(type, 0);
    clear(kindsList);
    for (const kind of ordered(kinds.keys())) {
      const visible = !content.hiddenKinds.has(kind);
      const style = kindStyle(kind);
      kindsList.append(
        h(
          'li',
          {},
          h(
            'label',
            { class: 'legend-item', 'data-kind': kind },
            h('input', { type: 'checkbox', checked: visible, onchange: (event) => setKindVisible(ctx.graph, kind, (event.target as HTMLInputElement).checked) }),
            shapeIcon(style.shape, style.color),
            h('span', { class: 'legend-name' }, kindName(kind)),
            h('span', { class: 'legend-count' }, String(kinds.get(kind) ?? 0)),
          ),
        ),
      );
    }
    clear(typesList);
    for (const type of [...types.keys()].sort()) {
      const visible = !content.hiddenTypes.has(type);
      typesList.append(
        h(
          'li',
          {},
          h(
            'label',
            { class: 'legend-item', 'data-type': type },
            h('input', { type: 'checkbox', checked: visible, onchange: (event) => setTypeVisible(ctx.graph, type, (event.target as HTMLInputElement).checked) }),
            h('span', { class: 'legend-name', dir: 'ltr' }, type),
            h('span', { class: 'legend-count' }, String(types.get(type) ?? 0)),
          ),
        ),
      );
    }
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
