import type cytoscape from 'cytoscape';
import { focusNode, hideNodes, redo, select, setPinned, undo } from '../../core/graph/actions.ts';
import type { ClientContext } from '../../core/context.ts';
import { collapse, expandNode } from '../../core/explore/operations.ts';

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
 * Keys on the focused canvas: arrows move the selection spatially, Enter expands, Delete hides,
 * P pins, C collapses, Escape clears, the menu key (or Shift+F10) opens the node's menu.
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
    if (event.key === 'Enter') void expandNode(ctx, selected);
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

/** Undo and redo anywhere except while typing in a field or the editor (which has its own). */
export function bindHistoryKeys(ctx: ClientContext): void {
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable="true"], .cm-editor')) return;
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
