import { createStore, type Store } from '../store-kit.ts';
import { emptyContent, emptySelection, type GraphState } from './types.ts';

/** The one store of what is on the canvas. Only ./actions.ts replaces its state. */
export type GraphStore = Store<GraphState>;

export function createGraphStore(): GraphStore {
  return createStore<GraphState>({
    content: emptyContent,
    selection: emptySelection,
    past: [],
    future: [],
    focus: { id: null, seq: 0 },
    arrangeSeq: 0,
    frame: { ids: [], seq: 0 },
  });
}
