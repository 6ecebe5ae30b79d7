import { viewsApi } from '../../api/views.ts';
import type { ClientContext } from '../context.ts';
import { attempt } from '../explore/operations.ts';
import type { CooccurrenceScope, CooccurrenceStore } from './store.ts';

/** Asks again for the links among what is on the canvas now (after it changed, or the options did). */
export async function refreshCooccurrence(ctx: ClientContext, store: CooccurrenceStore): Promise<void> {
  const state = store.get();
  if (!state.on) return;
  const nodeIds = [...ctx.graph.get().content.nodes.keys()];
  if (nodeIds.length < 2) {
    store.set({ ...store.get(), links: [], truncated: false });
    return;
  }
  const result = await attempt(ctx, 'task.cooccurrence', () => viewsApi.cooccurrence({ nodeIds, scope: state.scope, minWeight: state.minWeight }));
  if (result && store.get().on) store.set({ ...store.get(), links: result.links, truncated: result.truncated });
}

export async function setCooccurrence(ctx: ClientContext, store: CooccurrenceStore, options: { on?: boolean; scope?: CooccurrenceScope; minWeight?: number }): Promise<void> {
  const state = store.get();
  const next = { ...state, ...options };
  store.set(next.on ? next : { ...next, links: [], picked: null });
  await refreshCooccurrence(ctx, store);
}

export function pickLink(store: CooccurrenceStore, link: { source: string; target: string } | null): void {
  store.set({ ...store.get(), picked: link });
}
