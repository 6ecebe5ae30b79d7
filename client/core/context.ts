import type { CameraStore } from './camera/store.ts';
import type { GraphStore } from './graph/store.ts';
import type { PanesStore } from './panes/store.ts';
import type { PathEndsStore } from './paths/store.ts';
import type { ProgressStore } from './progress/store.ts';
import type { SettingsStore } from './settings/store.ts';

/** The stores every view reads and every operation updates. */
export interface ClientContext {
  graph: GraphStore;
  settings: SettingsStore;
  progress: ProgressStore;
  paths: PathEndsStore;
  camera: CameraStore;
  panes: PanesStore;
}
