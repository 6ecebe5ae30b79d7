/**
 * Issue 15, point 9: a path found is brought into view, written out as a chain whose hops open their
 * evidence, and can follow the arrows only.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { nodeOnPage, openApp, screenshot, settled, useSeededApp } from '../../../test/browser.ts';

const suite = useSeededApp();

interface Paths {
  paths: { nodes: string[]; edges: string[] }[];
  graph: { edges: { id: string; type: string }[] };
}

async function paths(from: string, to: string, directed: boolean): Promise<Paths> {
  const response = await fetch(`${suite.server.url}/api/paths?from=${from}&to=${to}&maxHops=6${directed ? '&directed=true' : ''}`);
  return (await response.json()) as Paths;
}

async function chooseEnds(page: Page, from: string, to: string): Promise<void> {
  for (const [id, end] of [
    [from, 'path-from'],
    [to, 'path-to'],
  ] as const) {
    const at = await nodeOnPage(page, id);
    await page.mouse.click(at.x, at.y);
    await page.locator(`.node-panel[data-node="${id}"]`).waitFor();
    await page.locator(`.panel [data-action="${end}"]`).click();
  }
}

/** Path nodes drawn outside the canvas's view. */
async function outOfView(page: Page, ids: string[]): Promise<string[]> {
  return page.evaluate((wanted) => {
    const cy = (window as unknown as { __sila: { cy: import('cytoscape').Core } }).__sila.cy;
    return wanted.filter((id) => {
      const p = cy.getElementById(id).renderedPosition();
      return !(p.x >= 0 && p.y >= 0 && p.x <= cy.width() && p.y <= cy.height());
    });
  }, ids);
}

describe('paths (issue 15: 9)', () => {
  it('brings the path into view, writes it out as a chain, and opens a hop’s evidence from it', async () => {
    const app = await openApp(suite.browser, suite.server.url, { hash: '#ui=en' });
    const { page } = app;
    const from = 'abdellatif-hammouchi';
    const to = 'fes';
    await chooseEnds(page, from, to);
    // Look elsewhere first: a search centres another node, closer in, and part of the path is off screen.
    await page.locator('#search-input').fill('Morocco');
    await page.locator('.search-hit[data-id="morocco"]').click();
    await settled(page);
    const corner = await nodeOnPage(page, 'morocco');
    await page.mouse.move(corner.x, corner.y);
    for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -100);
    await settled(page);
    const expected = (await paths(from, to, false)).paths[0];
    expect(expected).toBeDefined();
    expect((await outOfView(page, expected?.nodes ?? [])).length).toBeGreaterThan(0);

    await page.locator('[data-action="path-shortest"]').click();
    await settled(page);
    expect(await outOfView(page, expected?.nodes ?? [])).toEqual([]);

    const chain = page.locator('.path-chain').first();
    await chain.waitFor();
    expect(await chain.locator('.path-node').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-node')))).toEqual(expected?.nodes);
    const hops = chain.locator('.path-hop');
    expect(await hops.count()).toBe(expected?.edges.length);
    expect(await hops.first().textContent()).toMatch(/[a-z]/);
    await screenshot(page, '15-09-path-in-view-with-chain');
    await hops.first().click();
    const evidence = page.locator(`.edge-panel[data-edge="${expected?.edges[0] ?? ''}"]`);
    await evidence.waitFor();
    expect(await evidence.locator('.sentence').count()).toBeGreaterThan(0);
    app.assertClean();
    await app.close();
  });

  it('follows the arrows only when asked, and says so when no path does', async () => {
    const candidates = [
      ['fes', 'abdellatif-hammouchi'],
      ['lions-of-the-caliphate', 'abdellatif-hammouchi'],
      ['abdellatif-hammouchi', 'fes'],
    ] as const;
    let pair: readonly [string, string] | null = null;
    let directed: Paths | null = null;
    let undirected: Paths | null = null;
    for (const [a, b] of candidates) {
      const d = await paths(a, b, true);
      const u = await paths(a, b, false);
      if (JSON.stringify(d.paths) !== JSON.stringify(u.paths)) {
        pair = [a, b];
        directed = d;
        undirected = u;
        break;
      }
    }
    expect(pair).not.toBeNull();
    const app = await openApp(suite.browser, suite.server.url, { hash: '#ui=ar' });
    const { page } = app;
    await chooseEnds(page, pair?.[0] ?? '', pair?.[1] ?? '');
    await page.locator('[data-action="path-shortest"]').click();
    await settled(page);
    const chainOf = (): Promise<string[]> => page.locator('.path-chain').first().locator('.path-node').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-node') ?? ''));
    expect(await chainOf()).toEqual(undirected?.paths[0]?.nodes);

    await page.locator('[data-action="path-directed"]').check();
    await page.locator('[data-action="path-shortest"]').click();
    await settled(page);
    if ((directed?.paths.length ?? 0) === 0) {
      expect(await page.locator('.paths-result').textContent()).toContain('لا يوجد مسار');
      expect(await page.locator('.path-chain').count()).toBe(0);
    } else expect(await chainOf()).toEqual(directed?.paths[0]?.nodes);
    await screenshot(page, '15-09-directed-path');
    app.assertClean();
    await app.close();
  });
});
