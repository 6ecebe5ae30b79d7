import type { ClientContext } from '../context.ts';
import { encodeView } from './share.ts';

/** Keeps the address bar describing the view, so copying it shares the exploration. */
function currentHash(ctx: ClientContext): string {
  const { content, selection } = ctx.graph.get();
  const settings = ctx.settings.get();
  return encodeView({
    nodes: [...content.nodes.keys()],
    selected: [...selection.nodes],
    labels: settings.labels,
    ui: settings.ui,
    layout: settings.layout,
    hiddenKinds: [...content.hiddenKinds],
    hiddenTypes: [...content.hiddenTypes],
  });
}

export function shareUrl(ctx: ClientContext): string {
  return `${window.location.origin}${window.location.pathname}${currentHash(ctx)}`;
}

export function startUrlSync(ctx: ClientContext): void {
  let timer = 0;
  const write = (): void => {
    const hash = currentHash(ctx);
    if (hash !== window.location.hash) window.history.replaceState(null, '', hash);
  };
  const schedule = (): void => {
    clearTimeout(timer);
    timer = window.setTimeout(write, 100);
  };
  ctx.graph.subscribe(schedule);
  ctx.settings.subscribe(schedule);
  write();
}
