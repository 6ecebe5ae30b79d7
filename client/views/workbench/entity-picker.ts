import type { GraphNode } from '../../../contract/graph.ts';
import { api } from '../../api/endpoints.ts';
import { arabicName, englishName, kindOf } from '../../core/graph/kinds.ts';
import { h } from '../../dom.ts';
import { kindName, t } from '../../i18n.ts';

/** A search box over /api/search that lets the analyst pick one entity (never `exclude`). */
export function entityPicker(exclude: string, label: string, onPick: (node: GraphNode) => void): HTMLElement {
  const results = h('ul', { class: 'picker-results' });
  let timer = 0;
  let request: AbortController | null = null;
  const input = h('input', { type: 'search', class: 'picker-input', 'aria-label': label, placeholder: t('search.placeholder') });
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void find(input.value.trim()), 200);
  });
  async function find(q: string): Promise<void> {
    request?.abort();
    if (q === '') {
      results.replaceChildren();
      return;
    }
    const controller = (request = new AbortController());
    try {
      const found = await api.search(q, 8, controller.signal);
      const hits = found.results.filter((hit) => hit.node.id !== exclude);
      results.replaceChildren(
        ...(hits.length === 0
          ? [h('li', { class: 'muted' }, t('search.none'))]
          : hits.map((hit) =>
              h(
                'li',
                {},
                h('button', { type: 'button', class: 'link picker-hit', 'data-pick': hit.node.id, onclick: () => onPick(hit.node) }, `${[arabicName(hit.node), englishName(hit.node)].filter(Boolean).join(' · ') || hit.node.id} · ${kindName(kindOf(hit.node))}`),
              ),
            )),
      );
    } catch {
      // A search aborted by the next keystroke, or a failed one: the list stays as it was.
    }
  }
  return h('div', { class: 'entity-picker' }, h('label', {}, label, input), results);
}

/** A date and time as the interface language writes them. */
export function when(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(document.documentElement.lang === 'ar' ? 'ar-MA' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
