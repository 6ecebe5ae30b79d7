import type cytoscape from 'cytoscape';
import { focusNode, hideNodes, redo, select, setPinned, undo } from '../../core/graph/actions.ts';
import type { ClientContext } from '../../core/context.ts';
import { collapse, expandNodes } from '../../core/explore/operations.ts';
import { setPane } from '../../core/panes/actions.ts';
import type { Canvas } from './renderer.ts';
import { ZOOM_STEP, zoomBy } from './zoom.ts';

const directions: Record<string, { x: number; y: number }> = {
  ArrowRight: { x: 1, y: 0 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
};

/** The nearest node roughly in the arrow's direction (within 60° of it), so moving follows the picture. */
export function nextInDirection(cy: cytoscape.Core, fromId: string, dir: { x: number; y: number }): string | null {
  const from = cy.getElementById(fromId);
  if (from.empty()) return null;
  const origin = from.position();
  let best: { id: string; score: number } | null = null;
  cy.nodes().forEach((node) => {
    if (node.id() === fromId) return;
    const dx = node.position().x - origin.x;
    const dy = node.position().y - origin.y;
    const distance = Math.hypot(dx, dy);
    const along = dx * dir.x + dy * dir.y;
    if (distance === 0 || along / distance < 0.5) return;
    const score = distance * (2 - along / distance);
    if (!best || score < best.score) best = { id: node.id(), score };
  });
  return (best as { id: string } | null)?.id ?? null;
}

/**
 * Keys on the focused canvas: arrows move the selection spatially, Enter expands the selection, Delete
 * hides it, P pins, C collapses, Escape clears, the menu key (or Shift+F10) opens the node's menu.
 */
export function bindCanvasKeys(container: HTMLElement, cy: cytoscape.Core, ctx: ClientContext, openMenu: (id: string) => void): void {
  container.addEventListener('keydown', (event) => {
    if (event.target !== container) return;
    const [selected] = ctx.graph.get().selection.nodes;
    const direction = directions[event.key];
    if (direction) {
      event.preventDefault();
      const start = selected ?? cy.nodes().max((node) => node.degree(false)).ele.id();
      const next = selected ? nextInDirection(cy, selected, direction) : start;
      if (next) focusNode(ctx.graph, next);
      return;
    }
    const key = event.key.toLowerCase();
    if ((event.ctrlKey || event.metaKey) && key === 'a') {
      event.preventDefault();
      select(ctx.graph, { nodes: cy.nodes().map((node) => node.id()), edges: [] });
      return;
    }
    if (event.key === 'Escape') {
      select(ctx.graph, { nodes: [], edges: [] });
      return;
    }
    if (!selected) return;
    if (event.key === 'Enter') void expandNodes(ctx, ctx.graph.get().selection.nodes);
    else if (event.key === 'Delete' || event.key === 'Backspace') hideNodes(ctx.graph, ctx.graph.get().selection.nodes);
    else if (key === 'p' && !event.ctrlKey && !event.metaKey) {
      const pinned = ctx.graph.get().content.pinned.has(selected);
      setPinned(ctx.graph, ctx.graph.get().selection.nodes, !pinned);
    } else if (key === 'c' && !event.ctrlKey && !event.metaKey) collapse(ctx, selected);
    else if (event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10')) openMenu(selected);
    else return;
    event.preventDefault();
  });
}

/** Fields and the editor keep their keys: typing «+» in the search must not zoom. */
function typing(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  return target?.closest('input:not([type="checkbox"]):not([type="radio"]), textarea, select, [contenteditable="true"], .cm-editor') != null;
}

export interface GlobalKeyHooks {
  focusSearch(): void;
  toggleConsole(): void;
}

/**
 * Keys anywhere on the page (but in a field): / or Ctrl+K search, Ctrl+` the console, ? the keyboard
 * help, + − 0 zoom and fit, Escape closes the article or the help.
 */
export function bindGlobalKeys(ctx: ClientContext, canvas: Canvas, hooks: GlobalKeyHooks): void {
  document.addEventListener('keydown', (event) => {
    const inField = typing(event);
    const mod = event.ctrlKey || event.metaKey;
    if ((event.key === '/' && !inField) || (mod && event.key.toLowerCase() === 'k')) {
      event.preventDefault();
      hooks.focusSearch();
    } else if (mod && event.code === 'Backquote') {
      event.preventDefault();
      hooks.toggleConsole();
    } else if (inField || mod || event.altKey || event.defaultPrevented) {
      return;
    } else if (event.key === '?') {
      event.preventDefault();
      setPane(ctx.panes, 'help', true, false);
    } else if (event.key === '+' || event.key === '=') {
      event.preventDefault();
      zoomBy(canvas.cy, ZOOM_STEP);
    } else if (event.key === '-' || event.key === '−') {
      event.preventDefault();
      zoomBy(canvas.cy, 1 / ZOOM_STEP);
    } else if (event.key === '0') {
      event.preventDefault();
      canvas.fit();
    } else if (event.key === 'Escape' && ctx.panes.get().article && !(event.target as HTMLElement | null)?.closest('#cy, .context-menu')) {
      setPane(ctx.panes, 'article', false, false);
    }
  });
}

/** Undo and redo anywhere except while typing in a field or the editor (which has its own). */
export function bindHistoryKeys(ctx: ClientContext): void {
  document.addEventListener('keydown', (event) => {
    if (typing(event)) return;
    if (!(event.ctrlKey || event.metaKey)) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) {
      event.preventDefault();
      undo(ctx.graph);
    } else if ((key === 'z' && event.shiftKey) || key === 'y') {
      event.preventDefault();
      redo(ctx.graph);
    }
  });
}
