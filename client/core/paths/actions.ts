import type { PathEndsStore } from './store.ts';

export function setPathEnd(store: PathEndsStore, end: 'from' | 'to', id: string | null): void {
  store.set({ ...store.get(), [end]: id });
}
