import type { PaneName, PanesStore } from './store.ts';

/** On a narrow screen the panes are sheets over one column: opening one closes the others. */
const SHEETS: readonly PaneName[] = ['legend', 'details', 'article', 'console'];

export function setPane(store: PanesStore, pane: PaneName, open: boolean, exclusive: boolean): void {
  const state = store.get();
  if (state[pane] === open && !(open && exclusive && SHEETS.some((other) => other !== pane && state[other]))) return;
  const next = { ...state, [pane]: open };
  if (open && exclusive && SHEETS.includes(pane)) for (const other of SHEETS) if (other !== pane) next[other] = false;
  store.set(next);
}

export function togglePane(store: PanesStore, pane: PaneName, exclusive: boolean): void {
  setPane(store, pane, !store.get()[pane], exclusive);
}
