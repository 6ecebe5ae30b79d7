/**
 * Data is shown as text, never run as markup: an entity named `<img src=x onerror=alert(1)>`, related to
 * an article entity and mentioned in an added Arabic sentence holding `<script>`, goes through search,
 * the node panel, the canvas and the article view in real Chromium without a dialog, without an
 * injected element, and with its name shown literally. The article graph is restored afterwards.
 */
import type { Browser, Dialog } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canvasState, launchBrowser, openApp, settled, startSeededServer, type TestServer } from '../test/browser.ts';
import {
  XSS_NAME as NAME,
  XSS_PROBE as PROBE,
  XSS_SEARCH,
  XSS_SENTENCE as SENTENCE,
  XSS_SENTENCE_ID as SENTENCE_ID,
  XSS_TITLE,
  loadXssProbe,
  restoreArticleGraph,
} from '../test/hostile/xss-graph.ts';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startSeededServer();
  await loadXssProbe(server.db);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
  await restoreArticleGraph(server.db);
  await server.stop();
});

describe('text from the data is never run as markup (issue 7)', () => {
  it('shows a hostile entity name literally in search, panel, canvas and article, and runs none of it', async () => {
    const app = await openApp(browser, server.url, { hash: '#ui=en' });
    const { page } = app;
    const dialogs: string[] = [];
    page.on('dialog', (dialog: Dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });

    await page.locator('#search-input').fill(XSS_SEARCH);
    const hit = page.locator(`.search-hit[data-id="${PROBE}"]`);
    await hit.waitFor();
    expect(await hit.textContent()).toContain(NAME);
    await hit.click();
    await settled(page);

    expect((await canvasState(page)).nodes).toContain(PROBE);
    const label = await page.evaluate((id) => {
      const cy = (window as unknown as { __sila: { cy: import('cytoscape').Core } }).__sila.cy;
      return String(cy.getElementById(id).data('display'));
    }, PROBE);
    // The canvas label wraps long names and isolates their direction; its text is still the literal name.
    expect(label.replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ')).toContain(NAME);

    const panel = page.locator(`.node-panel[data-node="${PROBE}"]`);
    await panel.waitFor();
    const panelText = (await panel.textContent()) ?? '';
    expect(panelText).toContain(NAME);
    expect(panelText).toContain('<script>alert(2)</script>');

    await page.locator('[data-action="article"]').click();
    const sentence = page.locator(`.article-sentence[data-sentence="${SENTENCE_ID}"]`);
    await sentence.waitFor();
    expect(await sentence.textContent()).toBe(SENTENCE);
    expect(await sentence.locator('.mention').textContent()).toBe(NAME);

    const injected = await page.evaluate(() => ({
      images: document.querySelectorAll('img[src="x"], img[onerror]').length,
      scripts: [...document.scripts].filter((s) => s.text.includes('alert(')).length,
      handlers: document.querySelectorAll('[onmouseover], [onerror], [onclick]').length,
      bold: [...document.querySelectorAll('b')].filter((b) => b.textContent === 'bold').length,
      scriptLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
    }));
    expect(injected).toEqual({ images: 0, scripts: 0, handlers: 0, bold: 0, scriptLinks: 0 });
    expect(await page.locator('.article-meta .article-title').textContent()).toBe(XSS_TITLE);
    expect(dialogs).toEqual([]);
    app.assertClean();
    await app.close();
  });
});
