import type { TimelineItem, UndatedItem } from '../../../contract/views.ts';
import { createStore, type Store } from '../store-kit.ts';
import type { DayRange, Span } from './slice.ts';

export interface TimeState {
  /** The timeline as the server gave it; null until the panel first opens. */
  readonly items: readonly TimelineItem[] | null;
  readonly undated: readonly UndatedItem[];
  readonly truncated: boolean;
  /** Each dated entity's span, for the slicer (articles are not on the canvas). */
  readonly known: ReadonlyMap<string, Span>;
  /** The brushed range that filters the canvas; null shows everything. */
  readonly range: DayRange | null;
  readonly playing: boolean;
}

export type TimeStore = Store<TimeState>;

export function createTimeStore(): TimeStore {
  return createStore<TimeState>({ items: null, undated: [], truncated: false, known: new Map(), range: null, playing: false });
}
