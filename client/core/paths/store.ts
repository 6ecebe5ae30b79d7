import { createStore, type Store } from '../store-kit.ts';

/** The two ends a person picked for a path search, from the panel, the context menu or the selection. */
export interface PathEnds {
  readonly from: string | null;
  readonly to: string | null;
}

export type PathEndsStore = Store<PathEnds>;

export function createPathEndsStore(): PathEndsStore {
  return createStore<PathEnds>({ from: null, to: null });
}
