/**
 * Issue 15, points 5, 6, 7, 11, 16 and 18 (the canvas part): zooming by a sensible step, a link and a
 * reload that give the same picture, a link with unknown ids, labels that change in place, a first view
 * that reads without zooming, and an empty canvas that says what to do.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canvasState, copiedLink, nodeOnPage, openApp, overlappingLabels, rectOf, screenshot, settled, useSeededApp } from '../../../test/browser.ts';
import { inkBox, inkIn } from '../../../test/pixels.ts';

const suite = useSeededApp();

interface Picture {
  edges: string[];
  positions: Record<string, { x: number; y: number }>;
  locked: string[];
  zoom: number;
  pan: { x: number; y: number };
}

async function picture(page: Page): Promise<Picture> {
  return page.evaluate(() => {
    const cy = (window as unknown as { __sila: { cy: import('cytoscape').Core } }).__sila.cy;
    return {
      edges: cy.edges().map((e) => String(e.data('eid'))).sort(),
      positions: Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position() }])),
      locked: cy.nodes().filter((n) => n.locked()).map((n) => n.id()),
      zoom: cy.zoom(),
      pan: { ...cy.pan() },
    };
  });
}

function expectSamePicture(actual: Picture, expected: Picture): void {
  expect(actual.edges).toEqual(expected.edges);
  expect(Object.keys(actual.positions).sort()).toEqual(Object.keys(expected.positions).sort());
  for (const [id, at] of Object.entries(expected.positions)) {
    const now = actual.positions[id];
    expect(Math.hypot((now?.x ?? Infinity) - at.x, (now?.y ?? Infinity) - at.y), id).toBeLessThan(1);
  }
  expect(actual.locked).toEqual(expected.locked);
  expect(actual.zoom / expected.zoom).toBeCloseTo(1, 3);
  expect(Math.abs(actual.pan.x - expected.pan.x)).toBeLessThan(1.5);
  expect(Math.abs(actual.pan.y - expected.pan.y)).toBeLessThan(1.5);
}

async function canvasCentre(page: Page): Promise<{ x: number; y: number }> {
  const rect = await rectOf(page, '#cy');
  if (!rect) throw new Error('no canvas');
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
}

async function zoomNow(page: Page): Promise<number> {
  await settled(page);
  return (await canvasState(page)).zoom;
}

describe('zooming (issue 15: 5)', () => {
  it('zooms by a fifth per wheel notch, by the + − and fit buttons, and by the + − 0 keys', async () => {
    const app = await openApp(suite.browser, suite.server.url, { hash: '#ui=en' });
    const { page } = app;
    const centre = await canvasCentre(page);
    const start = await zoomNow(page);
    await page.mouse.move(centre.x, centre.y);
    await page.mouse.wheel(0, -100);
    const notch = await zoomNow(page);
    expect(notch / start).toBeGreaterThan(1.15);
    expect(notch / start).toBeLessThan(1.4);
    await page.mouse.wheel(0, 100);
    expect((await zoomNow(page)) / start).toBeCloseTo(1, 2);

    await page.locator('[data-action="zoom-in"]').click();
    const bigger = await zoomNow(page);
    expect(bigger / start).toBeGreaterThan(1.15);
    await page.locator('[data-action="zoom-out"]').click();
    await page.locator('[data-action="zoom-out"]').click();
    expect(await zoomNow(page)).toBeLessThan(start);
    await page.locator('[data-action="zoom-fit"]').click();
    expect((await zoomNow(page)) / start).toBeCloseTo(1, 1);
    await screenshot(page, '15-05-zoom-controls');

    await page.locator('#cy').focus();
    await page.keyboard.press('+');
    expect((await zoomNow(page)) / start).toBeGreaterThan(1.15);
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    expect(await zoomNow(page)).toBeLessThan(start);
    await page.keyboard.press('0');
    const fitted = await zoomNow(page);
    expect(fitted / start).toBeCloseTo(1, 1);
    const outside = await page.evaluate(() => {
      const cy = (window as unknown as { __sila: { cy: import('cytoscape').Core } }).__sila.cy;
      const view = cy.extent();
      return cy.nodes().filter((n) => {
        const p = n.position();
        return p.x < view.x1 || p.x > view.x2 || p.y < view.y1 || p.y > view.y2;
      }).length;
    });
    expect(outside).toBe(0);
    app.assertClean();
    await app.close();
  });
});

describe('the same picture from a link and after a reload (issue 15: 6)', () => {
  it('restores exactly the relationships shown, every position, the pin, the zoom and the pan', async () => {
    const app = await openApp(suite.browser, suite.server.url, { hash: '#n=abdellatif-hammouchi' });
    const { page } = app;
    const hammouchi = await nodeOnPage(page, 'abdellatif-hammouchi');
    await page.mouse.dblclick(hammouchi.x, hammouchi.y);
    await settled(page);
    const bcij = await nodeOnPage(page, 'bcij');
    await page.mouse.dblclick(bcij.x, bcij.y);
    await settled(page);
    const dgst = await nodeOnPage(page, 'dgst');
    await page.mouse.click(dgst.x, dgst.y);
    await page.locator('.panel .node-panel[data-node="dgst"] [data-action="pin"]').click();
    const from = await nodeOnPage(page, 'dgst');
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 70, from.y + 50, { steps: 6 });
    await page.mouse.up();
    const centre = await canvasCentre(page);
    await page.mouse.move(centre.x, centre.y);
    await page.mouse.wheel(0, -100);
    await settled(page);
    const shown = await picture(page);
    expect(shown.locked).toEqual(['dgst']);
    expect(shown.edges.length).toBeGreaterThan(5);

    const link = await copiedLink(page);
    // Compact: the whole picture in a couple of kilobytes, not ids and coordinates spelled out.
    expect(link.length).toBeLessThan(3000);
    const other = await openApp(suite.browser, suite.server.url, { hash: new URL(link).hash });
    expectSamePicture(await picture(other.page), shown);
    await screenshot(other.page, '15-06-shared-picture');
    other.assertClean();
    await other.close();

    await page.reload();
    await settled(page);
    expectSamePicture(await picture(page), shown);
    app.assertClean();
    await app.close();
  });
});

describe('a link naming ids that no longer exist (issue 15: 7)', () => {
  it('opens what exists and says, in the interface language, which ids were not found', async () => {
    const app = await openApp(suite.browser, suite.server.url, { hash: '#n=bcij,nope' });
    const { page } = app;
    expect((await canvasState(page)).nodes).toEqual(['bcij']);
    const notice = page.locator('.notice[data-name="missing-ids"]');
    await notice.waitFor();
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('nope');
    expect(text).toContain('غير موجود');
    expect(text).not.toMatch(/not found|No node|Not Found/i);
    await screenshot(page, '15-07-missing-ids');
    app.assertClean();
    await app.close();
  });
});

describe('changing the label language (issue 15: 11)', () => {
  it('changes the labels in place: no node moves between Arabic and English, and no label lands on another', async () => {
    const app = await openApp(suite.browser, suite.server.url);
    const { page } = app;
    const before = (await picture(page)).positions;
    const moved = async (): Promise<string[]> => {
      await settled(page);
      const now = (await picture(page)).positions;
      return Object.keys(before).filter((id) => Math.hypot((now[id]?.x ?? 0) - (before[id]?.x ?? 0), (now[id]?.y ?? 0) - (before[id]?.y ?? 0)) > 0.5);
    };
    await page.selectOption('#labels-select', 'en');
    expect(await moved()).toEqual([]);
    expect(await overlappingLabels(page)).toEqual([]);
    await page.selectOption('#labels-select', 'both');
    expect((await moved()).length).toBeLessThanOrEqual(2);
    expect(await overlappingLabels(page)).toEqual([]);
    await screenshot(page, '15-11-labels-both-in-place');
    app.assertClean();
    await app.close();
  });
});

describe('a first view that reads without zooming (issue 15: 16)', () => {
  it('at 1440×900 draws every label it shows at 11 px or more, the well-connected ones first, the same way on every load', async () => {
    const app = await openApp(suite.browser, suite.server.url);
    const { page } = app;
    const labels = await page.evaluate(() => {
      const cy = (window as unknown as { __sila: { cy: import('cytoscape').Core } }).__sila.cy;
      return cy.nodes().map((n) => ({ id: n.id(), degree: n.degree(false), px: parseFloat(String(n.style('font-size'))) * cy.zoom(), shown: parseFloat(String(n.style('text-opacity'))) > 0 && parseFloat(String(n.style('font-size'))) > 2 }));
    });
    const shown = labels.filter((l) => l.shown);
    expect(shown.length).toBeGreaterThanOrEqual(20);
    for (const label of shown) expect(label.px, label.id).toBeGreaterThanOrEqual(11);
    for (const label of labels.filter((l) => l.degree >= 3)) expect(label.shown, label.id).toBe(true);
    await screenshot(page, '15-16-first-view');

    // On the screen: «المغرب» (a hub) is drawn at least as large as 11 px text.
    const morocco = await nodeOnPage(page, 'morocco');
    const label = await inkIn(page, { x: morocco.x - 60, y: morocco.y + 8, width: 120, height: 40 });
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'test-reference';
      p.textContent = 'المغرب';
      Object.assign(p.style, { position: 'fixed', top: '120px', left: '500px', margin: '0', fontFamily: '"Noto Naskh Arabic"', fontSize: '11px', background: '#fff', zIndex: '1000' });
      document.body.append(p);
    });
    const reference = await inkIn(page, (await rectOf(page, '#test-reference')) ?? { x: 0, y: 0, width: 1, height: 1 });
    const drawn = inkBox(label);
    const eleven = inkBox(reference);
    expect(drawn && eleven ? drawn.x2 - drawn.x1 : 0).toBeGreaterThanOrEqual(eleven ? eleven.x2 - eleven.x1 : Infinity);

    // A small node's label shows when the reader points at it, at a readable size.
    const small = labels.find((l) => !l.shown);
    expect(small).toBeDefined();
    const at = await nodeOnPage(page, small?.id ?? '');
    await page.mouse.move(at.x, at.y);
    await expect
      .poll(() => page.evaluate((id) => {
        const cy = (window as unknown as { __sila: { cy: import('cytoscape').Core } }).__sila.cy;
        const n = cy.getElementById(id);
        return parseFloat(String(n.style('text-opacity'))) > 0 ? parseFloat(String(n.style('font-size'))) * cy.zoom() : 0;
      }, small?.id ?? ''))
      .toBeGreaterThanOrEqual(14);
    await screenshot(page, '15-16-hovered-small-node');

    // The same data gives the same first layout.
    const again = await openApp(suite.browser, suite.server.url);
    const first = (await picture(page)).positions;
    const second = (await picture(again.page)).positions;
    for (const [id, p] of Object.entries(first)) expect(Math.hypot((second[id]?.x ?? 0) - p.x, (second[id]?.y ?? 0) - p.y), id).toBeLessThan(0.5);
    again.assertClean();
    await again.close();
    app.assertClean();
    await app.close();
  });
});

describe('an empty canvas (issue 15: 18)', () => {
  it('says what to do, stays empty after a reload, and the ? key opens the keyboard help', async () => {
    const app = await openApp(suite.browser, suite.server.url, { hash: '#n=dgst,bcij&ui=en' });
    const { page } = app;
    await page.locator('#cy').focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await settled(page);
    expect((await canvasState(page)).nodes).toEqual([]);
    const hint = page.locator('.empty-hint');
    await hint.waitFor();
    expect(await hint.textContent()).toContain('The canvas is empty');
    await screenshot(page, '15-18-empty-canvas');
    await page.reload();
    await settled(page);
    expect((await canvasState(page)).nodes).toEqual([]);
    await hint.waitFor();

    await page.keyboard.press('?');
    const help = page.locator('#key-help');
    await help.waitFor();
    expect(await help.locator('kbd[dir="ltr"]').count()).toBeGreaterThan(10);
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'hidden' });

    await page.locator('[data-action="empty-reset"]').click();
    await settled(page);
    const start = (await (await fetch(`${suite.server.url}/api/graph`)).json()) as { nodes: { id: string }[] };
    expect((await canvasState(page)).nodes.length).toBe(start.nodes.length);
    expect(await hint.isHidden()).toBe(true);
    app.assertClean();
    await app.close();
  });
});
