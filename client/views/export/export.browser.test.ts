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

/** PNG width and height, from its header. */
const pngSize = (body: Buffer): { width: number; height: number } => ({ width: body.readUInt32BE(16), height: body.readUInt32BE(20) });

describe('images that match the canvas (issue 15: 10)', () => {
  it('draws every kind in the SVG, and in the legend, with the canvas’s own shape', async () => {
    const app = await openApp(suite.browser, suite.server.url, { hash: '#ui=en' });
    const { page } = app;
    const svg = (await exportAs(page, 'svg')).body.toString('utf8');
    // Each kind's first node is sampled on a grid: inside the SVG shape (the browser's isPointInFill) and
    // inside the canvas's (Cytoscape's own hit test of its node shapes) must agree almost everywhere.
    const agreement = await page.evaluate((text) => {
      const cy = (window as unknown as { __sila: { cy: import('cytoscape').Core } }).__sila.cy;
      type Shapes = Record<string, { checkPoint(x: number, y: number, padding: number, w: number, h: number, cx: number, cy: number, radius: unknown, rs: object): boolean }>;
      const shapes = (cy as unknown as { renderer(): { nodeShapes: Shapes } }).renderer().nodeShapes;
      const host = document.createElement('div');
      host.style.cssText = 'position:fixed;left:0;top:0;width:10px;height:10px;overflow:hidden;opacity:0.01';
      host.append(document.importNode(new DOMParser().parseFromString(text, 'image/svg+xml').documentElement, true));
      document.body.append(host);
      const svgRoot = host.querySelector('svg');
      const out: Record<string, number> = {};
      const seen = new Set<string>();
      cy.nodes().forEach((node) => {
        const kind = String(node.data('kind'));
        if (seen.has(kind)) return;
        seen.add(kind);
        const geometry = svgRoot?.querySelector(`g[data-id="${node.id()}"] > :first-child`);
        if (!(geometry instanceof SVGGeometryElement) || !svgRoot) {
          out[kind] = 0;
          return;
        }
        const shape = shapes[String(node.style('shape'))];
        const { x, y } = node.position();
        const w = node.width();
        const h = node.height();
        let same = 0;
        let total = 0;
        // Cell centres of a 21 × 21 grid: points exactly on a shape's axis trip Cytoscape's ray casting.
        for (let i = 0; i < 21; i++) {
          for (let j = 0; j < 21; j++) {
            const px = x - w / 2 + (w * (i + 0.5)) / 21;
            const py = y - h / 2 + (h * (j + 0.5)) / 21;
            const point = svgRoot.createSVGPoint();
            point.x = px;
            point.y = py;
            const inSvg = geometry.isPointInFill(point);
            const inCanvas = shape ? shape.checkPoint(px, py, 0, w, h, x, y, 'auto', {}) : false;
            total += 1;
            if (inSvg === inCanvas) same += 1;
          }
        }
        out[kind] = same / total;
      });
      host.remove();
      return out;
    }, svg);
    expect(Object.keys(agreement).sort()).toEqual(['Agency', 'Cell', 'Date', 'Document', 'Event', 'Group', 'Organization', 'Person', 'Place']);
    for (const [kind, share] of Object.entries(agreement)) expect(share, kind).toBeGreaterThanOrEqual(0.95);

    // The legend's icons are the same shapes, at icon size.
    const icons = await page.evaluate(() => {
      const cy = (window as unknown as { __sila: { cy: import('cytoscape').Core } }).__sila.cy;
      type Shapes = Record<string, { checkPoint(x: number, y: number, padding: number, w: number, h: number, cx: number, cy: number, radius: unknown, rs: object): boolean }>;
      const shapes = (cy as unknown as { renderer(): { nodeShapes: Shapes } }).renderer().nodeShapes;
      const out: Record<string, number> = {};
      for (const item of document.querySelectorAll<HTMLElement>('.legend-item[data-kind]')) {
        const kind = item.dataset.kind ?? '';
        const svg = item.querySelector('svg');
        const geometry = svg?.querySelector('path, circle, polygon');
        const node = cy.nodes().filter((n) => n.data('kind') === kind)[0];
        if (!svg || !(geometry instanceof SVGGeometryElement) || !node) continue;
        const shape = shapes[String(node.style('shape'))];
        let same = 0;
        let total = 0;
        for (let i = 0; i < 17; i++) {
          for (let j = 0; j < 17; j++) {
            const point = svg.createSVGPoint();
            point.x = 1 + (14 * (i + 0.5)) / 17;
            point.y = 1 + (14 * (j + 0.5)) / 17;
            total += 1;
            if (geometry.isPointInFill(point) === (shape ? shape.checkPoint(point.x, point.y, 0, 14, 14, 8, 8, 'auto', {}) : false)) same += 1;
          }
        }
        out[kind] = same / total;
      }
      return out;
    });
    for (const [kind, share] of Object.entries(icons)) expect(share, `legend ${kind}`).toBeGreaterThanOrEqual(0.9);
    await screenshot(page, '15-10-legend-shapes');
    app.assertClean();
    await app.close();
  });

  it('draws only the selection in PNG and SVG when the selection is asked for, as the data formats do', async () => {
    const app = await openApp(suite.browser, suite.server.url, { hash: '#n=abdellatif-hammouchi,dgst,bcij&ui=en' });
    const { page } = app;
    const wholeSvg = (await exportAs(page, 'svg')).body.toString('utf8');
    const wholePng = pngSize((await exportAs(page, 'png')).body);
    expect(wholeSvg.match(/<g data-id=/g)?.length).toBe(3);
    const at = await nodeOnPage(page, 'dgst');
    await page.mouse.click(at.x, at.y);
    await page.locator('.export-menu summary').click();
    await page.locator('input[name="export-scope"][value="selection"]').check();
    await page.locator('.export-menu summary').click();
    const svg = (await exportAs(page, 'svg')).body.toString('utf8');
    expect(svg.match(/<g data-id="([^"]+)"/g)).toEqual(['<g data-id="dgst"']);
    const png = pngSize((await exportAs(page, 'png')).body);
    expect(png.width * png.height).toBeLessThan((wholePng.width * wholePng.height) / 2);
    // The canvas is whole again after the picture was taken.
    expect((await canvasState(page)).nodes).toEqual(['abdellatif-hammouchi', 'bcij', 'dgst']);
    const hidden = await page.evaluate(() => (window as unknown as { __sila: { cy: import('cytoscape').Core } }).__sila.cy.elements().filter((e) => e.style('display') === 'none').length);
    expect(hidden).toBe(0);
    app.assertClean();
    await app.close();
  });
});
