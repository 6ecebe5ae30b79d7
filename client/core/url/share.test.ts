import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeView, emptyView, encodeView, type SharedView } from './share.ts';

const slug = fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,20}$/);
const name = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,15}$/);
const coordinate = fc.integer({ min: -100_000, max: 100_000 });

const view = fc
  .record({
    nodes: fc.uniqueArray(slug, { maxLength: 30 }),
    edges: fc.option(fc.array(slug, { maxLength: 30 }), { nil: null }),
    withPositions: fc.boolean(),
    xs: fc.array(fc.tuple(coordinate, coordinate), { minLength: 30, maxLength: 30 }),
    pins: fc.array(fc.nat(29), { maxLength: 5 }),
    selected: fc.array(fc.nat(29), { maxLength: 3 }),
    camera: fc.option(fc.record({ zoom: fc.integer({ min: 100, max: 40_000 }), x: coordinate, y: coordinate }), { nil: null }),
    labels: fc.constantFrom('ar', 'en', 'both', null),
    ui: fc.constantFrom('ar', 'en', null),
    layout: fc.constantFrom('fcose', 'concentric', 'breadthfirst', 'grid', null),
    hiddenKinds: fc.array(name, { maxLength: 3 }),
    hiddenTypes: fc.array(name, { maxLength: 3 }),
  })
  .map((v): SharedView => {
    const present = (indices: number[]): string[] => [...new Set(indices.map((i) => v.nodes[i]).filter((id): id is string => id !== undefined))];
    return {
      nodes: v.nodes,
      edges: v.edges,
      positions: v.withPositions ? Object.fromEntries(v.nodes.map((id, i) => [id, { x: v.xs[i]?.[0] ?? 0, y: v.xs[i]?.[1] ?? 0 }])) : null,
      pinned: present(v.pins),
      camera: v.camera ? { zoom: v.camera.zoom / 10_000, centre: { x: v.camera.x / 10, y: v.camera.y / 10 } } : null,
      selected: present(v.selected),
      labels: v.labels,
      ui: v.ui,
      layout: v.layout,
      hiddenKinds: v.hiddenKinds,
      hiddenTypes: v.hiddenTypes,
    };
  });

describe('shared view links', () => {
  it('round-trip every field of a picture: nodes, edges, positions, pins, camera, selection and settings', () => {
    fc.assert(
      fc.property(view, (shared) => {
        expect(decodeView(encodeView(shared))).toEqual(shared);
      }),
    );
  });

  it('keep an emptied canvas apart from the starting view', () => {
    expect(decodeView(encodeView({ ...emptyView, nodes: [] })).nodes).toEqual([]);
    expect(decodeView(encodeView({ ...emptyView, ui: 'en' })).nodes).toBeNull();
  });

  it('are compact: a view of 80 nodes, 150 relationships and every position takes a few kilobytes', () => {
    const nodes = Array.from({ length: 80 }, (_, i) => `entity-number-${i}`);
    const edges = Array.from({ length: 150 }, (_, i) => `${nodes[i % 80] ?? ''}-part_of-${nodes[(i * 7) % 80] ?? ''}`);
    const positions = Object.fromEntries(nodes.map((id, i) => [id, { x: (i * 37) % 900, y: (i * 53) % 700 }]));
    const hash = encodeView({ ...emptyView, nodes, edges, positions, camera: { zoom: 0.8, centre: { x: 400, y: 300 } } });
    expect(hash.length).toBeLessThan(4000);
    expect(decodeView(hash).edges).toEqual(edges);
  });

  it('still read the readable form people type, and drop what is malformed instead of trusting it', () => {
    const legacy = decodeView('#n=ok,<script>,Bad&l=fr&layout=spiral&s=x%20y&ui=en');
    expect(legacy.nodes).toEqual(['ok']);
    expect(legacy.edges).toBeNull();
    expect(legacy.labels).toBeNull();
    expect(legacy.layout).toBeNull();
    expect(legacy.selected).toEqual([]);
    expect(legacy.ui).toBe('en');
    const bad = (payload: unknown): SharedView => decodeView(`#v=${btoa(String.fromCharCode(...deflateSync(strToU8(JSON.stringify(payload))))).replaceAll('+', '-').replaceAll('/', '_')}`);
    expect(bad({ n: ['ok', '<script>'], pin: [1], s: [0, 9], e: ['Bad Id', 'ok-x-ok'] })).toMatchObject({ nodes: ['ok'], pinned: [], selected: ['ok'], edges: ['ok-x-ok'] });
    expect(bad({ n: 'not a list' }).nodes).toBeNull();
    expect(decodeView('#v=%%%not-base64').nodes).toBeNull();
  });

  it('refuse a link that inflates to more than a view could ever be', () => {
    const bomb = deflateSync(new Uint8Array(8_000_000).fill(32));
    const hash = `#v=${btoa(String.fromCharCode(...bomb)).replaceAll('+', '-').replaceAll('/', '_')}`;
    expect(decodeView(hash).nodes).toBeNull();
  });
});
