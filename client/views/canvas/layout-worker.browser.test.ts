import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canvasState, nodeOnPage, openApp, overlappingLabels, settled, useSeededApp } from '../../../test/browser.ts';

const suite = useSeededApp();

interface Stats {
  inWorker: number;
  onPage: number;
  superseded: number;
}

const stats = (page: Page): Promise<Stats> => page.evaluate(() => (window as unknown as { __sila: { layoutStats(): Stats } }).__sila.layoutStats());

const positions = (page: Page): Promise<Record<string, { x: number; y: number }>> =>
  page.evaluate(() => {
    const cy = (window as unknown as { __sila: { cy: import('cytoscape').Core } }).__sila.cy;
    return Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
  });

async function neighbourIds(id: string): Promise<string[]> {
  const response = await fetch(`${suite.server.url}/api/nodes/${id}/neighbors?limit=1000`);
  const graph = (await response.json()) as { nodes: { id: string }[] };
  return graph.nodes.map((n) => n.id).filter((other) => other !== id);
}

/** Finite, and no two nodes on one spot. */
function expectPlaced(at: Record<string, { x: number; y: number }>): void {
  const points = Object.entries(at);
  for (const [id, p] of points) expect(Number.isFinite(p.x) && Number.isFinite(p.y), id).toBe(true);
  const spots = new Set(points.map(([, p]) => `${Math.round(p.x)},${Math.round(p.y)}`));
  expect(spots.size).toBe(points.length);
}

/**
 * Holds the worker's answers until the test lets them through, so a second expansion surely arrives while
 * the first layout is still out: a stand-in for a slow layout, without any timing.
 */
function holdLayoutAnswers(): void {
  const w = window as unknown as { __hold: boolean; __held: (() => void)[]; Worker: typeof Worker };
  w.__hold = false;
  w.__held = [];
  const Native = w.Worker;
  w.Worker = class extends Native {
    override addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void {
      if (type !== 'message' || typeof listener !== 'function') {
        super.addEventListener(type, listener, options);
        return;
      }
      super.addEventListener(
        'message',
        (event) => {
          if (w.__hold) w.__held.push(() => listener.call(this, event));
          else listener.call(this, event);
        },
        options,
      );
    }
  };
}

describe('layouts in the layout worker', () => {
  it('lays out the first view and an expansion in the worker: new nodes get finite, distinct places clear of every label, anchors stay', async () => {
    const start = await openApp(suite.browser, suite.server.url, { hash: '#ui=en' });
    const first = await stats(start.page);
    expect(first.inWorker).toBeGreaterThanOrEqual(1);
    expect(first.onPage).toBe(0);
    expect(await overlappingLabels(start.page)).toEqual([]);
    start.assertClean();
    await start.close();

    const app = await openApp(suite.browser, suite.server.url, { hash: '#n=dgst&ui=en' });
    const { page } = app;
    const before = await positions(page);
    const at = await nodeOnPage(page, 'dgst');
    await page.mouse.dblclick(at.x, at.y);
    await settled(page);
    const after = await positions(page);
    const added = Object.keys(after).filter((id) => !(id in before));
    expect(added.length).toBeGreaterThan(3);
    expect(added.sort()).toEqual((await neighbourIds('dgst')).sort());
    expectPlaced(after);
    // The node expanded from is the anchor: it stays where the reader saw it.
    expect(after.dgst).toEqual(before.dgst);
    expect(await overlappingLabels(page)).toEqual([]);
    const now = await stats(page);
    expect(now.inWorker).toBeGreaterThanOrEqual(2);
    expect(now.onPage).toBe(0);
    app.assertClean();
    await app.close();
  });

  it('lets a second expansion supersede a layout still running, settling both expansions’ nodes and leaving nothing moving', async () => {
    const app = await openApp(suite.browser, suite.server.url, { hash: '#n=dgst&ui=en' });
    const { page } = app;
    await page.addInitScript(holdLayoutAnswers);
    await page.reload();
    await settled(page);

    const first = await neighbourIds('dgst');
    // A neighbour of dgst with neighbours of its own that the first expansion does not bring.
    let second = '';
    for (const id of first) {
      const more = (await neighbourIds(id)).filter((other) => other !== 'dgst' && !first.includes(other));
      if (more.length > 0) {
        second = id;
        break;
      }
    }
    expect(second).not.toBe('');

    await page.evaluate(() => {
      (window as unknown as { __hold: boolean }).__hold = true;
    });
    const at = await nodeOnPage(page, 'dgst');
    await page.mouse.dblclick(at.x, at.y);
    await expect.poll(async () => (await canvasState(page)).nodes).toContain(second);
    const countAfterFirst = (await canvasState(page)).nodes.length;
    const secondAt = await nodeOnPage(page, second);
    await page.mouse.dblclick(secondAt.x, secondAt.y);
    await expect.poll(async () => (await canvasState(page)).nodes.length).toBeGreaterThan(countAfterFirst);
    await expect.poll(async () => (await stats(page)).superseded).toBeGreaterThanOrEqual(1);

    await page.evaluate(() => {
      const w = window as unknown as { __hold: boolean; __held: (() => void)[] };
      w.__hold = false;
      for (const deliver of w.__held.splice(0)) deliver();
    });
    await settled(page);
    const now = await stats(page);
    expect(now.onPage).toBe(0);
    expectPlaced(await positions(page));
    // The superseded layout's nodes were taken into the one that replaced it.
    expect(await overlappingLabels(page)).toEqual([]);
    const moving = await page.evaluate(() => (window as unknown as { __sila: { cy: import('cytoscape').Core } }).__sila.cy.nodes().filter((n) => n.animated()).length);
    expect(moving).toBe(0);
    app.assertClean();
    await app.close();
  });
});
