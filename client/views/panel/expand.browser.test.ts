/**
 * Issue 15, point 17: expanding in one direction only, from the panel and from the node's menu, and
 * expanding every selected node at once.
 */
import { describe, expect, it } from 'vitest';
import { canvasState, nodeOnPage, openApp, screenshot, settled, useSeededApp } from '../../../test/browser.ts';

const suite = useSeededApp();

async function neighbours(id: string, direction: 'out' | 'in' | 'both'): Promise<string[]> {
  const response = await fetch(`${suite.server.url}/api/nodes/${id}/neighbors?limit=1000&direction=${direction}`);
  const graph = (await response.json()) as { nodes: { id: string }[] };
  return [...new Set([id, ...graph.nodes.map((n) => n.id)])].sort();
}

describe('expanding by direction (issue 15: 17)', () => {
  it('adds only outgoing or only incoming neighbours, from the panel and from the menu', async () => {
    const outgoing = await neighbours('bcij', 'out');
    const incoming = await neighbours('bcij', 'in');
    expect(outgoing).not.toEqual(incoming);
    const app = await openApp(suite.browser, suite.server.url, { hash: '#n=bcij&ui=en' });
    const { page } = app;
    const at = await nodeOnPage(page, 'bcij');
    await page.mouse.click(at.x, at.y);
    await page.locator('.node-panel[data-node="bcij"] [data-action="expand-out"]').click();
    await settled(page);
    expect((await canvasState(page)).nodes).toEqual(outgoing);
    await screenshot(page, '15-17-expanded-outgoing');
    await page.locator('[data-action="undo"]').click();
    await settled(page);

    const again = await nodeOnPage(page, 'bcij');
    await page.mouse.click(again.x, again.y, { button: 'right' });
    const item = page.locator('.context-menu [data-action="expand-in"]');
    await item.waitFor();
    await screenshot(page, '15-17-menu-directions');
    await item.click();
    await settled(page);
    expect((await canvasState(page)).nodes).toEqual(incoming);
    app.assertClean();
    await app.close();
  });

  it('expands every selected node at once, as one step', async () => {
    const both = [...new Set([...(await neighbours('dgst', 'both')), ...(await neighbours('bcij', 'both'))])].sort();
    const app = await openApp(suite.browser, suite.server.url, { hash: '#n=dgst,bcij&ui=en' });
    const { page } = app;
    await page.locator('#cy').focus();
    await page.keyboard.press('Control+a');
    await page.locator('.many-panel [data-action="expand-selected"]').click();
    await settled(page);
    expect((await canvasState(page)).nodes).toEqual(both);
    expect(await page.locator('[data-action="undo"]').getAttribute('title')).toBe('Undo: expand the selection');
    await page.locator('[data-action="undo"]').click();
    await settled(page);
    expect((await canvasState(page)).nodes).toEqual(['bcij', 'dgst']);
    app.assertClean();
    await app.close();
  });
});
