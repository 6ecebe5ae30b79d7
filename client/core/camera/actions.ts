import type { CameraStore, ViewSnapshot } from './store.ts';

export function recordView(store: CameraStore, snapshot: ViewSnapshot): void {
  store.set({ ...store.get(), current: snapshot });
}

/** The canvas used the shared picture (or could not): later views are laid out as usual. */
export function restored(store: CameraStore): void {
  if (store.get().restore !== null) store.set({ ...store.get(), restore: null });
}
