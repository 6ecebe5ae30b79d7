import type { Change } from '../../../contract/workbench.ts';
import { createStore, type Store } from '../store-kit.ts';

/** The history of recorded changes (newest first), the filter the history panel shows it through, and how often the graph was written. */
export interface HistoryState {
  readonly changes: readonly Change[];
  readonly filter: { readonly entity?: string; readonly article?: string };
  /** The one change an undo may take back now (the latest still in effect, whatever the filter); null: none. */
  readonly nextUndo: string | null;
  readonly loaded: boolean;
  /** Bumped after every write this client makes, so panels showing stored data fetch it again. */
  readonly revision: number;
}

export type HistoryStore = Store<HistoryState>;

export function createHistoryStore(): HistoryStore {
  return createStore<HistoryState>({ changes: [], filter: {}, nextUndo: null, loaded: false, revision: 0 });
}
