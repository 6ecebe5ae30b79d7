/**
 * The shared Playwright harness for browser tests: Debian's Chromium, headless and off the network,
 * a page that fails its test on any console error or page error, and screenshots of the main screens.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { RunningServer } from '../server/index.ts';
import { applySchema } from '../store/schema.ts';
import { seedIfEmpty } from '../corpus/seed-database.ts';
import { startTestServer } from './server-harness.ts';

export const screenshotDir = join(import.meta.dirname, '..', 'test-results', 'screenshots');

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}

export interface OpenedApp {
  context: BrowserContext;
  page: Page;
  /** Console errors and page errors seen so far; `assertClean` fails the test if there are any. */
  problems: string[];
  assertClean(): void;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Appended to the server URL, e.g. `#l=en`. */
  hash?: string;
  viewport?: { width: number; height: number };
  /** Console messages that a test provokes on purpose (e.g. a failed request it is testing). */
  allow?: RegExp[];
  /** Do not wait for the first view to be drawn. */
  noWait?: boolean;
  /** A touch screen (a phone): taps and pinches instead of a mouse. */
  touch?: boolean;
  /** Device pixels per CSS pixel; 2 unless told otherwise (so clipped Arabic marks and joins show). */
  scale?: number;
}

/** Opens the app at deviceScaleFactor 2 (so clipped Arabic marks show) and waits for the first layout. */
export async function openApp(browser: Browser, baseUrl: string, options: OpenOptions = {}): Promise<OpenedApp> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1440, height: 900 },
    deviceScaleFactor: options.scale ?? 2,
    hasTouch: options.touch ?? false,
    isMobile: options.touch ?? false,
    acceptDownloads: true,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  // Nothing may leave the machine: every request that is not the app's own server is refused.
  const origin = new URL(baseUrl).origin;
  await context.route('**/*', (route) => (route.request().url().startsWith(origin) || route.request().url().startsWith('blob:') || route.request().url().startsWith('data:') ? route.continue() : route.abort()));
  const page = await context.newPage();
  const problems: string[] = [];
  const allowed = (text: string): boolean => (options.allow ?? []).some((pattern) => pattern.test(text));
  page.on('console', (message) => {
    if (message.type() === 'error' && !allowed(message.text())) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => {
    if (!allowed(error.message)) problems.push(`page: ${error.message}`);
  });
  await page.goto(`${baseUrl}/${options.hash ?? ''}`);
  if (!options.noWait) await settled(page);
  return {
    context,
    page,
    problems,
    assertClean() {
      if (problems.length > 0) throw new Error(`The page reported errors:\n${problems.join('\n')}`);
    },
    async close() {
      await context.close();
    },
  };
}

/** Waits until the app is ready, no request or layout is in progress, and animations have ended. */
export async function settled(page: Page): Promise<void> {
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  await page.waitForFunction(() => !document.body.hasAttribute('aria-busy'), undefined, { timeout: 30_000 });
  await page.evaluate(async () => {
    const hook = (window as unknown as { __sila: { settled(): Promise<void> } }).__sila;
    await hook.settled();
  });
  await page.waitForFunction(() => !document.body.hasAttribute('aria-busy'), undefined, { timeout: 30_000 });
  // Camera animations (centring, fitting) run for a few hundred ms after the last layout.
  await page.waitForFunction(() => {
    const hook = (window as unknown as { __sila: { cy: { animated(): boolean; nodes(): { some(f: (n: { animated(): boolean }) => boolean): boolean } } } }).__sila;
    return !hook.cy.animated() && !hook.cy.nodes().some((node) => node.animated());
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/**
 * The real server against the test Neo4j with the article graph loaded. prepareDatabase may already
 * seed it; seedIfEmpty makes that certain either way and leaves an already seeded database alone.
 */
export async function startSeededServer(): Promise<RunningServer> {
  const server = await startTestServer();
  await applySchema(server.db);
  await seedIfEmpty(server.db);
  return server;
}

/** Reads state through the test hook; tests act through the page like a person. */
export async function canvasState(page: Page): Promise<{ nodes: string[]; edges: string[]; selected: string[]; zoom: number; pan: { x: number; y: number } }> {
  return page.evaluate(() => {
    const cy = (window as unknown as { __sila: { cy: import('cytoscape').Core } }).__sila.cy;
    return {
      nodes: cy.nodes().map((node) => node.id()).sort(),
      edges: cy.edges().map((edge) => String(edge.data('eid'))).sort(),
      selected: cy.$(':selected').map((element) => (element.isNode() ? element.id() : String(element.data('eid')))),
      zoom: cy.zoom(),
      pan: cy.pan(),
    };
  });
}

/** Where a node is drawn, in page coordinates, so a test can click or double-click it. */
export async function nodeOnPage(page: Page, id: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((nodeId) => {
    const cy = (window as unknown as { __sila: { cy: import('cytoscape').Core } }).__sila.cy;
    const node = cy.getElementById(nodeId);
    if (node.empty()) return null;
    const rect = cy.container()?.getBoundingClientRect();
    const rendered = node.renderedPosition();
    return { x: (rect?.left ?? 0) + rendered.x, y: (rect?.top ?? 0) + rendered.y };
  }, id);
  if (!point) throw new Error(`Node ${id} is not on the canvas.`);
  return point;
}

/** Label boxes (with labels) of every pair of nodes that overlap. */
export async function overlappingLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cy = (window as unknown as { __sila: { cy: import('cytoscape').Core } }).__sila.cy;
    const boxes = cy.nodes().map((node) => ({ id: node.id(), box: node.boundingBox({ includeLabels: true }) }));
    const pairs: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        if (a && b && a.box.x1 < b.box.x2 && b.box.x1 < a.box.x2 && a.box.y1 < b.box.y2 && b.box.y1 < a.box.y2) pairs.push(`${a.id} ~ ${b.id}`);
      }
    }
    return pairs;
  });
}

/** Browser tests live under client/, which may not import server/: they name the server through here. */
export type TestServer = RunningServer;

/** A test file's seeded server and Chromium: started before its tests, stopped after them. */
export function useSeededApp(): { readonly server: TestServer; readonly browser: Browser } {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startSeededServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useSeededApp starts the server and browser in beforeAll');
    return value;
  };
  return {
    get server() {
      return started(server);
    },
    get browser() {
      return started(browser);
    },
  };
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The page rectangle of the first element matching `selector`, or null when none is displayed. */
export async function rectOf(page: Page, selector: string): Promise<Rect | null> {
  return page.evaluate((sel) => {
    const element = document.querySelector(sel);
    if (!element) return null;
    const r = element.getBoundingClientRect();
    return r.width === 0 && r.height === 0 ? null : { x: r.x, y: r.y, width: r.width, height: r.height };
  }, selector);
}

export const intersects = (a: Rect, b: Rect): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Rendered boxes (labels included) of every node, in page coordinates. */
export async function nodeBoxesOnPage(page: Page): Promise<{ id: string; box: Rect }[]> {
  return page.evaluate(() => {
    const cy = (window as unknown as { __sila: { cy: import('cytoscape').Core } }).__sila.cy;
    const rect = cy.container()?.getBoundingClientRect() ?? { left: 0, top: 0 };
    return cy.nodes().map((node) => {
      const b = node.renderedBoundingBox({ includeLabels: false });
      return { id: node.id(), box: { x: rect.left + b.x1, y: rect.top + b.y1, width: b.w, height: b.h } };
    });
  });
}

/** The share link the page copies, through the real Copy link button and the clipboard. */
export async function copiedLink(page: Page): Promise<string> {
  await page.locator('[data-action="share"]').click();
  await page.waitForFunction(() => document.querySelector('.notice[data-name="link-copied"]') !== null);
  return page.evaluate(() => navigator.clipboard.readText());
}
