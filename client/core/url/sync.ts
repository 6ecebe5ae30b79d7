import type { ClientContext } from '../context.ts';
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
    const hash = encodeView(currentView(ctx));
    if (hash !== window.location.hash) window.history.replaceState(null, '', hash);
  };
  const schedule = (): void => {
    clearTimeout(timer);
    timer = window.setTimeout(write, 150);
  };
  ctx.graph.subscribe(schedule);
  ctx.settings.subscribe(schedule);
  ctx.camera.subscribe(schedule);
  // A reload right after a change must not lose it to the debounce.
  window.addEventListener('pagehide', write);
  write();
}
