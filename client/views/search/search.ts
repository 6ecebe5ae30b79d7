import { SEARCH_MAX_LENGTH, type SearchHit } from '../../../contract/api.ts';
import { api } from '../../api/endpoints.ts';
import { arabicName, englishName, kindOf } from '../../core/graph/kinds.ts';
import type { ClientContext } from '../../core/context.ts';
import { attempt, placeNode } from '../../core/explore/operations.ts';
import { clear, h, textSpan } from '../../dom.ts';
import { kindName, t } from '../../i18n.ts';
import { kindStyle } from '../canvas/kind-style.ts';
import { shapeIcon } from '../legend/shape-icon.ts';

const debounceMs = 180;

/** A combobox over the API's search: type, move with the arrows, Enter or click to place the node. */
export function mountSearch(host: HTMLElement, ctx: ClientContext, onChosen: () => void): { focus(): void; relabel(): void } {
  const input = h('input', {
    type: 'search',
    id: 'search-input',
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': 'search-results',
    autocomplete: 'off',
    spellcheck: 'false',
    dir: 'auto',
    // The server takes no longer search; a longer paste is cut here rather than refused there.
    maxlength: SEARCH_MAX_LENGTH,
  });
  const list = h('ul', { id: 'search-results', role: 'listbox', class: 'search-results', hidden: true });
  const empty = h('div', { class: 'search-empty', role: 'status', hidden: true });
  host.append(input, list, empty);

  let hits: SearchHit[] = [];
  let active = -1;
  let timer = 0;
  let inflight: AbortController | null = null;

  function relabel(): void {
    input.placeholder = t('search.placeholder');
    input.setAttribute('aria-label', t('search.label'));
    empty.textContent = t('search.none');
  }

  function close(): void {
    list.hidden = true;
    empty.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function highlight(index: number): void {
    active = index;
    [...list.children].forEach((item, i) => item.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', `search-hit-${index}`);
      list.children[index]?.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }

  async function choose(index: number): Promise<void> {
    const hit = hits[index];
    if (!hit) return;
    close();
    await placeNode(ctx, hit.node.id);
    onChosen();
  }

  function render(): void {
    clear(list);
    hits.forEach((hit, index) => {
      const kind = kindOf(hit.node);
      const style = kindStyle(kind);
      const ar = arabicName(hit.node);
      const en = englishName(hit.node);
      list.append(
        h(
          'li',
          {
            id: `search-hit-${index}`,
            role: 'option',
            class: 'search-hit',
            'aria-selected': 'false',
            'data-id': hit.node.id,
            onmousedown: (event) => event.preventDefault(),
            onclick: () => void choose(index),
          },
          shapeIcon(style.shape, style.color),
          ar ? textSpan(ar, 'span', 'hit-ar') : null,
          en ? textSpan(en, 'span', 'hit-en') : null,
          h('span', { class: 'hit-kind' }, kindName(kind)),
          h('span', { class: 'hit-matched', dir: 'auto' }, t('search.matched', { matched: hit.matched })),
        ),
      );
    });
    list.hidden = hits.length === 0;
    empty.hidden = hits.length > 0;
    input.setAttribute('aria-expanded', String(hits.length > 0));
    highlight(hits.length > 0 ? 0 : -1);
  }

  async function run(q: string): Promise<void> {
    inflight?.abort();
    if (q.trim().length === 0) {
      hits = [];
      close();
      return;
    }
    const controller = new AbortController();
    inflight = controller;
    const result = await attempt(ctx, 'task.search', () => api.search(q.trim().slice(0, SEARCH_MAX_LENGTH), 10, controller.signal));
    if (controller.signal.aborted || !result) return;
    hits = result.results;
    render();
  }

  input.addEventListener('input', () => {
    input.title = input.value.length >= SEARCH_MAX_LENGTH ? t('search.tooLong', { max: SEARCH_MAX_LENGTH }) : '';
    clearTimeout(timer);
    timer = window.setTimeout(() => void run(input.value), debounceMs);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (list.hidden && hits.length > 0) render();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      if (hits.length > 0) highlight((active + step + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      clearTimeout(timer);
      if (!list.hidden && active >= 0) void choose(active);
      else void run(input.value).then(() => (hits.length > 0 ? choose(0) : undefined));
    } else if (event.key === 'Escape') {
      if (!list.hidden || !empty.hidden) {
        event.preventDefault();
        event.stopPropagation();
        close();
      }
    }
  });
  input.addEventListener('blur', () => window.setTimeout(close, 150));
  relabel();
  return { focus: () => input.focus(), relabel };
}
