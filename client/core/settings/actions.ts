import type { LabelMode } from '../graph/kinds.ts';
import type { SettingsStore } from './store.ts';
import type { LayoutName, UiLanguage } from './types.ts';

export function setLabelMode(store: SettingsStore, labels: LabelMode): void {
  store.set({ ...store.get(), labels });
}

export function setUiLanguage(store: SettingsStore, ui: UiLanguage): void {
  store.set({ ...store.get(), ui });
}

/** Choosing a layout always runs it, even the current one: that is how a person re-lays out. */
export function runLayout(store: SettingsStore, layout: LayoutName): void {
  const state = store.get();
  store.set({ ...state, layout, layoutSeq: state.layoutSeq + 1 });
}
