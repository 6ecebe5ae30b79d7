import type { StructureMeasure } from '../../../contract/views.ts';
import { viewsApi } from '../../api/views.ts';
import type { ClientContext } from '../context.ts';
import { attempt } from '../explore/operations.ts';
import type { StructureStore } from './store.ts';

/** Communities come with every measure's answer, so colouring alone asks for the cheapest one. */
async function load(ctx: ClientContext, store: StructureStore, measure: StructureMeasure): Promise<void> {
  if (store.get().data?.measure === measure) return;
  const data = await attempt(ctx, 'task.structure', () => viewsApi.structure(measure));
  if (data) store.set({ ...store.get(), data });
}

export async function sizeBy(ctx: ClientContext, store: StructureStore, measure: StructureMeasure | null): Promise<void> {
  store.set({ ...store.get(), measure });
  if (measure) await load(ctx, store, measure);
  else if (store.get().colourCommunities) await load(ctx, store, store.get().data?.measure ?? 'degree');
}

export async function colourByCommunity(ctx: ClientContext, store: StructureStore, on: boolean): Promise<void> {
  store.set({ ...store.get(), colourCommunities: on });
  if (on && !store.get().data) await load(ctx, store, store.get().measure ?? 'degree');
}
