import { createStore, type Store } from '../store-kit.ts';

export interface Task {
  readonly id: number;
  /** An i18n key naming the work, e.g. `task.expand`. */
  readonly what: string;
}

export interface Notice {
  readonly id: number;
  readonly tone: 'error' | 'info';
  readonly title: string;
  readonly detail: string;
  readonly hint: string;
}

export interface ProgressState {
  readonly tasks: readonly Task[];
  readonly notices: readonly Notice[];
}

export type ProgressStore = Store<ProgressState>;

export function createProgressStore(): ProgressStore {
  return createStore<ProgressState>({ tasks: [], notices: [] });
}
