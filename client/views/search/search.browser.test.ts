import { describe, expect, it } from 'vitest';
import { canvasState, openApp, screenshot, settled, useSeededApp } from '../../../test/browser.ts';

const suite = useSeededApp();

async function centredOn(page: import('playwright-core').Page, id: string): Promise<number> {
  return page.evaluate((nodeId) => {
    const cy = (window as unknown as { __sila: { cy: import('cytoscape').Core } }).__sila.cy;
    const p = cy.getElementById(nodeId).renderedPosition();
    return Math.hypot(p.x - cy.width() / 2, p.y - cy.height() / 2);
  }, id);
}

describe('search (2)', () => {
  it('finds an entity by its English name; the keyboard picks it, and it is placed, selected and centred', async () => {
    const app = await openApp(suite.browser, suite.server.url, { hash: '#n=fes&ui=en' });
    const { page } = app;
    await page.locator('#search-input').fill('hammouchi');
    const first = page.locator('.search-hit').first();
    await first.waitFor();
    expect(await first.getAttribute('data-id')).toBe('abdellatif-hammouchi');
    expect(await first.getAttribute('aria-selected')).toBe('true');
    await screenshot(page, '02-search-results-english');
    await page.keyboard.press('Enter');
    await settled(page);
    const state = await canvasState(page);
    expect(state.nodes).toContain('abdellatif-hammouchi');
    expect(state.selected).toEqual(['abdellatif-hammouchi']);
    expect(await centredOn(page, 'abdellatif-hammouchi')).toBeLessThan(5);
    app.assertClean();
    await app.close();
  });

  it('finds an entity by an Arabic name without hamza and a click picks it', async () => {
    const app = await openApp(suite.browser, suite.server.url, { hash: '#n=fes' });
    const { page } = app;
    await page.locator('#search-input').fill('اسود الخلافة');
    const hit = page.locator('.search-hit[data-id="lions-of-the-caliphate"]');
    await hit.waitFor();
    await screenshot(page, '02-search-results-arabic');
    await hit.click();
    await settled(page);
    const state = await canvasState(page);
    expect(state.selected).toEqual(['lions-of-the-caliphate']);
    expect(await centredOn(page, 'lions-of-the-caliphate')).toBeLessThan(5);
    app.assertClean();
    await app.close();
  });

  it('says so when nothing matches, and takes no more text than the server searches (issue 15: 18)', async () => {
    const app = await openApp(suite.browser, suite.server.url, { hash: '#ui=en' });
    const { page } = app;
    await page.locator('#search-input').fill('zzzzqqqq');
    await page.locator('.search-empty').waitFor();
    expect(await page.locator('.search-empty').textContent()).toBe('No entity goes by that name.');
    // A 201-character query used to come back as a 400; the box now stops at the server's limit.
    await page.locator('#search-input').fill('');
    await page.locator('#search-input').pressSequentially('x'.repeat(201), { delay: 0 });
    expect((await page.locator('#search-input').inputValue()).length).toBe(200);
    await page.locator('.search-empty').waitFor();
    expect(await page.locator('.notice-error').count()).toBe(0);
    app.assertClean();
    await app.close();
  });
});

describe('keyboard only (11)', () => {
  it('searches, moves the selection, expands, hides, undoes and uses the node menu without a mouse', async () => {
    const app = await openApp(suite.browser, suite.server.url, { hash: '#n=dgst,bcij&ui=en' });
    const { page } = app;
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.type('DGST');
    await page.locator('.search-hit').first().waitFor();
    await page.keyboard.press('Enter');
    await settled(page);
    expect((await canvasState(page)).selected).toEqual(['dgst']);
    // Choosing a result hands focus to the canvas, where the arrows move the selection.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('cy');
    const before = (await canvasState(page)).nodes;
    await page.keyboard.press('Enter');
    await settled(page);
    const expanded = (await canvasState(page)).nodes;
    expect(expanded.length).toBeGreaterThan(before.length);
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
      await page.keyboard.press(key);
      if ((await canvasState(page)).selected[0] !== 'dgst') break;
    }
    const moved = (await canvasState(page)).selected;
    expect(moved.length).toBe(1);
    expect(moved[0]).not.toBe('dgst');
    await page.keyboard.press('Delete');
    await settled(page);
    expect((await canvasState(page)).nodes).not.toContain(moved[0]);
    await page.keyboard.press('Control+z');
    await settled(page);
    expect((await canvasState(page)).nodes).toEqual(expanded);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+F10');
    const menu = page.locator('.context-menu');
    await menu.waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('expand');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    expect(await menu.isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('cy');
    await page.keyboard.press('Escape');
    expect((await canvasState(page)).selected).toEqual([]);
    app.assertClean();
    await app.close();
  });
});
