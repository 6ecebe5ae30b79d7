import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canvasState, nodeOnPage, openApp, screenshot, useSeededApp } from '../../../test/browser.ts';

const suite = useSeededApp();

async function exportAs(page: Page, format: string): Promise<{ name: string; body: Buffer }> {
  await page.locator('.export-menu summary').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`.export-buttons [data-format="${format}"]`).click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), body: readFileSync(path) };
}

describe('export (9)', () => {
  it('exports the view as PNG and SVG, and the visible graph in every data format', async () => {
    const app = await openApp(suite.browser, suite.server.url, { hash: '#n=abdellatif-hammouchi,dgst,bcij&ui=en' });
    const { page } = app;
    const png = await exportAs(page, 'png');
    expect(png.name).toMatch(/\.png$/);
    expect(png.body.subarray(1, 4).toString('latin1')).toBe('PNG');
    const svg = await exportAs(page, 'svg');
    const svgText = svg.body.toString('utf8');
    expect(svgText).toContain('<svg');
    expect(svgText).toContain('عبد اللطيف الحموشي');
    const json = await exportAs(page, 'json');
    const graph = JSON.parse(json.body.toString('utf8')) as { nodes: { id: string }[] };
    expect(graph.nodes.map((n) => n.id).sort()).toEqual((await canvasState(page)).nodes);
    expect((await exportAs(page, 'graphml')).body.toString('utf8')).toContain('<graphml');
    const cyjs = JSON.parse((await exportAs(page, 'cyjs')).body.toString('utf8')) as { elements: unknown };
    expect(cyjs.elements).toBeDefined();
    expect((await exportAs(page, 'csv')).body.length).toBeGreaterThan(0);
    expect((await exportAs(page, 'cypher')).body.toString('utf8')).toMatch(/CREATE|MERGE/);
    app.assertClean();
    await app.close();
  });

  it('says the CSV is for neo4j-admin and not for spreadsheets, in both languages', async () => {
    for (const [ui, words] of [
      ['en', /neo4j-admin import.*not for spreadsheets.*Spreadsheet table/s],
      ['ar', /neo4j-admin import.*ليس لجداول البيانات.*جدول لجداول البيانات/s],
    ] as const) {
      const app = await openApp(suite.browser, suite.server.url, { hash: `#n=bcij&ui=${ui}` });
      await app.page.locator('.export-menu summary').click();
      expect(await app.page.locator('.export-note').innerText()).toMatch(words);
      await screenshot(app.page, `export-csv-note-${ui}`);
      expect(await app.page.locator('.export-buttons [data-format="csv"]').getAttribute('title')).toMatch(words);
      app.assertClean();
      await app.close();
    }
  });

  it('exports only the selection when asked to', async () => {
    const app = await openApp(suite.browser, suite.server.url, { hash: '#n=abdellatif-hammouchi,dgst,bcij&ui=en' });
    const { page } = app;
    const at = await nodeOnPage(page, 'dgst');
    await page.mouse.click(at.x, at.y);
    await page.locator('.export-menu summary').click();
    await page.locator('input[name="export-scope"][value="selection"]').check();
    await page.locator('.export-menu summary').click();
    const json = await exportAs(page, 'json');
    const graph = JSON.parse(json.body.toString('utf8')) as { nodes: { id: string }[] };
    expect(graph.nodes.map((n) => n.id)).toEqual(['dgst']);
    app.assertClean();
    await app.close();
  });
});
