import type { CooccurrenceLink } from '../../../contract/views.ts';
import { createStore, type Store } from '../store-kit.ts';

export type CooccurrenceScope = 'sentence' | 'article';

export interface CooccurrenceState {
  /** The layer is drawn on the canvas. */
  readonly on: boolean;
  readonly scope: CooccurrenceScope;
  readonly minWeight: number;
  /** Links among the entities on the canvas when they were last asked for. */
  readonly links: readonly CooccurrenceLink[];
  readonly truncated: boolean;
  /** The link a person clicked, to read its sentences. */
  readonly picked: { readonly source: string; readonly target: string } | null;
}

export type CooccurrenceStore = Store<CooccurrenceState>;

export function createCooccurrenceStore(): CooccurrenceStore {
  return createStore<CooccurrenceState>({ on: false, scope: 'sentence', minWeight: 1, links: [], truncated: false, picked: null });
}
