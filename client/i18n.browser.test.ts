/**
 * Issue 15, points 13, 14, 15 and the legend of 18: the Arabic interface speaks Arabic (relationship
 * types, menus, edge labels, properties, undo tips, the server's problems), counts agree with their
 * numbers, nothing is broken mid-word or reordered, and the legend is one stop of the Tab order.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { testCypher } from '../test/cypher.ts';
import { canvasState, nodeOnPage, openApp, screenshot, settled, useSeededApp } from '../test/browser.ts';

const suite = useSeededApp();

const latinWord = /[A-Za-z]{3,}/;
const arabic = /[\u0600-\u06FF]/;

async function selectAll(page: Page): Promise<void> {
  await page.locator('#cy').focus();
  await page.keyboard.press('Control+a');
}

describe('the Arabic interface speaks Arabic (issue 15: 13)', () => {
  it('names relationship types and properties in Arabic in the legend, menus, edge labels, panel and undo tips', async () => {
    const app = await openApp(suite.browser, suite.server.url, { hash: '#n=abdellatif-hammouchi,dgst,bcij,moroccan-security-services' });
    const { page } = app;
    const legendTypes = await page.locator('.legend-item[data-type] .legend-name').allTextContents();
    expect(legendTypes.length).toBeGreaterThan(1);
    for (const name of legendTypes) {
      expect(name).toMatch(arabic);
      expect(name).not.toMatch(latinWord);
    }
    const edgeLabels = await page.evaluate(() => (window as unknown as { __sila: { cy: import('cytoscape').Core } }).__sila.cy.edges().map((e) => String(e.data('label'))));
    for (const label of edgeLabels) expect(label).toMatch(arabic);

    const at = await nodeOnPage(page, 'abdellatif-hammouchi');
    await page.mouse.click(at.x, at.y, { button: 'right' });
    const byType = page.locator('.context-menu [data-action^="expand-type:"]');
    await byType.first().waitFor();
    for (const item of await byType.allTextContents()) expect(item).not.toMatch(latinWord);
    await screenshot(page, '15-13-context-menu-arabic');
    await page.keyboard.press('Escape');

    await page.mouse.click(at.x, at.y);
    const panel = page.locator('.node-panel[data-node="abdellatif-hammouchi"]');
    await panel.waitFor();
    await panel.locator('.props summary').click();
    const keys = await panel.locator('.properties dt').allTextContents();
    expect(keys.length).toBeGreaterThan(2);
    for (const key of keys) expect(key).toMatch(arabic);
    for (const type of await panel.locator('.relationship-head .type-name').allTextContents()) expect(type).not.toMatch(latinWord);
    await screenshot(page, '15-13-panel-arabic');

    await panel.locator('[data-action="hide"]').click();
    const tip = (await page.locator('[data-action="undo"]').getAttribute('title')) ?? '';
    expect(tip).toMatch(arabic);
    expect(tip).not.toMatch(latinWord);
    app.assertClean();
    await app.close();
  });

  it('words a problem from the server by its code, in Arabic', async () => {
    const id = 'vanishing-entity-15';
    await suite.server.db.write(testCypher('vanishing-entity-create'), { id, nameAr: 'كيان عابر', nameEn: 'Vanishing entity' });
    const app = await openApp(suite.browser, suite.server.url, { hash: `#n=${id}`, allow: [/status of 404/] });
    const { page } = app;
    try {
      expect((await canvasState(page)).nodes).toEqual([id]);
      await suite.server.db.write(testCypher('vanishing-entity-delete'), { id });
      const at = await nodeOnPage(page, id);
      await page.mouse.dblclick(at.x, at.y);
      const notice = page.locator('.notice-error').first();
      await notice.waitFor();
      expect(await notice.locator('.notice-title').textContent()).toBe('كيان غير موجود');
      const detail = (await notice.locator('.notice-detail').textContent()) ?? '';
      expect(detail).toContain(id);
      expect(detail.replace(id, '')).not.toMatch(latinWord);
      await screenshot(page, '15-13-problem-in-arabic');
      app.assertClean();
    } finally {
      await suite.server.db.write(testCypher('vanishing-entity-delete'), { id });
      await app.close();
    }
  });
});

describe('counts agree with their numbers (issue 15: 14)', () => {
  it('says «عقدتان», «3 عقد» and «11 عقدة», and «مسار واحد»', async () => {
    const app = await openApp(suite.browser, suite.server.url, { hash: '#n=abdellatif-hammouchi,dgst' });
    const { page } = app;
    await selectAll(page);
    await expect.poll(() => page.locator('.selected-count').textContent()).toBe('حُدِّدت عقدتان');
    await app.close();

    const three = await openApp(suite.browser, suite.server.url, { hash: '#n=abdellatif-hammouchi,dgst,bcij' });
    await selectAll(three.page);
    await expect.poll(() => three.page.locator('.selected-count').textContent()).toBe('حُدِّدت 3 عقد');
    await three.close();

    const graph = (await (await fetch(`${suite.server.url}/api/graph`)).json()) as { nodes: { id: string }[] };
    const eleven = await openApp(suite.browser, suite.server.url, { hash: `#n=${graph.nodes.slice(0, 11).map((n) => n.id).join(',')}` });
    await selectAll(eleven.page);
    await expect.poll(() => eleven.page.locator('.selected-count').textContent()).toBe('حُدِّدت 11 عقدة');
    await screenshot(eleven.page, '15-14-eleven-selected');
    await eleven.close();

    const path = await openApp(suite.browser, suite.server.url, { hash: '#n=abdellatif-hammouchi,dgst' });
    for (const [id, end] of [
      ['abdellatif-hammouchi', 'path-from'],
      ['dgst', 'path-to'],
    ] as const) {
      const at = await nodeOnPage(path.page, id);
      await path.page.mouse.click(at.x, at.y);
      await path.page.locator(`.node-panel[data-node="${id}"]`).waitFor();
      await path.page.locator(`.panel [data-action="${end}"]`).click();
    }
    await path.page.locator('[data-action="path-shortest"]').click();
    await expect.poll(() => path.page.locator('.paths-result').textContent()).toBe('مسار واحد بطول خطوة واحدة');
    path.assertClean();
    await path.close();
  });
});

describe('display faults (issue 15: 15)', () => {
  it('breaks no legend name inside a word, and shows Ctrl+` in that order in Arabic', async () => {
    const app = await openApp(suite.browser, suite.server.url, { hash: '#ui=en' });
    const { page } = app;
    const broken = await page.evaluate(() => {
      const out: string[] = [];
      for (const name of document.querySelectorAll('.legend-name')) {
        const text = name.firstChild;
        if (!text || text.nodeType !== Node.TEXT_NODE) continue;
        const content = text.textContent ?? '';
        let at = 0;
        for (const word of content.split(' ')) {
          const range = document.createRange();
          range.setStart(text, at);
          range.setEnd(text, at + word.length);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (lines.size > 1) out.push(word);
          at += word.length + 1;
        }
      }
      return out;
    });
    expect(broken).toEqual([]);
    await screenshot(page, '15-15-legend-english');
    await page.selectOption('#ui-select', 'ar');
    await page.keyboard.press('?');
    const combination = page.locator('#key-help kbd[dir="ltr"]', { hasText: '`' });
    await combination.waitFor();
    const order = await combination.locator('kbd').evaluateAll((keys) => keys.map((k) => ({ text: k.textContent, x: k.getBoundingClientRect().x })));
    expect(order.map((k) => k.text)).toEqual(['Ctrl', '`']);
    expect(order[0]?.x ?? 0).toBeLessThan(order[1]?.x ?? 0);
    await screenshot(page, '15-15-key-help-arabic');
    app.assertClean();
    await app.close();
  });

  it('gives the two lines of «both» air, keeps each name of a neighbour link in one piece, and sizes a selected edge’s label for the screen', async () => {
    const app = await openApp(suite.browser, suite.server.url);
    const { page } = app;
    // «المغرب» over «Morocco»: two one-line names, so «both» is two lines of one.
    const labelHeight = (): Promise<number> =>
      page.evaluate(() => {
        const cy = (window as unknown as { __sila: { cy: import('cytoscape').Core } }).__sila.cy;
        const node = cy.getElementById('morocco');
        return node.boundingBox({ includeLabels: true, useCache: false } as import('cytoscape').BoundingBoxOptions).y2 - node.boundingBox({ includeLabels: false }).y2;
      });
    const one = await labelHeight();
    await page.selectOption('#labels-select', 'both');
    await settled(page);
    expect((await labelHeight()) / (2 * one)).toBeGreaterThan(0.95);

    const at = await nodeOnPage(page, 'abdellatif-hammouchi');
    await page.mouse.click(at.x, at.y);
    const link = page.locator('.node-panel .neighbour-list button').first();
    await link.waitFor();
    const parts = await link.locator('bdi').evaluateAll((items) => items.map((b) => ({ lang: b.getAttribute('lang'), rects: [...b.getClientRects()].map((r) => ({ left: r.left, right: r.right, top: Math.round(r.top) })) })));
    expect(parts.map((p) => p.lang)).toEqual(['ar', 'en']);
    const [ar, en] = parts;
    // Right to left, line by line: where both names share a line, the Arabic one is wholly to the right.
    for (const a of ar?.rects ?? []) {
      for (const e of (en?.rects ?? []).filter((r) => Math.abs(r.top - a.top) < 5)) expect(a.left).toBeGreaterThanOrEqual(e.right - 1);
    }
    await screenshot(page, '15-15-both-mode');

    // A relationship of the first view clicked in its middle at the starting zoom, where no node is near.
    await page.selectOption('#labels-select', 'ar');
    await settled(page);
    await page.mouse.move(5, 5);
    const middle = await page.evaluate(() => {
      const cy = (window as unknown as { __sila: { cy: import('cytoscape').Core } }).__sila.cy;
      const rect = cy.container()?.getBoundingClientRect() ?? { left: 0, top: 0 };
      const boxes = cy.nodes().map((n) => n.renderedBoundingBox({ includeLabels: true }));
      const clear = cy.edges().filter((e) => {
        const m = e.renderedMidpoint();
        return boxes.every((b) => m.x < b.x1 - 15 || m.x > b.x2 + 15 || m.y < b.y1 - 15 || m.y > b.y2 + 15);
      });
      const m = clear.nonempty() ? clear[0]?.renderedMidpoint() : undefined;
      return m ? { x: rect.left + m.x, y: rect.top + m.y } : { x: -1, y: -1 };
    });
    await page.mouse.click(middle.x, middle.y);
    await settled(page);
    const label = await page.evaluate(() => {
      const cy = (window as unknown as { __sila: { cy: import('cytoscape').Core } }).__sila.cy;
      const edge = cy.edges(':selected');
      return edge.empty() ? 0 : parseFloat(String(edge.style('font-size'))) * cy.zoom();
    });
    expect(label).toBeGreaterThanOrEqual(12);
    await screenshot(page, '15-15-selected-edge-label');
    app.assertClean();
    await app.close();
  });
});

describe('the legend as one stop (issue 15: 18)', () => {
  it('shows and hides all kinds at once, and is one stop of the Tab order that arrows move within', async () => {
    const app = await openApp(suite.browser, suite.server.url, { hash: '#ui=en' });
    const { page } = app;
    const total = (await canvasState(page)).nodes.length;
    await page.locator('[data-action="hide-all-kinds"]').click();
    await settled(page);
    expect((await canvasState(page)).nodes).toEqual([]);
    await page.locator('[data-action="show-all-kinds"]').click();
    await settled(page);
    expect((await canvasState(page)).nodes.length).toBe(total);

    // From the last tool to the canvas: the legend's close button, the legend, then the canvas.
    await page.locator('[data-action="share"]').focus();
    const stops: string[] = [];
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      const here = await page.evaluate(() => {
        const a = document.activeElement as HTMLElement | null;
        return a?.id === 'cy' ? 'canvas' : a?.closest('#legend-pane') ? 'legend' : (a?.tagName ?? '');
      });
      stops.push(here);
      if (here === 'canvas') break;
    }
    expect(stops.at(-1)).toBe('canvas');
    expect(stops.filter((s) => s === 'legend').length).toBeLessThanOrEqual(2);

    await page.locator('.legend-item[data-kind="Agency"] input').focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.closest('.legend-item')?.getAttribute('data-kind'))).toBe('Person');
    app.assertClean();
    await app.close();
  });
});
