/**
 * The workspaces list: save the picture on screen (with a description), and open, rename, duplicate,
 * delete or link each saved one. Every reader keeps their own, so none of this is for editors only.
 */
import type { WorkspaceSummary } from '../../api/workbench.ts';
import type { ClientContext } from '../../core/context.ts';
import { deleteWorkspace, duplicateWorkspace, loadWorkspaces, renameWorkspace, saveNewWorkspace, saveOverWorkspace, workspaceUrl } from '../../core/workspaces/actions.ts';
import { workspaceHash } from '../../core/workspaces/state.ts';
import { append, h } from '../../dom.ts';
import { t } from '../../i18n.ts';
import { when } from './entity-picker.ts';

export function createWorkspacesView(ctx: ClientContext, record: () => void): { element: HTMLElement; show(): Promise<void> } {
  const name = h('input', { type: 'text', name: 'name', dir: 'auto', required: true, maxlength: 200 });
  const description = h('textarea', { name: 'description', dir: 'auto', rows: 2, maxlength: 10000 });
  const labels = { name: h('span', {}), description: h('span', {}), save: h('button', { type: 'submit', 'data-action': 'workspace-save-new' }), heading: h('h3', {}) };
  const form = h('form', { class: 'workspace-new' }, h('label', {}, labels.name, name), h('label', {}, labels.description, description), labels.save);
  const list = h('ul', { class: 'workspace-list' });
  const element = h('div', { class: 'workspaces-view' }, form, labels.heading, list);

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (name.value.trim() === '') return;
    record();
    void saveNewWorkspace(ctx, name.value.trim(), description.value).then((saved) => {
      if (saved) {
        name.value = '';
        description.value = '';
      }
    });
  });

  function button(label: string, action: string, onclick: () => void): HTMLButtonElement {
    return h('button', { type: 'button', class: 'small', 'data-action': action, onclick }, label);
  }

  function row(workspace: WorkspaceSummary, opened: boolean): HTMLElement {
    const item = h('li', { class: `workspace${opened ? ' opened' : ''}`, 'data-workspace': workspace.id });
    const actions = h(
      'div',
      { class: 'panel-actions' },
      h('a', { class: 'button-like small', href: workspaceHash(workspace.id), 'data-action': 'workspace-open' }, t('workspaces.open')),
      button(t('workspaces.saveOver'), 'workspace-save-over', () => {
        record();
        void saveOverWorkspace(ctx, workspace);
      }),
      button(t('workspaces.rename'), 'workspace-rename', () => {
        const input = h('input', { type: 'text', dir: 'auto', value: workspace.name, 'aria-label': t('workspaces.name') });
        const rename = h('form', { class: 'workspace-rename-form' }, input, h('button', { type: 'submit', class: 'small', 'data-action': 'workspace-rename-save' }, t('edit.save')));
        rename.addEventListener('submit', (event) => {
          event.preventDefault();
          if (input.value.trim()) void renameWorkspace(ctx, workspace, input.value.trim());
        });
        actions.replaceWith(rename);
        input.focus();
      }),
      button(t('workspaces.duplicate'), 'workspace-duplicate', () => void duplicateWorkspace(ctx, workspace)),
      button(t('workspaces.link'), 'workspace-link', () => {
        const url = workspaceUrl(workspace.id);
        void navigator.clipboard?.writeText(url).catch(() => undefined);
        item.append(h('p', { class: 'workspace-url', dir: 'ltr' }, url));
      }),
      button(t('workspaces.delete'), 'workspace-delete', () => {
        const confirm = button(t('workspaces.confirmDelete', { name: workspace.name }), 'workspace-delete-confirm', () => void deleteWorkspace(ctx, workspace));
        actions.append(confirm);
        confirm.focus();
      }),
    );
    append(item, [
      h('div', { class: 'workspace-head' }, h('strong', { class: 'workspace-name', dir: 'auto' }, workspace.name), opened ? h('span', { class: 'badge' }, t('workspaces.opened')) : null),
      workspace.description ? h('p', { class: 'workspace-description', dir: 'auto' }, workspace.description) : null,
      h('p', { class: 'muted' }, t('workspaces.saved', { at: when(workspace.updatedAt), version: workspace.version })),
      actions,
    ]);
    return item;
  }

  function draw(): void {
    labels.name.textContent = t('workspaces.name');
    labels.description.textContent = t('workspaces.description');
    labels.save.textContent = t('workspaces.saveNew');
    labels.heading.textContent = t('workspaces.saved.title');
    const state = ctx.workspaces.get();
    list.replaceChildren(...(state.loaded && state.list.length === 0 ? [h('li', { class: 'muted' }, t('workspaces.none'))] : state.list.map((w) => row(w, state.opened?.id === w.id))));
  }

  ctx.workspaces.subscribe(draw);
  ctx.settings.subscribe((state, previous) => {
    if (state.ui !== previous.ui) draw();
  });
  draw();
  return {
    element,
    async show() {
      await loadWorkspaces(ctx);
    },
  };
}
