/**
 * The timeline, the map and the structure views in real Chromium over the seed article: time order
 * (right to left in Arabic), happened vs reported, the brush as a time slicer, places at their
 * coordinates with shaped Arabic labels, node sizes by betweenness, community colours with a legend,
 * the co-occurrence layer citing sentences, and the geographic layout.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canvasState, openApp, screenshot, settled, useSeededApp } from '../../../test/browser.ts';

const app = useSeededApp();

/** Views answer after a request to the server (the first of a query waits for Neo4j to plan it). */
const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function boxOf(page: Page, selector: string): Promise<Box> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not drawn`);
  return box;
}
const centreX = (box: Box): number => box.x + box.width / 2;
const centreY = (box: Box): number => box.y + box.height / 2;

/** Page x of a day on the timeline, from the scale the view publishes on its SVG. */
async function dayX(page: Page, day: string): Promise<number> {
  return page.evaluate((iso) => {
    const svg = document.querySelector<SVGSVGElement>('.timeline-svg');
    if (!svg?.dataset.scale) throw new Error('no timeline scale');
    const { domain, range } = JSON.parse(svg.dataset.scale) as { domain: [string, string]; range: [number, number] };
    const [d0, d1] = domain.map((d) => Date.parse(d));
    const t = (Date.parse(`${iso}T00:00:00Z`) - (d0 ?? 0)) / ((d1 ?? 1) - (d0 ?? 0));
    return svg.getBoundingClientRect().left + range[0] + t * (range[1] - range[0]);
  }, day);
}

async function visibleNodes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cy = (window as unknown as { __sila: { cy: import('cytoscape').Core } }).__sila.cy;
    return cy.nodes().filter((node) => node.style('display') !== 'none').map((node) => node.id()).sort();
  });
}

async function nodeWidth(page: Page, id: string): Promise<number> {
  return page.evaluate((nodeId) => {
    const cy = (window as unknown as { __sila: { cy: import('cytoscape').Core } }).__sila.cy;
    return cy.getElementById(nodeId).width();
  }, id);
}

/**
 * The timeline's shown labels as drawn: none covers another or another item's mark, and each lies inside the
 * drawing. A label that finds no room is left off (its item's title names it).
 */
async function timelineLabelClashes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const svg = document.querySelector('.timeline-svg');
    if (!svg) return ['no timeline'];
    const frame = svg.getBoundingClientRect();
    const items = [...svg.querySelectorAll('g.item')].map((g) => ({
      id: g.getAttribute('data-id') ?? '',
      label: g.querySelector('text.item-label'),
      mark: g.querySelector('path.mark')?.getBoundingClientRect(),
    }));
    const labels = items.filter((i) => (i.label?.textContent ?? '') !== '').map((i) => ({ id: i.id, box: (i.label as Element).getBoundingClientRect() }));
    const meet = (a: DOMRect, b: DOMRect): boolean => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
    const clashes: string[] = [];
    for (const [i, a] of labels.entries()) {
      if (a.box.left < frame.left - 1 || a.box.right > frame.right + 1) clashes.push(`${a.id} is cut by the edge`);
      for (const b of labels.slice(i + 1)) if (meet(a.box, b.box)) clashes.push(`${a.id} covers ${b.id}`);
      for (const m of items) if (m.id !== a.id && m.mark && meet(a.box, m.mark)) clashes.push(`${a.id} covers the mark of ${m.id}`);
    }
    return clashes;
  });
}

describe('the timeline', () => {
  it('places 2002, 2023 and 2025 in order from right to left in Arabic, the article on its own lane at 2025', async () => {
    const opened = await openApp(app.browser, app.server.url);
    const { page } = opened;
    await page.click('[data-action="view-timeline"]');
    await page.waitForSelector('.timeline-svg g.item[data-id="lions-operation-2025"]');
    const x2002 = centreX(await boxOf(page, 'g.item[data-id="first-cell-dismantling-2002"] .mark'));
    const x2023 = centreX(await boxOf(page, 'g.item[data-id="announcement-2023"] .mark'));
    const x2025 = centreX(await boxOf(page, 'g.item[data-id="lions-operation-2025"] .mark'));
    expect(x2002).toBeGreaterThan(x2023);
    expect(x2023).toBeGreaterThan(x2025);
    const article = page.locator('g.item[data-time="report"]');
    expect(await article.count()).toBe(1);
    expect(await article.getAttribute('data-start')).toBe('2025-01-01');
    const articleBox = await boxOf(page, 'g.item[data-time="report"] .mark');
    // Its bar covers 2025, where the operation it reports happened; its lane is below the events'.
    expect(articleBox.x).toBeLessThanOrEqual(x2025);
    expect(articleBox.x + articleBox.width).toBeGreaterThanOrEqual(x2025);
    expect(centreY(articleBox)).toBeGreaterThan(centreY(await boxOf(page, 'g.item[data-id="lions-operation-2025"] .mark')));
    expect(await page.locator('.timeline-undated [data-id="bcij-founding"]').count()).toBe(1);
    expect(await timelineLabelClashes(page)).toEqual([]);
    await screenshot(page, 'timeline-ar');

    // Clicking an item selects it on the canvas; selecting on the canvas marks the item.
    await page.click('g.item[data-id="announcement-2023"] .mark');
    await eventually(async () => (await canvasState(page)).selected).toEqual(['announcement-2023']);
    await page.click('.timeline-undated [data-id="policeman-killing"]');
    await eventually(async () => page.locator('g.item.selected').count()).toBe(0);
    await eventually(async () => (await canvasState(page)).selected).toEqual(['policeman-killing']);
    opened.assertClean();
    await opened.close();
  });

  it('brushing 2023 leaves only the 2023 events and their neighbours on the canvas; clearing brings all back', async () => {
    const opened = await openApp(app.browser, app.server.url);
    const { page } = opened;
    const all = (await canvasState(page)).nodes;
    await page.click('[data-action="view-timeline"]');
    await page.waitForSelector('.timeline-svg g.item[data-id="announcement-2023"]');
    await settled(page);
    const lane = await boxOf(page, '.timeline-svg rect.lane-event');
    // A pixel is about a week here: the drag starts and ends a little inside the year.
    const from = await dayX(page, '2023-12-20');
    const to = await dayX(page, '2023-01-10');
    await page.mouse.move(from, lane.y + lane.height - 2);
    await page.mouse.down();
    await page.mouse.move((from + to) / 2, lane.y + lane.height - 2, { steps: 4 });
    await page.mouse.move(to, lane.y + lane.height - 2, { steps: 4 });
    await page.mouse.up();
    await eventually(() => page.locator('[data-field="timeline-from"]').inputValue()).toMatch(/^2023-01-[0-2]\d$/);
    expect(await page.locator('[data-field="timeline-to"]').inputValue()).toMatch(/^2023-12-[0-3]\d$/);

    const shown = await visibleNodes(page);
    expect(shown).toEqual(expect.arrayContaining(['announcement-2023', 'arrests-2023', 'date-2023-03-15']));
    for (const gone of ['first-cell-dismantling-2002', 'lions-operation-2025', 'arrests-2025', 'date-2002', 'date-2025-02-19']) expect(shown).not.toContain(gone);
    expect(shown.length).toBeLessThan(all.length);
    // Everything still drawn is dated in 2023 or joined to something that is.
    const inRange = await page.evaluate(() => {
      const { cy, views } = (window as unknown as { __sila: { cy: import('cytoscape').Core; views: { time: { get(): { known: Map<string, { start: string; end: string }> } } } } }).__sila;
      const known = views.time.get().known;
      return cy.nodes().filter((n) => {
        const span = known.get(n.id());
        return span !== undefined && span.start <= '2023-12-31' && span.end >= '2023-01-01';
      }).map((n) => n.id());
    });
    const neighbours = await page.evaluate((seeds) => {
      const cy = (window as unknown as { __sila: { cy: import('cytoscape').Core } }).__sila.cy;
      return cy.nodes().filter((n) => seeds.includes(n.id())).closedNeighborhood('node').map((n) => n.id());
    }, inRange);
    expect(new Set(shown)).toEqual(new Set(neighbours));
    expect(await page.locator('.timeline-status').textContent()).toContain('2023');
    await screenshot(page, 'timeline-brushed-2023');

    await page.click('[data-action="timeline-clear"]');
    await eventually(() => visibleNodes(page)).toEqual(all);
    opened.assertClean();
    await opened.close();
  });

  it('draws its items once when it is opened, not once on loading and again on showing', async () => {
    const opened = await openApp(app.browser, app.server.url);
    const { page } = opened;
    await page.evaluate(() => {
      const w = window as unknown as { __placed: number };
      w.__placed = 0;
      new MutationObserver((records) => {
        for (const record of records) if (record.target instanceof Element && record.target.matches('g.item[data-id="announcement-2023"]')) w.__placed++;
      }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['transform'] });
    });
    await page.click('[data-action="view-timeline"]');
    await page.waitForSelector('.timeline-svg g.item[data-id="announcement-2023"]');
    await settled(page);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(await page.evaluate(() => (window as unknown as { __placed: number }).__placed)).toBe(1);
    opened.assertClean();
    await opened.close();
  });

  it('runs from left to right in the English interface', async () => {
    const opened = await openApp(app.browser, app.server.url, { hash: '#ui=en' });
    const { page } = opened;
    await page.click('[data-action="view-timeline"]');
    await page.waitForSelector('.timeline-svg g.item[data-id="lions-operation-2025"]');
    const x2002 = centreX(await boxOf(page, 'g.item[data-id="first-cell-dismantling-2002"] .mark'));
    const x2025 = centreX(await boxOf(page, 'g.item[data-id="lions-operation-2025"] .mark'));
    expect(x2002).toBeLessThan(x2025);
    expect(await page.locator('.lane-title').first().textContent()).toBe('When it happened');
    expect(await timelineLabelClashes(page)).toEqual([]);
    await screenshot(page, 'timeline-en');
    opened.assertClean();
    await opened.close();
  });
});

/** The map's shown labels, places' and regions' alike, that cover one another. */
async function mapLabelClashes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const shown = [...document.querySelectorAll('.map-svg text.place-label, .map-svg .region-labels text')]
      .filter((t) => t.getAttribute('display') !== 'none' && (t.textContent ?? '') !== '')
      .map((t) => ({ name: t.textContent ?? '', box: t.getBoundingClientRect() }));
    const clashes: string[] = [];
    for (const [i, a] of shown.entries()) {
      for (const b of shown.slice(i + 1)) {
        if (a.box.left < b.box.right - 1 && b.box.left < a.box.right - 1 && a.box.top < b.box.bottom - 1 && b.box.top < a.box.bottom - 1) clashes.push(`${a.name} / ${b.name}`);
      }
    }
    return clashes;
  });
}

const OPERATION_CITIES = ['casablanca', 'tangier', 'fes', 'laayoune', 'taounate', 'azemmour', 'guercif', 'oulad-teima', 'tamesna'];

describe('the map', () => {
  it('shows the cities of the February 2025 operation at their places, with shaped Arabic labels, and selects both ways', async () => {
    const opened = await openApp(app.browser, app.server.url);
    const { page } = opened;
    await page.click('[data-action="view-map"]');
    await page.waitForSelector('.map-svg .points circle[data-id="laayoune"]');
    await page.waitForSelector('.map-svg .regions path');
    expect(await page.locator('.map-svg .regions path').count()).toBe(12);
    for (const id of OPERATION_CITIES) expect(await page.locator(`.map-svg .points circle[data-id="${id}"]`).count(), id).toBe(1);
    const at = async (id: string): Promise<{ x: number; y: number }> => {
      const box = await boxOf(page, `.map-svg .points circle[data-id="${id}"]`);
      return { x: centreX(box), y: centreY(box) };
    };
    const [tangier, casablanca, fes, laayoune] = [await at('tangier'), await at('casablanca'), await at('fes'), await at('laayoune')];
    expect(tangier.y).toBeLessThan(casablanca.y);
    expect(fes.x).toBeGreaterThan(casablanca.x);
    expect(laayoune.y).toBeGreaterThan(casablanca.y);
    expect(laayoune.x).toBeLessThan(casablanca.x);
    // Laayoune lies inside the drawn Moroccan region, not in a separate "W. Sahara".
    expect(await page.locator('.map-svg .countries path[data-country="W. Sahara"]').count()).toBe(0);
    expect(await page.locator('.map-svg .regions path[data-region="Laâyoune-Sakia El Hamra"]').count()).toBe(1);
    expect(await page.locator('.map-svg .place-label[data-id="laayoune"]').textContent()).toBe('العيون');
    expect(await page.locator('.map-svg .place-label[data-id="casablanca"]').textContent()).toBe('الدار البيضاء');
    // Shaped: joined letters are narrower than the same letters kept apart by zero-width non-joiners.
    const widths = await page.evaluate(() => {
      const svg = document.querySelector('.map-svg');
      const label = document.querySelector<SVGTextElement>('.map-svg .place-label[data-id="casablanca"]');
      if (!svg || !label) throw new Error('no label');
      const probe = label.cloneNode() as SVGTextElement;
      probe.textContent = Array.from(label.textContent ?? '').join('\u200c');
      svg.append(probe);
      const apart = probe.getComputedTextLength();
      probe.remove();
      return { joined: label.getComputedTextLength(), apart };
    });
    expect(widths.joined).toBeLessThan(widths.apart * 0.95);
    expect(await page.locator('.map-svg .zones circle[data-id="sahel"]').count()).toBe(1);
    expect(await mapLabelClashes(page)).toEqual([]);
    await screenshot(page, 'map-ar');

    await page.click('.map-svg .points circle[data-id="tangier"]', { force: true });
    await eventually(async () => (await canvasState(page)).selected).toEqual(['tangier']);
    expect(await page.locator('.map-tie-list [data-id="lions-operation-2025"]').count()).toBe(1);
    // Selecting the operation marks every place it took place in.
    await page.locator('.map-tie-list [data-id="lions-operation-2025"]').click();
    await eventually(async () => (await canvasState(page)).selected).toEqual(['lions-operation-2025']);
    await eventually(() => page.locator('.map-svg .points circle.related').count()).toBe(OPERATION_CITIES.length);
    await screenshot(page, 'map-operation-related');
    opened.assertClean();
    await opened.close();
  });

  it('fits a narrow screen', async () => {
    const opened = await openApp(app.browser, app.server.url, { viewport: { width: 390, height: 844 } });
    const { page } = opened;
    await page.click('[data-action="view-map"]');
    await page.waitForSelector('.map-svg .points circle[data-id="laayoune"]');
    const panel = await boxOf(page, '#insight-panel');
    expect(panel.width).toBeLessThanOrEqual(390);
    const laayoune = await boxOf(page, '.map-svg .points circle[data-id="laayoune"]');
    expect(laayoune.x).toBeGreaterThanOrEqual(0);
    expect(laayoune.x).toBeLessThanOrEqual(390);
    expect(await mapLabelClashes(page)).toEqual([]);
    await screenshot(page, 'map-narrow');
    await page.click('[data-action="view-timeline"]');
    await page.waitForSelector('.timeline-svg g.item[data-id="lions-operation-2025"]');
    expect(await timelineLabelClashes(page)).toEqual([]);
    await screenshot(page, 'timeline-narrow');
    opened.assertClean();
    await opened.close();
  });
});

describe('structure', () => {
  it('sizing by betweenness makes the BCIJ larger than a leaf; communities colour the graph with a legend', async () => {
    const opened = await openApp(app.browser, app.server.url);
    const { page } = opened;
    const before = { bcij: await nodeWidth(page, 'bcij'), leaf: await nodeWidth(page, 'azemmour') };
    // Before any measure, sizes follow the canvas's own prominence (issue 15: well-connected nodes larger).
    expect(before.bcij).toBeGreaterThanOrEqual(before.leaf);
    await page.click('[data-action="view-structure"]');
    await page.selectOption('[data-field="structure-measure"]', 'betweenness');
    await eventually(() => nodeWidth(page, 'bcij')).toBeGreaterThan(before.bcij);
    expect(await nodeWidth(page, 'azemmour')).toBeLessThan(before.leaf);
    expect(await page.locator('[data-legend="scale"]').textContent()).toContain('البينية');

    await page.check('[data-field="structure-communities"]');
    await eventually(() => page.locator('.community-list li').count()).toBeGreaterThan(1);
    const colours = await page.evaluate(() => {
      const cy = (window as unknown as { __sila: { cy: import('cytoscape').Core } }).__sila.cy;
      return [...new Set(cy.nodes().map((node) => String(node.style('background-color'))))];
    });
    expect(colours.length).toBeGreaterThan(2);
    const legendSwatches = await page.locator('.community-list .swatch').count();
    expect(legendSwatches).toBe(await page.locator('.community-list li').count());
    await settled(page);
    await screenshot(page, 'structure-betweenness-communities');

    // Turned off, nodes go back to their kind's size and colour.
    await page.selectOption('[data-field="structure-measure"]', 'none');
    await eventually(() => nodeWidth(page, 'bcij')).toBe(before.bcij);
    opened.assertClean();
    await opened.close();
  });

  it('draws the co-occurrence layer and cites the sentences of a clicked link', async () => {
    const opened = await openApp(app.browser, app.server.url);
    const { page } = opened;
    await page.click('[data-action="view-structure"]');
    await page.check('[data-field="cooc-toggle"]');
    const layerEdges = async (): Promise<number> => page.evaluate(() => (window as unknown as { __sila: { cy: import('cytoscape').Core } }).__sila.cy.edges('[layer = "cooccurrence"]').length);
    await eventually(layerEdges).toBeGreaterThan(5);
    // Facts are untouched: the layer is not in the graph store.
    const stored = await page.evaluate(() => (window as unknown as { __sila: { ctx: { graph: { get(): { content: { edges: Map<string, unknown> } } } } } }).__sila.ctx.graph.get().content.edges.size);
    expect((await canvasState(page)).edges.filter((id) => id !== '').length).toBe(stored);
    const point = await page.evaluate(() => {
      const cy = (window as unknown as { __sila: { cy: import('cytoscape').Core } }).__sila.cy;
      // A link no fact runs beside, between two nodes in view, so the click lands on it alone.
      const clear = (p: { x: number; y: number }): boolean =>
        cy.nodes().every((other) => {
          const b = other.renderedBoundingBox({ includeLabels: true });
          return p.x < b.x1 - 2 || p.x > b.x2 + 2 || p.y < b.y1 - 2 || p.y > b.y2 + 2;
        });
      const lone = cy.edges('[layer = "cooccurrence"]').filter((e) => e.parallelEdges().length === 1 && clear(e.renderedMidpoint()) && e.renderedMidpoint().y > 0 && e.renderedMidpoint().y < cy.height());
      const edge = lone.max((e) => Number(e.data('weight'))).ele;
      const mid = edge.renderedMidpoint();
      const rect = cy.container()?.getBoundingClientRect();
      return { x: (rect?.left ?? 0) + mid.x, y: (rect?.top ?? 0) + mid.y };
    });
    await page.mouse.click(point.x, point.y);
    await eventually(() => page.locator('.cooc-sentences li').count()).toBeGreaterThan(0);
    await screenshot(page, 'cooccurrence-layer');
    await page.uncheck('[data-field="cooc-toggle"]');
    await eventually(layerEdges).toBe(0);
    opened.assertClean();
    await opened.close();
  });
});

describe('the geographic layout', () => {
  it('puts the places of the canvas at their coordinates', async () => {
    const opened = await openApp(app.browser, app.server.url);
    const { page } = opened;
    await page.selectOption('#layout-select', 'geographic');
    await settled(page);
    const positions = await page.evaluate(() => {
      const cy = (window as unknown as { __sila: { cy: import('cytoscape').Core } }).__sila.cy;
      const at = (id: string) => cy.getElementById(id).position();
      return { tangier: at('tangier'), casablanca: at('casablanca'), laayoune: at('laayoune'), fes: at('fes') };
    });
    expect(positions.tangier.y).toBeLessThan(positions.casablanca.y);
    expect(positions.casablanca.y).toBeLessThan(positions.laayoune.y);
    expect(positions.laayoune.x).toBeLessThan(positions.casablanca.x);
    expect(positions.fes.x).toBeGreaterThan(positions.casablanca.x);
    await screenshot(page, 'layout-geographic');
    opened.assertClean();
    await opened.close();
  });
});
