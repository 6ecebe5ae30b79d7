import { describe, expect, it } from 'vitest';
import { viewportShowing } from './keep-in-view.ts';

const view = { zoom: 1, pan: { x: 0, y: 0 } };

describe('viewportShowing', () => {
  it('leaves the view alone when the new nodes are already in it', () => {
    expect(viewportShowing(view, 800, 600, { x1: 100, y1: 100, x2: 300, y2: 200 }, null)).toBeNull();
  });

  it('pans without zooming when the new nodes and the kept ones fit at the current zoom', () => {
    const next = viewportShowing(view, 800, 600, { x1: 700, y1: 100, x2: 900, y2: 200 }, { x1: 300, y1: 100, x2: 500, y2: 200 });
    expect(next?.zoom).toBe(1);
    // The union (300..900, 100..200) is centred: its middle x 600 lands on the canvas middle 400.
    expect(next?.pan).toEqual({ x: 400 - 600, y: 300 - 150 });
  });

  it('zooms out just enough to show both, never in', () => {
    const next = viewportShowing({ zoom: 2, pan: { x: 0, y: 0 } }, 800, 600, { x1: -700, y1: 0, x2: -600, y2: 100 }, { x1: 0, y1: 0, x2: 100, y2: 100 });
    expect(next?.zoom).toBeCloseTo((800 - 60) / 800);
    const small = viewportShowing({ zoom: 0.5, pan: { x: 0, y: 0 } }, 800, 600, { x1: 2000, y1: 0, x2: 2010, y2: 10 }, null);
    expect(small?.zoom).toBe(0.5);
  });
});
