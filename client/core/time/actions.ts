import type { Timeline } from '../../../contract/views.ts';
import type { DayRange, Span } from './slice.ts';
import type { TimeStore } from './store.ts';

export function setTimeline(store: TimeStore, timeline: Timeline): void {
  const known = new Map<string, Span>();
  for (const item of timeline.items) if (item.time === 'event') known.set(item.id, { start: item.start, end: item.end ?? item.start });
  store.set({ ...store.get(), items: timeline.items, undated: timeline.undated, truncated: timeline.truncated, known });
}

/** A range filters the canvas to what happened in it (and its neighbours); null shows everything again. */
export function setRange(store: TimeStore, range: DayRange | null): void {
  const state = store.get();
  if (state.range === range || (state.range && range && state.range.start === range.start && state.range.end === range.end)) return;
  store.set({ ...state, range, ...(range === null ? { playing: false } : {}) });
}

export function setPlaying(store: TimeStore, playing: boolean): void {
  if (store.get().playing !== playing) store.set({ ...store.get(), playing });
}
