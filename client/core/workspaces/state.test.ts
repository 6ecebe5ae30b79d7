import { describe, expect, it } from 'vitest';
import { workspaceStateSchema } from '../../../contract/workbench.ts';
import { emptyView, type SharedView } from '../url/share.ts';
import { stateOfView, viewOfState, workspaceIdOf } from './state.ts';

const view: SharedView = {
  nodes: ['bcij', 'dgst', 'rabat'],
  edges: ['bcij-part_of-dgst'],
  positions: { bcij: { x: 10, y: -20 }, dgst: { x: 0, y: 0 }, rabat: { x: 300.5, y: 12 } },
  pinned: ['dgst'],
  camera: { zoom: 1.25, centre: { x: 40, y: -3 } },
  selected: ['rabat'],
  labels: 'both',
  ui: 'en',
  layout: 'grid',
  hiddenKinds: ['Date'],
  hiddenTypes: ['ON_DATE'],
};

describe('a workspace holds what a share link holds', () => {
  it('keeps the whole picture through the contract and back', () => {
    const state = workspaceStateSchema.parse(JSON.parse(JSON.stringify(stateOfView(view, true))));
    expect(state.hideProposed).toBe(true);
    expect(viewOfState(state)).toEqual(view);
  });

  it('reopens a picture saved without a camera or positions as one to lay out', () => {
    const bare = { ...emptyView, nodes: ['bcij', 'dgst'], edges: [] };
    const back = viewOfState(workspaceStateSchema.parse(stateOfView(bare, false)));
    expect(back.camera).toBeNull();
    expect(back.positions).toBeNull();
    expect(back.nodes).toEqual(['bcij', 'dgst']);
  });

  it('reads the workspace id from its link and nothing else', () => {
    expect(workspaceIdOf('#w=ws-0123abcd')).toBe('ws-0123abcd');
    expect(workspaceIdOf('#v=abc')).toBeNull();
    expect(workspaceIdOf('#w=../etc')).toBeNull();
  });
});
