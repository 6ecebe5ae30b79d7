import { createCooccurrenceStore, type CooccurrenceStore } from './cooccurrence/store.ts';
import { createStructureStore, type StructureStore } from './structure/store.ts';
import { createTimeStore, type TimeStore } from './time/store.ts';

/** The state of the views over the whole graph: the time slicer, the structure overlay, the co-occurrence layer. */
export interface ViewStores {
  time: TimeStore;
  structure: StructureStore;
  cooccurrence: CooccurrenceStore;
}

export function createViewStores(): ViewStores {
  return { time: createTimeStore(), structure: createStructureStore(), cooccurrence: createCooccurrenceStore() };
}
