/**
 * The timeline and the map of the real client in headless Chromium over a large graph: the time from
 * opening each panel to its items drawn (with the API call inside it, from the page's own resource
 * timing), how many SVG elements were drawn, and the cost of an interaction: a brush on the timeline
 * until the canvas is sliced and the next frame, wheel zooms of the axis and the map, a drag of the map.
 * Screenshots of both with every item drawn go where the caller says.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { percentile } from './measure.ts';

/** In-page helpers, as a plain script: functions written in evaluate() would be wrapped by tsx in a helper the page has not got. */
const HELPERS = `
window.__views = {
  frames: [],
  recording: false,
  startFrames() {
    const frames = [];
    window.__views.frames = frames;
    window.__views.recording = true;
    const loop = (t) => { frames.push(t); if (window.__views.recording) requestAnimationFrame(loop); };
    requestAnimationFrame(loop);
  },
  stopFrames() {
    window.__views.recording = false;
    const f = window.__views.frames;
    const gaps = [];
    for (let i = 1; i < f.length; i++) gaps.push(f[i] - f[i - 1]);
    return gaps;
  },
  async openPanel(action, selector, apiPath) {
    const t0 = performance.now();
    document.querySelector('[data-action="' + action + '"]').click();
    const deadline = t0 + 120000;
    while (document.querySelectorAll(selector).length === 0 && performance.now() < deadline) await new Promise((r) => requestAnimationFrame(r));
    const drawnAt = await new Promise((r) => requestAnimationFrame(() => r(performance.now())));
    const api = performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname === apiPath).at(-1);
    return { totalMs: drawnAt - t0, apiMs: api ? api.responseEnd - t0 : NaN, afterApiMs: api ? drawnAt - (api.responseEnd) : NaN, count: document.querySelectorAll(selector).length };
  },
  async wheelSteps(selector, steps, deltaY) {
    const el = document.querySelector(selector);
    const box = el.getBoundingClientRect();
    const sync = [];
    const framed = [];
    for (let i = 0; i < steps; i++) {
      const t0 = performance.now();
      el.dispatchEvent(new WheelEvent('wheel', { deltaY, deltaMode: 0, clientX: box.left + box.width / 2, clientY: box.top + box.height / 2, bubbles: true, cancelable: true, view: window }));
      const t1 = performance.now();
      await new Promise((r) => requestAnimationFrame(r));
      await new Promise((r) => requestAnimationFrame(r));
      sync.push(t1 - t0);
      framed.push(performance.now() - t0);
    }
    return { sync, framed };
  },
  armMouseUp() {
    window.__views.up = null;
    window.addEventListener('mouseup', () => {
      const up = performance.now();
      requestAnimationFrame(() => { window.__views.up = { up, frame: performance.now() }; });
    }, { capture: true, once: true });
  },
  visibleNodes() {
    return window.__sila.cy.nodes().filter((n) => n.style('display') !== 'none').length;
  },
};
`;

interface PanelFigures {
  totalMs: number;
  apiMs: number;
  afterApiMs: number;
  count: number;
}
interface Steps {
  sync: number[];
  framed: number[];
}
declare global {
  interface Window {
    __views: {
      startFrames(): void;
      stopFrames(): number[];
      openPanel(action: string, selector: string, apiPath: string): Promise<PanelFigures>;
      wheelSteps(selector: string, steps: number, deltaY: number): Promise<Steps>;
      armMouseUp(): void;
      visibleNodes(): number;
      up: { up: number; frame: number } | null;
    };
  }
}

export interface Distribution {
  p50: number;
  p95: number;
  max: number;
  n: number;
}
export const distribution = (values: readonly number[]): Distribution => {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1) ?? Number.NaN, n: sorted.length };
};

export interface PanelRun extends PanelFigures {
  run: number;
  /** Elements of the panel's SVG beyond the basemap: marks, labels, points. */
  svgElements: number;
  labels: number;
}

export interface ViewsBrowserFigures {
  version: string;
  timeline: PanelRun[];
  map: PanelRun[];
  brush: { updateMs: number; canvasBefore: number; canvasAfter: number; range: string };
  timelineZoom: { sync: Distribution; framed: Distribution };
  mapZoom: { sync: Distribution; framed: Distribution };
  mapPan: Distribution;
  timelineItems: number;
  places: number;
}

async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
}

async function openApp(browser: Browser, url: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(HELPERS);
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __sila?: { cy: { nodes(): { length: number } } } }).__sila?.cy.nodes().length !== 0, undefined, { timeout: 120_000 });
  await page.evaluate(() => (window as unknown as { __sila: { settled(): Promise<void> } }).__sila.settled());
  return { page, close: () => context.close() };
}

/** The panel opened in a fresh context `runs` times: the first asks the server cold, the next from its cache. */
async function panelRuns(browser: Browser, url: string, runs: number, panel: 'timeline' | 'map', log: (line: string) => void, shot?: string): Promise<PanelRun[]> {
  const out: PanelRun[] = [];
  const [action, selector, api, svg] = panel === 'timeline' ? ['view-timeline', '.timeline-svg g.item', '/api/timeline', '.timeline-svg'] : ['view-map', '.map-svg .points circle', '/api/places', '.map-svg'];
  for (let run = 1; run <= runs; run++) {
    const { page, close } = await openApp(browser, url);
    try {
      const figures = await page.evaluate(([a, s, p]) => window.__views.openPanel(a, s, p), [action, selector, api] as const);
      const counts = await page.evaluate((root) => ({
        svgElements: document.querySelectorAll(`${root} .items *, ${root} .points *, ${root} .zones *, ${root} .place-labels *`).length,
        labels: Array.from(document.querySelectorAll(`${root} text.item-label, ${root} text.place-label`)).filter((t) => (t.textContent ?? '') !== '' && t.getAttribute('display') !== 'none').length,
      }), svg);
      out.push({ run, ...figures, ...counts });
      log(`${panel} run ${run}: drawn ${figures.totalMs.toFixed(0)} ms after the click (API answered at ${figures.apiMs.toFixed(0)} ms), ${figures.count} items, ${counts.svgElements} SVG elements, ${counts.labels} labels`);
      if (shot && run === runs) await page.locator(panel === 'timeline' ? '.timeline-view' : '.map-svg').first().screenshot({ path: shot });
    } finally {
      await close();
    }
  }
  return out;
}

export async function measureViewsInBrowser(url: string, options: { runs: number; shots: { timeline: string; map: string; page: string } }, log: (line: string) => void): Promise<ViewsBrowserFigures> {
  const browser = await launch();
  try {
    const version = browser.version();
    const timeline = await panelRuns(browser, url, options.runs, 'timeline', log, options.shots.timeline);
    const map = await panelRuns(browser, url, options.runs, 'map', log, options.shots.map);

    // Interactions, on one page with both panels' data loaded.
    const { page, close } = await openApp(browser, url);
    try {
      await page.evaluate(() => window.__views.openPanel('view-timeline', '.timeline-svg g.item', '/api/timeline'));
      const timelineItems = await page.locator('.timeline-svg g.item').count();
      const lane = await page.locator('.timeline-svg rect.lane-event').boundingBox();
      if (!lane) throw new Error('no event lane drawn');
      const canvasBefore = await page.evaluate(() => window.__views.visibleNodes());
      await page.evaluate(() => window.__views.armMouseUp());
      const y = lane.y + lane.height - 3;
      await page.mouse.move(lane.x + lane.width * 0.45, y);
      await page.mouse.down();
      await page.mouse.move(lane.x + lane.width * 0.5, y, { steps: 4 });
      await page.mouse.move(lane.x + lane.width * 0.55, y, { steps: 4 });
      await page.mouse.up();
      await page.waitForFunction(() => window.__views.up !== null);
      const up = await page.evaluate(() => window.__views.up);
      const canvasAfter = await page.evaluate(() => window.__views.visibleNodes());
      const range = `${await page.locator('[data-field="timeline-from"]').inputValue()} – ${await page.locator('[data-field="timeline-to"]').inputValue()}`;
      log(`brush ${range}: canvas ${canvasBefore} → ${canvasAfter} nodes, next frame ${((up?.frame ?? Number.NaN) - (up?.up ?? Number.NaN)).toFixed(1)} ms after the mouse-up`);
      await page.screenshot({ path: options.shots.page });
      await page.click('[data-action="timeline-clear"]');
      const timelineZoom = await page.evaluate(() => window.__views.wheelSteps('.timeline-svg', 12, -120));

      await page.evaluate(() => window.__views.openPanel('view-map', '.map-svg .points circle', '/api/places'));
      const places = await page.locator('.map-svg .points circle').count();
      const mapZoom = await page.evaluate(() => window.__views.wheelSteps('.map-svg', 12, -120));
      const mapBox = await page.locator('.map-svg').boundingBox();
      if (!mapBox) throw new Error('no map drawn');
      await page.evaluate(() => window.__views.startFrames());
      await page.mouse.move(mapBox.x + mapBox.width * 0.5, mapBox.y + mapBox.height * 0.5);
      await page.mouse.down();
      await page.mouse.move(mapBox.x + mapBox.width * 0.3, mapBox.y + mapBox.height * 0.4, { steps: 30 });
      await page.mouse.up();
      const mapPan = await page.evaluate(() => window.__views.stopFrames());
      return {
        version,
        timeline,
        map,
        brush: { updateMs: (up?.frame ?? Number.NaN) - (up?.up ?? Number.NaN), canvasBefore, canvasAfter, range },
        timelineZoom: { sync: distribution(timelineZoom.sync), framed: distribution(timelineZoom.framed) },
        mapZoom: { sync: distribution(mapZoom.sync), framed: distribution(mapZoom.framed) },
        mapPan: distribution(mapPan),
        timelineItems,
        places,
      };
    } finally {
      await close();
    }
  } finally {
    await browser.close();
  }
}
