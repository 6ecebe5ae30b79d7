import { describe, expect, it } from 'vitest';
import { canvasState, nodeOnPage, openApp, overlappingLabels, screenshot, settled, useSeededApp } from '../../../test/browser.ts';
import { decodeView } from '../../core/url/share.ts';

const suite = useSeededApp();

async function apiGraph(): Promise<{ nodes: { id: string; labels: string[] }[]; edges: { id: string; type: string }[] }> {
  const response = await fetch(`${suite.server.url}/api/graph`);
  return (await response.json()) as { nodes: { id: string; labels: string[] }[]; edges: { id: string; type: string }[] };
}

describe('opening the explorer (1)', () => {
  it('draws the article graph readably: every node, no overlapping labels, kinds coloured and shaped, bundled font', async () => {
    const app = await openApp(suite.browser, suite.server.url);
    const { page } = app;
    await screenshot(page, '01-start-arabic');
    const graph = await apiGraph();
    const state = await canvasState(page);
    expect(state.nodes).toEqual(graph.nodes.map((n) => n.id).sort());
    expect(state.edges.length).toBe(graph.edges.length);
    expect(await overlappingLabels(page)).toEqual([]);
    // 15px labels must come out at 6.75px or more at the starting zoom, or nobody can read them.
    expect(state.zoom).toBeGreaterThan(0.45);
    const looks = await page.evaluate(() => {
      const cy = (window as unknown as { __sila: { cy: import('cytoscape').Core } }).__sila.cy;
      const look = (id: string): string[] => {
        const node = cy.getElementById(id);
        return [String(node.style('background-color')), String(node.style('shape')), String(node.style('font-family'))];
      };
      return { person: look('abdellatif-hammouchi'), place: look('fes'), agency: look('dgst') };
    });
    expect(new Set([looks.person[0], looks.place[0], looks.agency[0]]).size).toBe(3);
    expect(new Set([looks.person[1], looks.place[1], looks.agency[1]]).size).toBe(3);
    expect(looks.person[2]).toContain('Noto Naskh Arabic');
    const bundled = await page.evaluate(() => [...document.fonts].some((font) => font.family.includes('Noto Naskh Arabic') && font.status === 'loaded'));
    expect(bundled).toBe(true);
    app.assertClean();
    await app.close();
  });

  it('has a legend with counts that shows and hides kinds and relationship types', async () => {
    const app = await openApp(suite.browser, suite.server.url, { hash: '#ui=en' });
    const { page } = app;
    const graph = await apiGraph();
    const places = graph.nodes.filter((n) => n.labels.includes('Place')).map((n) => n.id);
    const placeItem = page.locator('.legend-item[data-kind="Place"]');
    await expect.poll(() => placeItem.locator('.legend-count').textContent()).toBe(String(places.length));
    await placeItem.locator('input').uncheck();
    await settled(page);
    let state = await canvasState(page);
    expect(state.nodes.filter((id) => places.includes(id))).toEqual([]);
    expect(state.nodes.length).toBe(graph.nodes.length - places.length);
    await placeItem.locator('input').check();
    await settled(page);
    state = await canvasState(page);
    expect(state.nodes.length).toBe(graph.nodes.length);

    const heads = graph.edges.filter((e) => e.type === 'HEADS').map((e) => e.id);
    const headsItem = page.locator('.legend-item[data-type="HEADS"]');
    expect(await headsItem.locator('.legend-count').textContent()).toBe(String(heads.length));
    await headsItem.locator('input').uncheck();
    state = await canvasState(page);
    expect(state.edges.filter((id) => heads.includes(id))).toEqual([]);
    await screenshot(page, '01-legend-filter-english');
    await headsItem.locator('input').check();
    expect((await canvasState(page)).edges.length).toBe(graph.edges.length);
    app.assertClean();
    await app.close();
  });
});

describe('labels and language (6)', () => {
  it('switches node labels between Arabic, English and both, and the interface between Arabic and English', async () => {
    const app = await openApp(suite.browser, suite.server.url);
    const { page } = app;
    const label = (): Promise<string> =>
      page.evaluate(() => String((window as unknown as { __sila: { cy: import('cytoscape').Core } }).__sila.cy.getElementById('abdellatif-hammouchi').data('label')));
    expect(await label()).toBe('عبد اللطيف الحموشي');
    expect(await page.evaluate(() => [document.documentElement.dir, document.documentElement.lang])).toEqual(['rtl', 'ar']);
    await page.selectOption('#labels-select', 'en');
    await settled(page);
    expect(await label()).toBe('Abdellatif Hammouchi');
    expect(await overlappingLabels(page)).toEqual([]);
    await screenshot(page, '06-labels-english');
    await page.selectOption('#labels-select', 'both');
    await settled(page);
    expect(await label()).toBe('عبد اللطيف الحموشي\nAbdellatif Hammouchi');
    await screenshot(page, '06-labels-both');
    await page.selectOption('#ui-select', 'en');
    expect(await page.evaluate(() => [document.documentElement.dir, document.documentElement.lang])).toEqual(['ltr', 'en']);
    await expect.poll(() => page.locator('[data-action="undo"]').textContent()).toBe('Undo');
    await screenshot(page, '06-interface-english');
    app.assertClean();
    await app.close();
  });

  it('draws Arabic labels with their marks (the hamza of أسود) inside the label box, up close', async () => {
    const app = await openApp(suite.browser, suite.server.url);
    const { page } = app;
    // Zoom in on the cell like a person would: search for it, which centres it.
    await page.locator('#search-input').fill('أسود الخلافة');
    await page.locator('.search-hit').first().waitFor();
    await page.keyboard.press('Enter');
    await settled(page);
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -300);
    await settled(page);
    const where = await nodeOnPage(page, 'lions-of-the-caliphate');
    await page.screenshot({ path: `${(await import('../../../test/browser.ts')).screenshotDir}/06-arabic-label-closeup.png`, clip: { x: where.x - 200, y: where.y - 60, width: 400, height: 160 } });
    const box = await page.evaluate(() => {
      const cy = (window as unknown as { __sila: { cy: import('cytoscape').Core } }).__sila.cy;
      const node = cy.getElementById('lions-of-the-caliphate');
      return { label: node.boundingBox({ includeLabels: true }), body: node.boundingBox({ includeLabels: false }) };
    });
    // The padded label box reaches above the text line: room for marks over the letters.
    expect(box.label.h).toBeGreaterThan(box.body.h + 15);
    app.assertClean();
    await app.close();
  });
});

describe('moving the view', () => {
  it('drops node labels while the reader zooms and pans, and brings them back once the view is still', async () => {
    const app = await openApp(suite.browser, suite.server.url);
    const { page } = app;
    // Recorded on every viewport change, so the check does not depend on catching the short hidden spell.
    await page.evaluate(() => {
      const w = window as unknown as { __sila: { cy: import('cytoscape').Core }; __hiddenDuringMove: number[] };
      w.__hiddenDuringMove = [];
      w.__sila.cy.on('viewport', () => w.__hiddenDuringMove.push(w.__sila.cy.nodes().filter((n) => n.style('label') === '').length));
    });
    const hiddenSoFar = (): Promise<number[]> => page.evaluate(() => (window as unknown as { __hiddenDuringMove: number[] }).__hiddenDuringMove);
    // A search centres the node with an animation of the view: labels stay for what the app moves itself.
    await page.locator('#search-input').fill('أسود الخلافة');
    await page.locator('.search-hit').first().waitFor();
    await page.keyboard.press('Enter');
    await settled(page);
    const byApp = await hiddenSoFar();
    expect(byApp.length).toBeGreaterThan(0);
    expect(byApp.every((count) => count === 0)).toBe(true);

    const at = await nodeOnPage(page, 'lions-of-the-caliphate');
    await page.mouse.move(at.x, at.y);
    await page.mouse.wheel(0, 300);
    await settled(page);
    // Dragging the background pans; the spot must be clear of every node and label, or it drags a node.
    const empty = await page.evaluate(() => {
      const cy = (window as unknown as { __sila: { cy: import('cytoscape').Core } }).__sila.cy;
      const rect = cy.container()?.getBoundingClientRect() ?? { left: 0, top: 0 };
      const boxes = cy.nodes().map((n) => n.renderedBoundingBox({ includeLabels: true }));
      for (let y = 40; y < cy.height() - 40; y += 20) {
        for (let x = 40; x < cy.width() - 40; x += 20) {
          if (boxes.every((b) => x < b.x1 - 15 || x > b.x2 + 15 || y < b.y1 - 15 || y > b.y2 + 15)) return { x: rect.left + x, y: rect.top + y };
        }
      }
      return null;
    });
    expect(empty).not.toBeNull();
    await page.mouse.move(empty?.x ?? 0, empty?.y ?? 0);
    await page.mouse.down();
    await page.mouse.move((empty?.x ?? 0) + 20, (empty?.y ?? 0) + 40, { steps: 4 });
    await page.mouse.up();
    await settled(page);
    const total = (await canvasState(page)).nodes.length;
    expect((await hiddenSoFar()).slice(byApp.length)).toContain(total);
    const stillHidden = await page.evaluate(() => (window as unknown as { __sila: { cy: import('cytoscape').Core } }).__sila.cy.nodes().filter((n) => n.style('label') === '').length);
    expect(stillHidden).toBe(0);
    app.assertClean();
    await app.close();
  });
});

describe('re-layout (8)', () => {
  it('runs each layout with animation, moves the nodes and keeps the selection', async () => {
    const app = await openApp(suite.browser, suite.server.url, { hash: '#ui=en' });
    const { page } = app;
    const at = await nodeOnPage(page, 'dgst');
    await page.mouse.click(at.x, at.y);
    await expect.poll(async () => (await canvasState(page)).selected).toEqual(['dgst']);
    const positions = (): Promise<Record<string, { x: number; y: number }>> =>
      page.evaluate(() => {
        const cy = (window as unknown as { __sila: { cy: import('cytoscape').Core } }).__sila.cy;
        return Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
      });
    for (const layout of ['concentric', 'breadthfirst', 'grid', 'fcose'] as const) {
      const before = await positions();
      await page.selectOption('#layout-select', layout);
      await expect.poll(() => page.evaluate(() => document.querySelector('.progress-label')?.textContent ?? '')).not.toBe('never');
      await settled(page);
      const after = await positions();
      const moved = Object.keys(after).filter((id) => Math.hypot((after[id]?.x ?? 0) - (before[id]?.x ?? 0), (after[id]?.y ?? 0) - (before[id]?.y ?? 0)) > 1);
      expect(moved.length, layout).toBeGreaterThan(10);
      expect((await canvasState(page)).selected, layout).toEqual(['dgst']);
      if (layout !== 'fcose') expect(await overlappingLabels(page), layout).toEqual([]);
      await screenshot(page, `08-layout-${layout}`);
    }
    expect(decodeView(await page.evaluate(() => window.location.hash)).layout).toBe('fcose');
    app.assertClean();
    await app.close();
  });
});

describe('sharing the view (10)', () => {
  it('puts visible nodes, selection, language and layout in the link, and the link reopens the same view', async () => {
    const app = await openApp(suite.browser, suite.server.url);
    const { page } = app;
    await page.selectOption('#labels-select', 'en');
    await page.selectOption('#ui-select', 'en');
    await page.selectOption('#layout-select', 'grid');
    await settled(page);
    await page.locator('.legend-item[data-kind="Date"] input').uncheck();
    // Picked by name, so no other node drawn near the BCIJ can take the click.
    await page.locator('#search-input').fill('BCIJ');
    await page.locator('.search-hit[data-id="bcij"]').click();
    const bcijPanel = page.locator('.node-panel[data-node="bcij"]');
    await bcijPanel.waitFor();
    await page.locator('.panel [data-action="hide"]').click();
    await settled(page);
    await expect.poll(async () => (await canvasState(page)).nodes.includes('bcij')).toBe(false);
    await page.locator('#search-input').fill('DGST');
    await page.locator('.search-hit[data-id="dgst"]').click();
    await page.locator('.node-panel[data-node="dgst"]').waitFor();
    await settled(page);
    await page.locator('[data-action="share"]').click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    // The link is compressed (issue 15): read it the way the page does.
    const carried = decodeView(new URL(link).hash);
    expect(carried.labels).toBe('en');
    expect(carried.ui).toBe('en');
    expect(carried.layout).toBe('grid');
    expect(carried.selected).toEqual(['dgst']);
    expect(carried.hiddenKinds).toContain('Date');
    const original = await canvasState(page);
    const other = await openApp(suite.browser, suite.server.url, { hash: new URL(link).hash });
    const reopened = await canvasState(other.page);
    expect(reopened.nodes).toEqual(original.nodes);
    expect(reopened.nodes).not.toContain('bcij');
    expect(reopened.selected).toEqual(['dgst']);
    expect(await other.page.locator('#labels-select').inputValue()).toBe('en');
    expect(await other.page.locator('#layout-select').inputValue()).toBe('grid');
    expect(await other.page.evaluate(() => document.documentElement.lang)).toBe('en');
    await screenshot(other.page, '10-shared-link-reopened');
    other.assertClean();
    app.assertClean();
    await other.close();
    await app.close();
  });
});
