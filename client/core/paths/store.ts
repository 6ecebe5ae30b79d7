import type { PathsResult } from '../../../contract/api.ts';
import { createStore, type Store } from '../store-kit.ts';

/** The paths last found, for the chains the paths view writes out. */
export interface FoundPaths {
  readonly from: string;
  readonly to: string;
  readonly mode: 'shortest' | 'all';
  readonly directed: boolean;
  readonly result: PathsResult;
}

/** The two ends a person picked for a path search, from the panel, the context menu or the selection. */
export interface PathEnds {
  readonly from: string | null;
  readonly to: string | null;
  /** Follow relationships only in their direction, from `from` towards `to`. */
  readonly directed: boolean;
  readonly found: FoundPaths | null;
}

export type PathEndsStore = Store<PathEnds>;

export function createPathEndsStore(): PathEndsStore {
  return createStore<PathEnds>({ from: null, to: null, directed: false, found: null });
}
