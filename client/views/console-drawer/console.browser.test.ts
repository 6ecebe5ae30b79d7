import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canvasState, nodeBoxesOnPage, nodeOnPage, openApp, rectOf, screenshot, settled, useSeededApp } from '../../../test/browser.ts';

const suite = useSeededApp();

/** Waits for the editor; if it never comes, the failure says what the drawer shows instead. */
async function openedConsole(page: Page): Promise<void> {
  try {
    await page.locator('#console-drawer .cm-content').waitFor({ timeout: 20_000 });
  } catch (error) {
    const drawer = await page.evaluate(() => {
      const element = document.getElementById('console-drawer');
      return { hidden: element?.hidden, text: element?.textContent ?? null };
    });
    throw new Error(`The console did not open: ${JSON.stringify(drawer)}`, { cause: error });
  }
}

describe('the Cypher console (7)', () => {
  it('opens from the keyboard, runs with Ctrl+Enter, shows a table and adds the result graph to the canvas', async () => {
    const app = await openApp(suite.browser, suite.server.url, { hash: '#n=fes&ui=en' });
    const { page } = app;
    await page.locator('#cy').focus();
    await page.keyboard.press('Control+Backquote');
    const editor = page.locator('#console-drawer .cm-content');
    await editor.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.cm-editor') !== null)).toBe(true);
    await page.keyboard.type('MATCH (p:Person)-[r:HEADS]->(a:Agency) RETURN p, r, a');
    await page.keyboard.press('Control+Enter');
    const table = page.locator('#console-drawer .sila-console-table');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
    await screenshot(page, '07-console-table');
    await page.locator('#console-drawer button', { hasText: 'Add to canvas' }).click();
    await settled(page);
    const state = await canvasState(page);
    expect(state.nodes).toContain('fes');
    expect(state.nodes).toContain('abdellatif-hammouchi');
    expect(state.edges.some((id) => id.includes('heads'))).toBe(true);
    await page.locator('#console-drawer button', { hasText: 'Replace canvas' }).click();
    await settled(page);
    expect((await canvasState(page)).nodes).not.toContain('fes');
    app.assertClean();
    await app.close();
  });

  it('shows Neo4j’s message and the position of a syntax error', async () => {
    const app = await openApp(suite.browser, suite.server.url, { hash: '#ui=en', allow: [/status of 400/] });
    const { page } = app;
    await page.locator('[data-action="console"]').click();
    await page.locator('#console-drawer .cm-content').waitFor();
    await page.locator('#console-drawer .cm-content').click();
    await page.keyboard.type('MATCH (n RETURN n');
    await page.keyboard.press('Control+Enter');
    const position = page.locator('#console-drawer .sila-console-error-position');
    await position.waitFor();
    expect(await position.textContent()).toMatch(/line 1, column \d+/);
    expect(await page.locator('#console-drawer .sila-console-error-detail').textContent()).not.toBe('');
    await screenshot(page, '07-console-error');
    app.assertClean();
    await app.close();
  });
});

describe('work in progress (12)', () => {
  it('shows progress while an expansion is under way and clears it when done', async () => {
    const app = await openApp(suite.browser, suite.server.url, { hash: '#n=dgst&ui=en' });
    const { page } = app;
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/nodes/dgst/neighbors*', async (route: Route) => {
      await held;
      await route.continue();
    });
    await page.locator('#cy').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.locator('.progress').waitFor({ state: 'visible' });
    expect(await page.locator('.progress-label').textContent()).toBe('Expanding…');
    await screenshot(page, '12-progress');
    release();
    await settled(page);
    expect(await page.locator('.progress').isHidden()).toBe(true);
    expect((await canvasState(page)).nodes.length).toBeGreaterThan(1);
    app.assertClean();
    await app.close();
  });

  it('cancels a running console query', async () => {
    const app = await openApp(suite.browser, suite.server.url, { hash: '#ui=en' });
    const { page } = app;
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/cypher', async (route: Route) => {
      await held;
      await route.continue().catch(() => undefined);
    });
    await page.locator('[data-action="console"]').click();
    await openedConsole(page);
    await page.locator('#console-drawer .cm-content').click();
    await page.keyboard.type('MATCH (n) RETURN count(n)');
    await page.keyboard.press('Control+Enter');
    const cancel = page.locator('#console-drawer .sila-console-cancel');
    await cancel.waitFor({ state: 'visible' });
    expect(await page.locator('.progress-label').textContent()).toBe('Running the query…');
    await cancel.click();
    await expect.poll(() => page.locator('#console-drawer .sila-console-progress').textContent()).toContain('Cancelled');
    expect(await cancel.isHidden()).toBe(true);
    release();
    await settled(page);
    expect(await page.locator('.progress').isHidden()).toBe(true);
    app.assertClean();
    await app.close();
  });
});

describe('the console beside the canvas (issue 15: 12, 13, 18)', () => {
  it('names relationship ends in result cells by slug and name, never by Neo4j element id', async () => {
    const app = await openApp(suite.browser, suite.server.url, { hash: '#n=fes&ui=en' });
    const { page } = app;
    await page.locator('[data-action="console"]').click();
    await openedConsole(page);
    await page.locator('#console-drawer .cm-content').click();
    await page.keyboard.type('MATCH (p:Person)-[r]->(a:Agency) RETURN p, r, a');
    await page.keyboard.press('Control+Enter');
    const table = page.locator('#console-drawer .sila-console-table');
    await table.waitFor();
    const cells = (await table.locator('tbody td').allTextContents()).join('\n');
    expect(cells).not.toMatch(/\(\d+:[0-9a-f-]{8,}:\d+\)/);
    expect(cells).toMatch(/\(abdellatif-hammouchi "[^"]+"\)-\[:[A-Z_]+\]->\([a-z-]+ "[^"]+"\)/);
    app.assertClean();
    await app.close();
  });

  it('lays out and fits a replaced canvas in what the drawer leaves, and Fit does too', async () => {
    // The starting view holds every node the query returns: replacing the canvas with them brings no new node.
    const app = await openApp(suite.browser, suite.server.url, { hash: '#ui=en' });
    const { page } = app;
    // Looking closely at Fès: most of what the query returns is out of view.
    await page.locator('#search-input').fill('Fes');
    await page.locator('.search-hit[data-id="fes"]').click();
    await settled(page);
    await page.mouse.move(...Object.values(await nodeOnPage(page, 'fes')) as [number, number]);
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -100);
    await settled(page);
    const before = await canvasState(page);
    await page.keyboard.press('Control+Backquote');
    await openedConsole(page);
    await page.keyboard.type('MATCH (p:Person)-[r]->(a:Agency) RETURN p, r, a');
    await page.keyboard.press('Control+Enter');
    await page.locator('#console-drawer .sila-console-table').waitFor();
    await page.locator('#console-drawer button', { hasText: 'Replace canvas' }).click();
    await settled(page);
    const after = await canvasState(page);
    expect(after.nodes).not.toContain('fes');
    expect(after.zoom).not.toBeCloseTo(before.zoom, 2);
    const inside = async (): Promise<string[]> => {
      const canvas = await rectOf(page, '#cy');
      const drawer = await rectOf(page, '#console-drawer');
      if (!canvas || !drawer) throw new Error('canvas or drawer missing');
      expect(canvas.y + canvas.height).toBeLessThanOrEqual(drawer.y + 1);
      return (await nodeBoxesOnPage(page)).filter(({ box }) => !(box.x >= canvas.x && box.y >= canvas.y && box.x + box.width <= canvas.x + canvas.width && box.y + box.height <= canvas.y + canvas.height)).map(({ id }) => id);
    };
    expect(await inside()).toEqual([]);
    await screenshot(page, '15-12-console-replace-fitted');
    await page.locator('#cy').focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('+');
    await page.locator('[data-action="fit"]').click();
    await settled(page);
    expect(await inside()).toEqual([]);
    app.assertClean();
    await app.close();
  });

  it('speaks Arabic in the Arabic interface: example titles and refusals', async () => {
    const app = await openApp(suite.browser, suite.server.url, { hash: '#n=fes', allow: [/status of 403/] });
    const { page } = app;
    await page.locator('[data-action="console"]').click();
    await openedConsole(page);
    const example = page.locator('#console-drawer .sila-console-example-title').first();
    await example.waitFor();
    expect(await example.textContent()).toMatch(/[\u0600-\u06FF]/);
    await page.locator('#console-drawer .cm-content').click();
    await page.keyboard.type('CREATE (n:Probe) RETURN n');
    await page.keyboard.press('Control+Enter');
    const title = page.locator('#console-drawer .sila-console-error-title');
    await title.waitFor();
    expect(await title.textContent()).toBe('الاستعلام غير مسموح');
    expect(await page.locator('#console-drawer .sila-console-error-detail').textContent()).toContain('للقراءة فقط');
    await screenshot(page, '15-13-console-refusal-arabic');
    app.assertClean();
    await app.close();
  });

  it('opens each result as its table: a Graph choice made for one query does not stick to the next', async () => {
    const app = await openApp(suite.browser, suite.server.url, { hash: '#n=fes' });
    const { page } = app;
    await page.locator('[data-action="console"]').click();
    await openedConsole(page);
    await page.locator('#console-drawer .cm-content').click();
    await page.keyboard.type('MATCH (n:Agency) RETURN n LIMIT 3');
    await page.keyboard.press('Control+Enter');
    await page.locator('#console-drawer .sila-console-table').waitFor();
    const graphButton = page.locator('#console-drawer .sila-console-toggle button').nth(1);
    await graphButton.click();
    expect(await graphButton.getAttribute('aria-pressed')).toBe('true');
    await page.locator('#console-drawer .cm-content').click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('RETURN 1 AS one');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.locator('#console-drawer .sila-console-table th').allTextContents()).toEqual(['one']);
    expect(await page.locator('#console-drawer .sila-console-toggle button').first().getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('#console-drawer .sila-console-table').isVisible()).toBe(true);
    app.assertClean();
    await app.close();
  });
});
