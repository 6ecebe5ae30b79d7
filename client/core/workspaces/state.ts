import type { WorkspaceState } from '../../../contract/workbench.ts';
import { layoutNames } from '../settings/types.ts';
import { emptyView, type SharedView } from '../url/share.ts';

/**
 * A workspace holds what a share link holds (core/url/share.ts), stored on the server instead of the
 * address. `pan` is the model point at the centre of the canvas, as a link's camera says it: Cytoscape's
 * own pan is in screen pixels and would put the picture elsewhere on another window size.
 */
export function stateOfView(view: SharedView, hideProposed: boolean): WorkspaceState {
  return {
    nodes: view.nodes ?? [],
    edges: view.edges ?? [],
    positions: view.positions ?? {},
    pinned: view.pinned,
    hiddenKinds: view.hiddenKinds,
    hiddenTypes: view.hiddenTypes,
    hideProposed,
    labels: view.labels ?? 'ar',
    ui: view.ui ?? 'ar',
    zoom: view.camera?.zoom ?? 1,
    pan: view.camera?.centre ?? { x: 0, y: 0 },
    selected: view.selected,
    extra: { ...(view.layout ? { layout: view.layout } : {}), camera: view.camera !== null, positioned: view.positions !== null },
  };
}

/** The view a workspace reopens: exactly the saved picture when it was saved with one. */
export function viewOfState(state: WorkspaceState): SharedView {
  const layout = layoutNames.find((name) => name === state.extra['layout']) ?? null;
  const positioned = state.extra['positioned'] !== false && state.nodes.every((id) => state.positions[id] !== undefined);
  return {
    ...emptyView,
    nodes: state.nodes,
    edges: state.edges,
    positions: positioned ? state.positions : null,
    pinned: state.pinned,
    camera: state.extra['camera'] === false ? null : { zoom: state.zoom, centre: state.pan },
    selected: state.selected.filter((id) => state.nodes.includes(id)),
    labels: state.labels,
    ui: state.ui,
    layout,
    hiddenKinds: state.hiddenKinds,
    hiddenTypes: state.hiddenTypes,
  };
}

/** `#w=<id>`: the link that opens a saved workspace. */
export function workspaceIdOf(hash: string): string | null {
  const id = new URLSearchParams(hash.replace(/^#/, '')).get('w');
  return id && /^[A-Za-z0-9_-]{1,100}$/.test(id) ? id : null;
}

export const workspaceHash = (id: string): string => `#w=${encodeURIComponent(id)}`;

/** A view's address that also names the open workspace, so a reload keeps it open (for "save over" and news). */
export function withWorkspace(hash: string, id: string): string {
  const params = hash.replace(/^#/, '');
  return `#${params}${params === '' ? '' : '&'}w=${encodeURIComponent(id)}`;
}
