import { api } from '../../api/endpoints.ts';
import { hideNodes, setPinned } from '../../core/graph/actions.ts';
import type { ClientContext } from '../../core/context.ts';
import { collapse, expandNode, expandNodes } from '../../core/explore/operations.ts';
import { setPathEnd } from '../../core/paths/actions.ts';
import { h } from '../../dom.ts';
import { t, typeName } from '../../i18n.ts';
import { degreesByType } from '../panel/node-panel.ts';

export interface ContextMenu {
  open(id: string, at: { x: number; y: number }): void;
  close(): void;
}

/** A node's menu at the pointer (or at the node, from the keyboard); arrows move, Escape closes. */
export function createContextMenu(host: HTMLElement, ctx: ClientContext, returnFocus: () => void): ContextMenu {
  const menu = h('div', { class: 'context-menu', role: 'menu', hidden: true, tabindex: -1 });
  host.append(menu);
  let token = 0;

  function close(): void {
    if (menu.hidden) return;
    menu.hidden = true;
    menu.replaceChildren();
    returnFocus();
  }

  function item(label: string, action: string, run: () => void): HTMLButtonElement {
    return h('button', { type: 'button', role: 'menuitem', 'data-action': action, tabindex: -1, onclick: () => { close(); run(); } }, label);
  }

  function items(): HTMLButtonElement[] {
    return [...menu.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')];
  }

  menu.addEventListener('keydown', (event) => {
    const list = items();
    const index = list.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      list[(index + step + list.length) % list.length]?.focus();
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      close();
    }
  });
  document.addEventListener('pointerdown', (event) => {
    if (!menu.hidden && !menu.contains(event.target as Node)) close();
  });

  /** Keeps the whole menu inside the canvas (it grows when the relationship types arrive). */
  function fit(at: { x: number; y: number }): void {
    menu.style.top = `${Math.max(0, Math.min(at.y, host.clientHeight - menu.offsetHeight - 4))}px`;
    menu.style.left = `${Math.max(0, Math.min(at.x, host.clientWidth - menu.offsetWidth - 4))}px`;
  }

  function open(id: string, at: { x: number; y: number }): void {
    const mine = ++token;
    const pinned = ctx.graph.get().content.pinned.has(id);
    const selection = ctx.graph.get().selection.nodes;
    const byDirection = h('div', { class: 'menu-types', role: 'group' });
    const byType = h('div', { class: 'menu-types', role: 'group' });
    menu.replaceChildren(
      item(t('panel.expandAll'), 'expand', () => void expandNode(ctx, id)),
      ...(selection.length > 1 && selection.includes(id) ? [item(`${t('panel.expandSelected')} (${selection.length})`, 'expand-selected', () => void expandNodes(ctx, selection))] : []),
      byDirection,
      byType,
      item(t('panel.collapse'), 'collapse', () => collapse(ctx, id)),
      item(t('panel.hide'), 'hide', () => hideNodes(ctx.graph, [id])),
      item(pinned ? t('panel.unpin') : t('panel.pin'), pinned ? 'unpin' : 'pin', () => setPinned(ctx.graph, [id], !pinned)),
      item(t('panel.pathFrom'), 'path-from', () => setPathEnd(ctx.paths, 'from', id)),
      item(t('panel.pathTo'), 'path-to', () => setPathEnd(ctx.paths, 'to', id)),
    );
    const width = host.clientWidth;
    const height = host.clientHeight;
    menu.style.left = `${Math.max(0, Math.min(at.x, width - 260))}px`;
    menu.style.top = `${Math.max(0, Math.min(at.y, height - 360))}px`;
    menu.hidden = false;
    fit(at);
    items()[0]?.focus();
    void api.node(id).then(
      (detail) => {
        if (mine !== token || menu.hidden) return;
        const totals = { out: 0, in: 0 };
        for (const degree of detail.degrees) totals[degree.direction] += degree.count;
        if (totals.out > 0 && totals.in > 0) {
          byDirection.append(
            item(t('panel.expandOut', { count: totals.out }), 'expand-out', () => void expandNode(ctx, id, { direction: 'out' })),
            item(t('panel.expandIn', { count: totals.in }), 'expand-in', () => void expandNode(ctx, id, { direction: 'in' })),
          );
        }
        for (const [type, counts] of degreesByType(detail)) {
          byType.append(item(t('panel.expandType', { type: typeName(type), count: counts.in + counts.out }), `expand-type:${type}`, () => void expandNode(ctx, id, { types: [type] })));
        }
        fit(at);
      },
      () => undefined,
    );
  }

  return { open, close };
}
