import type { AccessStore } from './access/store.ts';
import type { CameraStore } from './camera/store.ts';
import type { GraphStore } from './graph/store.ts';
import type { HistoryStore } from './history/store.ts';
import type { WorkspacesStore } from './workspaces/store.ts';
import type { PanesStore } from './panes/store.ts';
import type { PathEndsStore } from './paths/store.ts';
import type { ProgressStore } from './progress/store.ts';
import type { SettingsStore } from './settings/store.ts';
// issue 13 part A: the review of an article being added
import type { ReviewStore } from './review/store.ts';

/** The stores every view reads and every operation updates. */
export interface ClientContext {
  graph: GraphStore;
  settings: SettingsStore;
  progress: ProgressStore;
  paths: PathEndsStore;
  camera: CameraStore;
  panes: PanesStore;
  /** Whether this reader may write: views show editing controls only to editors. */
  access: AccessStore;
  // ---- issue 13 part A ----
  /** The article an editor is adding, and their review of its dry run. */
  review: ReviewStore;
  // ---- end issue 13 part A ----
  // The analyst's workbench (issue 13): recorded changes with undo, and saved workspaces.
  history: HistoryStore;
  workspaces: WorkspacesStore;
}
