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
  /** A follow-up the reader can take from the notice itself, e.g. showing more of a capped expansion. */
  readonly action?: NoticeAction;
  /** Stays until dismissed, like an error: it says something the reader has to read (ids a link lost). */
  readonly sticky?: boolean;
  /** A stable name for tests and styling, e.g. `missing-ids`. */
  readonly name?: string;
}

export interface NoticeAction {
  readonly label: string;
  /** A stable name for tests and styling, e.g. `show-more`. */
  readonly name: string;
  readonly run: () => void;
}

export interface ProgressState {
  readonly tasks: readonly Task[];
  readonly notices: readonly Notice[];
}

export type ProgressStore = Store<ProgressState>;

export function createProgressStore(): ProgressStore {
  return createStore<ProgressState>({ tasks: [], notices: [] });
}
