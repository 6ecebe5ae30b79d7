/**
 * Issue 15, points 1 and 8: the layout at 390×844, 1024×768 and 1440×900. The canvas takes the width the
 * panes leave, nothing scrolls sideways, panes open beside or below the canvas and never over it or the
 * tools, and touch works. Screenshots in test-results/screenshots/15-*.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canvasState, intersects, nodeOnPage, openApp, rectOf, screenshot, settled, useSeededApp, type Rect } from '../../../test/browser.ts';

const suite = useSeededApp();

async function sideways(page: Page): Promise<{ scroll: number; inner: number }> {
  return page.evaluate(() => ({ scroll: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth), inner: window.innerWidth }));
}

async function displayed(page: Page, selector: string): Promise<Rect> {
  const rect = await rectOf(page, selector);
  if (!rect) throw new Error(`${selector} is not displayed`);
  return rect;
}

/** Every toolbar control that shows, and whether the point at its centre is the control itself (nothing lies on it). */
async function coveredTools(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.toolbar button, .toolbar select, .toolbar summary')]
      .filter((element) => element.checkVisibility())
      .filter((element) => {
        const r = element.getBoundingClientRect();
        const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
        return !(top && (top === element || element.contains(top)));
      })
      .map((element) => element.dataset.action ?? element.id ?? element.tagName),
  );
}

/** Whether the canvas itself is what shows at a node's place (no pane or drawer lies over it). */
async function nodeInView(page: Page, id: string): Promise<boolean> {
  const at = await nodeOnPage(page, id);
  return page.evaluate(({ x, y }) => {
    const cy = document.getElementById('cy');
    const top = document.elementFromPoint(x, y);
    const r = cy?.getBoundingClientRect();
    return !!cy && !!top && cy.contains(top) && !!r && x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
  }, at);
}

describe('a phone (issue 15: 1)', () => {
  it('at 390×844 the canvas takes the width, nothing scrolls sideways, and the legend opens as a sheet below the canvas', async () => {
    const app = await openApp(suite.browser, suite.server.url, { viewport: { width: 390, height: 844 }, touch: true });
    const { page } = app;
    const start = await sideways(page);
    expect(start.scroll).toBeLessThanOrEqual(start.inner);
    const canvas = await displayed(page, '#cy');
    expect(canvas.width).toBeGreaterThanOrEqual(385);
    expect(canvas.height).toBeGreaterThan(500);
    expect(await rectOf(page, '#legend-pane')).toBeNull();
    expect(await rectOf(page, '#side-pane')).toBeNull();
    await screenshot(page, '15-01-phone-start');

    await page.locator('[data-action="toggle-legend"]').tap();
    const sheet = await displayed(page, '#legend-pane');
    const shrunk = await displayed(page, '#cy');
    // Below the canvas, not over it; the canvas keeps the whole width.
    expect(sheet.y).toBeGreaterThanOrEqual(shrunk.y + shrunk.height - 1);
    expect(shrunk.width).toBeGreaterThanOrEqual(385);
    expect((await sideways(page)).scroll).toBeLessThanOrEqual(start.inner);
    await screenshot(page, '15-01-phone-legend-sheet');

    // One sheet at a time: the article takes the legend's place.
    await page.locator('[data-action="article"]').tap();
    await page.locator('#article-drawer .mention').first().waitFor();
    expect(await rectOf(page, '#legend-pane')).toBeNull();
    const article = await displayed(page, '#article-drawer');
    expect(intersects(article, await displayed(page, '#cy'))).toBe(false);
    await screenshot(page, '15-01-phone-article-sheet');

    // The keyboard help is a dialog that fits the screen, not a strip of letters over the legend.
    await page.locator('[data-action="help"]').tap();
    const help = await displayed(page, '.key-help-box');
    expect(help.x).toBeGreaterThanOrEqual(0);
    expect(help.x + help.width).toBeLessThanOrEqual(390);
    expect(help.width).toBeGreaterThan(300);
    await screenshot(page, '15-01-phone-key-help');
    app.assertClean();
    await app.close();
  });

  it('on a touch screen a tap selects, a double tap expands, and a pinch zooms', async () => {
    const app = await openApp(suite.browser, suite.server.url, { hash: '#n=dgst,bcij', viewport: { width: 390, height: 844 }, touch: true });
    const { page } = app;
    const at = await nodeOnPage(page, 'dgst');
    await page.touchscreen.tap(at.x, at.y);
    await expect.poll(async () => (await canvasState(page)).selected).toEqual(['dgst']);
    // The details open as a sheet for what was picked.
    await page.locator('#side-pane .node-panel[data-node="dgst"]').waitFor();
    await settled(page);

    const before = (await canvasState(page)).nodes.length;
    const again = await nodeOnPage(page, 'dgst');
    await page.touchscreen.tap(again.x, again.y);
    await page.touchscreen.tap(again.x, again.y);
    await settled(page);
    expect((await canvasState(page)).nodes.length).toBeGreaterThan(before);

    const zoom = (await canvasState(page)).zoom;
    const canvas = await displayed(page, '#cy');
    const cx = canvas.x + canvas.width / 2;
    const cy = canvas.y + canvas.height / 2;
    const cdp = await page.context().newCDPSession(page);
    const fingers = (spread: number): { x: number; y: number; id: number }[] => [
      { x: cx - spread, y: cy, id: 1 },
      { x: cx + spread, y: cy, id: 2 },
    ];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(30) });
    for (let spread = 40; spread <= 120; spread += 10) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(spread) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await settled(page);
    expect((await canvasState(page)).zoom).toBeGreaterThan(zoom * 1.5);
    await screenshot(page, '15-01-phone-pinched');
    app.assertClean();
    await app.close();
  });
});

describe('narrow desktop widths (issue 15: 1)', () => {
  it('gives the canvas most of the width at 1024×768 and 1440×900', async () => {
    for (const [width, height, least] of [
      [1024, 768, 650],
      [1440, 900, 850],
    ] as const) {
      const app = await openApp(suite.browser, suite.server.url, { hash: '#ui=en', viewport: { width, height } });
      const { page } = app;
      expect((await displayed(page, '#cy')).width, `${width}×${height}`).toBeGreaterThanOrEqual(least);
      const scroll = await sideways(page);
      expect(scroll.scroll).toBeLessThanOrEqual(scroll.inner);
      await screenshot(page, `15-01-${width}x${height}`);
      app.assertClean();
      await app.close();
    }
  });
});

describe('the article beside the canvas (issue 15: 8)', () => {
  it('never covers the tools, and the node a mention places is where the reader can see it, in Arabic at 1440 and English at 1024', async () => {
    for (const [width, height, ui] of [
      [1440, 900, 'ar'],
      [1024, 768, 'en'],
    ] as const) {
      const app = await openApp(suite.browser, suite.server.url, { hash: `#n=dgst&ui=${ui}`, viewport: { width, height } });
      const { page } = app;
      await page.locator('[data-action="article"]').click();
      const mention = page.locator('#article-drawer .mention[data-entity="abdellatif-hammouchi"]').first();
      await mention.waitFor();
      expect(await coveredTools(page), `${ui} ${width}`).toEqual([]);
      await mention.click();
      await settled(page);
      expect((await canvasState(page)).selected).toEqual(['abdellatif-hammouchi']);
      expect(await nodeInView(page, 'abdellatif-hammouchi'), `${ui} ${width}`).toBe(true);
      expect(await coveredTools(page)).toEqual([]);
      await screenshot(page, `15-08-article-${ui}-${width}`);
      app.assertClean();
      await app.close();
    }
  });
});
