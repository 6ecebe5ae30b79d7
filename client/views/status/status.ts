import { dismiss } from '../../core/progress/actions.ts';
import type { NoticeAction, ProgressStore } from '../../core/progress/store.ts';
import { h } from '../../dom.ts';
import { isMessageKey, t } from '../../i18n.ts';

/** How long an informational notice stays; errors stay until dismissed. */
const infoLifetimeMs = 6000;

/** A progress strip while anything runs, and notices that explain failures with what to try. */
export function mountStatus(host: HTMLElement, progress: ProgressStore): () => void {
  const bar = h('div', { class: 'progress', role: 'progressbar', 'aria-label': '', hidden: true }, h('div', { class: 'progress-fill' }));
  const label = h('span', { class: 'progress-label', 'aria-live': 'polite' });
  const notices = h('div', { class: 'notices' });
  host.append(bar, label, notices);
  const timers = new Map<number, number>();

  function actionButton(id: number, action: NoticeAction): HTMLElement {
    return h('button', { type: 'button', class: 'notice-action', 'data-action': action.name, onclick: () => {
      dismiss(progress, id);
      action.run();
    } }, action.label);
  }

  function render(): void {
    const { tasks, notices: list } = progress.get();
    const busy = tasks.length > 0;
    bar.hidden = !busy;
    document.body.toggleAttribute('aria-busy', busy);
    const what = tasks.at(-1)?.what ?? '';
    label.textContent = busy && isMessageKey(what) ? t(what) : '';
    bar.setAttribute('aria-label', label.textContent);
    const shown = new Set(list.map((notice) => notice.id));
    for (const element of [...notices.children]) if (!shown.has(Number((element as HTMLElement).dataset.id))) element.remove();
    for (const notice of list) {
      if (notices.querySelector(`[data-id="${notice.id}"]`)) continue;
      const close = h('button', { type: 'button', class: 'notice-close', 'aria-label': t('notice.dismiss'), onclick: () => dismiss(progress, notice.id) }, '×');
      notices.append(
        h(
          'div',
          { class: `notice notice-${notice.tone}`, role: notice.tone === 'error' ? 'alert' : 'status', 'data-id': notice.id, 'data-name': notice.name },
          h('strong', { class: 'notice-title', dir: 'auto' }, notice.title),
          notice.detail ? h('div', { class: 'notice-detail', dir: 'auto' }, notice.detail) : null,
          notice.hint ? h('div', { class: 'notice-hint' }, notice.hint) : null,
          notice.action ? actionButton(notice.id, notice.action) : null,
          close,
        ),
      );
      // A notice that offers a next step stays until the reader takes it or closes it.
      if (notice.tone === 'info' && !notice.action && !notice.sticky) timers.set(notice.id, window.setTimeout(() => dismiss(progress, notice.id), infoLifetimeMs));
    }
  }
  render();
  const unsubscribe = progress.subscribe(render);
  return () => {
    unsubscribe();
    for (const timer of timers.values()) clearTimeout(timer);
  };
}
