import { createStore, type Store } from '../store-kit.ts';

/** The parts of the screen beside the canvas a person opens and closes. */
export type PaneName = 'legend' | 'details' | 'article' | 'console' | 'help';

export type Panes = Readonly<Record<PaneName, boolean>>;

export type PanesStore = Store<Panes>;

export function createPanesStore(initial: Partial<Panes> = {}): PanesStore {
  return createStore<Panes>({ legend: true, details: true, article: false, console: false, help: false, ...initial });
}
