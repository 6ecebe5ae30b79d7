import type { Structure, StructureMeasure } from '../../../contract/views.ts';
import { createStore, type Store } from '../store-kit.ts';

export interface StructureState {
  /** What node sizes show; null draws every node the same size. */
  readonly measure: StructureMeasure | null;
  readonly colourCommunities: boolean;
  /** The server's answer for `measure` (or for degree, when only communities are wanted). */
  readonly data: Structure | null;
}

export type StructureStore = Store<StructureState>;

export function createStructureStore(): StructureStore {
  return createStore<StructureState>({ measure: null, colourCommunities: false, data: null });
}
