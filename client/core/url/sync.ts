import type { ClientContext } from '../context.ts';
import { withWorkspace } from '../workspaces/state.ts';
import { encodeView, type SharedView } from './share.ts';

/** Past this many nodes a link carries no positions (it would run to megabytes); the view is laid out again. */
const MAX_POSITIONS = 3000;

/** The picture on screen as a shared view: what is drawn, where, and how it is looked at. */
export function currentView(ctx: ClientContext): SharedView {
  const { content, selection } = ctx.graph.get();
  const settings = ctx.settings.get();
  const camera = ctx.camera.get().current;
  const nodes = [...content.nodes.keys()];
  const positions: Record<string, { x: number; y: number }> = {};
  if (camera && nodes.length <= MAX_POSITIONS) {
    for (const id of nodes) {
      const at = camera.positions.get(id);
      if (at) positions[id] = { x: at.x, y: at.y };
    }
  }
  const complete = camera !== null && nodes.every((id) => positions[id] !== undefined);
  return {
    nodes,
    edges: [...content.edges.keys()],
    positions: complete ? positions : null,
    pinned: [...content.pinned],
    camera: camera ? { zoom: camera.zoom, centre: camera.centre } : null,
    selected: [...selection.nodes],
    labels: settings.labels,
    ui: settings.ui,
    layout: settings.layout,
    hiddenKinds: [...content.hiddenKinds],
    hiddenTypes: [...content.hiddenTypes],
  };
}

export function shareUrl(ctx: ClientContext): string {
  return `${window.location.origin}${window.location.pathname}${encodeView(currentView(ctx))}`;
}

/** Keeps the address bar describing the view, so a reload or a copied address reopens the same picture. */
export function startUrlSync(ctx: ClientContext): void {
  let timer = 0;
  const write = (): void => {
    const view = encodeView(currentView(ctx));
    const opened = ctx.workspaces.get().opened;
    const hash = opened ? withWorkspace(view, opened.id) : view;
    if (hash !== window.location.hash) window.history.replaceState(null, '', hash);
  };
  const schedule = (): void => {
    clearTimeout(timer);
    timer = window.setTimeout(write, 150);
  };
  const now = (): void => {
    clearTimeout(timer);
    write();
  };
  // What is shown and how it is labelled change by discrete steps: written at once, so no timer (which a busy
  // machine may delay) stands between a step and a reload. The camera moves continuously: debounced.
  ctx.graph.subscribe(now);
  ctx.settings.subscribe(now);
  ctx.workspaces.subscribe((state, previous) => {
    if (state.opened?.id !== previous.opened?.id) now();
  });
  ctx.camera.subscribe(schedule);
  // A reload right after a change must not lose it to the debounce.
  window.addEventListener('pagehide', write);
  write();
}
