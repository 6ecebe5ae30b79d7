import type { FoundPaths, PathEndsStore } from './store.ts';

export function setPathEnd(store: PathEndsStore, end: 'from' | 'to', id: string | null): void {
  store.set({ ...store.get(), [end]: id });
}

export function setDirected(store: PathEndsStore, directed: boolean): void {
  store.set({ ...store.get(), directed });
}

export function setFoundPaths(store: PathEndsStore, found: FoundPaths | null): void {
  store.set({ ...store.get(), found });
}
