import { createStore, type Store } from '../store-kit.ts';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Where the canvas draws the graph: node positions (model coordinates), the zoom and the model point at the centre. */
export interface ViewSnapshot {
  readonly positions: ReadonlyMap<string, Point>;
  readonly zoom: number;
  readonly centre: Point;
}

export interface CameraState {
  /** The picture as last drawn, for share links and reloads; null before the first layout lands. */
  readonly current: ViewSnapshot | null;
  /** A picture to draw instead of laying out (from a shared link), until the canvas has used it. */
  readonly restore: ViewSnapshot | null;
}

/** The one store of the view's geometry: the canvas writes it, the share link reads it. */
export type CameraStore = Store<CameraState>;

export function createCameraStore(restore: ViewSnapshot | null = null): CameraStore {
  return createStore<CameraState>({ current: null, restore });
}
