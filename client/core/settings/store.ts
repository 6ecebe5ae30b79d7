import { createStore, type Store } from '../store-kit.ts';
import type { Settings } from './types.ts';

export type SettingsStore = Store<Settings>;

export function createSettingsStore(initial: Partial<Settings> = {}): SettingsStore {
  return createStore<Settings>({ labels: 'ar', ui: 'ar', layout: 'fcose', layoutSeq: 0, ...initial });
}
