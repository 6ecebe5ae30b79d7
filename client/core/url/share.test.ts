import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeView, encodeView, type SharedView } from './share.ts';

describe('shared view links', () => {
  it('round-trips every field', () => {
    const slug = fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,20}$/);
    const name = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,15}$/);
    fc.assert(
      fc.property(
        fc.record({
          nodes: fc.option(fc.array(slug, { minLength: 1, maxLength: 20 }), { nil: null }),
          selected: fc.array(slug, { maxLength: 3 }),
          labels: fc.constantFrom('ar', 'en', 'both', null),
          ui: fc.constantFrom('ar', 'en', null),
          layout: fc.constantFrom('fcose', 'concentric', 'breadthfirst', 'grid', null),
          hiddenKinds: fc.array(name, { maxLength: 3 }),
          hiddenTypes: fc.array(name, { maxLength: 3 }),
        }),
        (view) => {
          const shared: SharedView = view;
          expect(decodeView(encodeView(shared))).toEqual(view);
        },
      ),
    );
  });

  it('drops what is malformed instead of trusting it', () => {
    const view = decodeView('#n=ok,<script>,Bad&l=fr&layout=spiral&s=x%20y');
    expect(view.nodes).toEqual(['ok']);
    expect(view.labels).toBeNull();
    expect(view.layout).toBeNull();
    expect(view.selected).toEqual([]);
  });
});
