import type { Notice, ProgressStore } from './store.ts';

let counter = 0;

/** Shows `what` as running until the work settles, and returns the work's result. */
export async function track<T>(store: ProgressStore, what: string, work: () => Promise<T>): Promise<T> {
  const id = ++counter;
  store.set({ ...store.get(), tasks: [...store.get().tasks, { id, what }] });
  try {
    return await work();
  } finally {
    store.set({ ...store.get(), tasks: store.get().tasks.filter((task) => task.id !== id) });
  }
}

export function notify(store: ProgressStore, notice: Omit<Notice, 'id'>): number {
  const id = ++counter;
  store.set({ ...store.get(), notices: [...store.get().notices, { ...notice, id }].slice(-4) });
  return id;
}

export function dismiss(store: ProgressStore, id: number): void {
  store.set({ ...store.get(), notices: store.get().notices.filter((notice) => notice.id !== id) });
}
