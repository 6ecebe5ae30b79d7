import type { WorkspaceNews } from '../../../contract/workbench.ts';
import type { WorkspaceSummary } from '../../api/workbench.ts';
import { createStore, type Store } from '../store-kit.ts';

/** The reader's saved workspaces, the one this page opened (if any), and what is new around it. */
export interface WorkspacesState {
  readonly list: readonly WorkspaceSummary[];
  readonly loaded: boolean;
  readonly opened: WorkspaceSummary | null;
  readonly news: WorkspaceNews | null;
}

export type WorkspacesStore = Store<WorkspacesState>;

export function createWorkspacesStore(): WorkspacesStore {
  return createStore<WorkspacesState>({ list: [], loaded: false, opened: null, news: null });
}
