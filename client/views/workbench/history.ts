/**
 * The history panel: every recorded change newest first (who, when, what), filtered by an entity or an
 * article, with undo offered on the one change that may be undone now (the latest still in effect).
 */
import type { Change } from '../../../contract/workbench.ts';
import type { ClientContext } from '../../core/context.ts';
import { undoChange } from '../../core/corrections/actions.ts';
import { loadHistory } from '../../core/history/actions.ts';
import type { HistoryState } from '../../core/history/store.ts';
import { h } from '../../dom.ts';
import { count, t } from '../../i18n.ts';
import { when } from './entity-picker.ts';

const ACTIONS = ['article.add', 'article.retract', 'entity.edit', 'entity.merge', 'mention.split', 'note.add', 'fact.reject', 'fact.accept', 'undo'] as const;

/** What a change did, in the interface language; an action this client does not know keeps its code. */
function actionName(action: string): string {
  const known = ACTIONS.find((a) => a === action);
  return known ? t(`change.${known}`) : action;
}

export function createHistoryView(ctx: ClientContext): { element: HTMLElement; show(): Promise<void> } {
  const entity = h('input', { type: 'text', name: 'entity', dir: 'ltr', placeholder: 'bcij', 'aria-label': t('history.filterEntity') });
  const article = h('input', { type: 'text', name: 'article', dir: 'ltr', placeholder: 'a-0123456789ab', 'aria-label': t('history.filterArticle') });
  const labels = { entity: h('span', {}), article: h('span', {}), apply: h('button', { type: 'submit', 'data-action': 'history-filter' }), all: h('button', { type: 'button', 'data-action': 'history-all' }) };
  const filters = h('form', { class: 'history-filters' }, h('label', {}, labels.entity, entity), h('label', {}, labels.article, article), labels.apply, labels.all);
  const summary = h('p', { class: 'history-count muted' });
  const list = h('ol', { class: 'history-list' });
  const element = h('div', { class: 'history-view' }, filters, summary, list);

  filters.addEventListener('submit', (event) => {
    event.preventDefault();
    const filter: HistoryState['filter'] = { ...(entity.value.trim() ? { entity: entity.value.trim() } : {}), ...(article.value.trim() ? { article: article.value.trim() } : {}) };
    void loadHistory(ctx, filter);
  });
  labels.all.addEventListener('click', () => {
    entity.value = '';
    article.value = '';
    void loadHistory(ctx, {});
  });

  function row(change: Change, next: string | null): HTMLElement {
    const undone = change.undoneAt !== null;
    return h(
      'li',
      { class: `change${undone ? ' undone' : ''}`, 'data-change': change.id, 'data-action-name': change.action },
      h('div', { class: 'change-head' }, h('span', { class: 'change-action', title: change.action }, actionName(change.action)), h('span', { class: 'change-by muted' }, t('history.by', { by: change.by, at: when(change.at) }))),
      h('p', { class: 'change-summary', dir: 'auto' }, change.summary),
      undone ? h('p', { class: 'change-undone muted' }, t('history.undone', { by: change.undoneBy ?? '?', at: when(change.undoneAt ?? '') })) : null,
      change.id === next ? h('button', { type: 'button', class: 'editor-only', 'data-action': 'undo-change', onclick: () => void undoChange(ctx, change.id) }, t('history.undo')) : null,
    );
  }

  function draw(): void {
    labels.entity.textContent = t('history.filterEntity');
    labels.article.textContent = t('history.filterArticle');
    labels.apply.textContent = t('history.apply');
    labels.all.textContent = t('history.all');
    const state = ctx.history.get();
    summary.textContent = state.loaded ? `${count('changes', state.changes.length)}${state.nextUndo && !state.changes.some((c) => c.id === state.nextUndo) ? ` · ${t('history.latestElsewhere')}` : ''}` : '';
    list.replaceChildren(...(state.loaded && state.changes.length === 0 ? [h('li', { class: 'muted' }, t('history.none'))] : state.changes.map((change) => row(change, state.nextUndo))));
  }

  ctx.history.subscribe(draw);
  ctx.settings.subscribe((state, previous) => {
    if (state.ui !== previous.ui) draw();
  });
  draw();
  return {
    element,
    async show() {
      await loadHistory(ctx);
    },
  };
}
