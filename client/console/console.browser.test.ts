/**
 * The console inside the real app, in real Chromium, against the real server and Neo4j with the
 * article graph: opened and driven with the keyboard.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canvasState, launchBrowser, openApp, screenshot, startSeededServer, type OpenedApp } from '../../test/browser.ts';

type TestServer = Awaited<ReturnType<typeof startSeededServer>>;
type TestBrowser = Awaited<ReturnType<typeof launchBrowser>>;

const editor = '.sila-console .cm-content';

/** Replaces the editor text through the keyboard, as a person would. */
async function typeQuery(page: Page, query: string): Promise<void> {
  await page.focus(editor);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(query);
}

async function editorText(page: Page): Promise<string> {
  return page.locator(editor).innerText();
}

describe('the Cypher console in the app', () => {
  let server: TestServer;
  let browser: TestBrowser;
  let app: OpenedApp;
  let page: Page;

  beforeAll(async () => {
    server = await startSeededServer();
    browser = await launchBrowser();
    // The failing queries below are answered 400 and 403 on purpose; Chromium logs those responses.
    app = await openApp(browser, server.url, { hash: '#ui=en', allow: [/status of 400/, /status of 403/] });
    page = app.page;
  });

  afterAll(async () => {
    app.assertClean();
    await app.close();
    await browser.close();
    await server.stop();
  });

  it('opens with Ctrl+` with the editor focused', async () => {
    await page.keyboard.press('Control+Backquote');
    await page.waitForSelector(editor);
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.cm-editor') != null)).toBe(true);
  });

  it('runs a typed query with Ctrl+Enter and shows the table', async () => {
    await typeQuery(page, "UNWIND range(1, 3) AS i RETURN i, 'صلة' AS word");
    await page.keyboard.press('Control+Enter');
    await page.waitForSelector('.sila-console-table tbody tr');
    expect(await page.locator('.sila-console-table th').allInnerTexts()).toEqual(['i', 'word']);
    expect(await page.locator('.sila-console-table tbody tr').count()).toBe(3);
    expect(await page.locator('.sila-console-summary').innerText()).toMatch(/^3 rows, \d+ ms$/);
    const arabicCell = page.locator('.sila-console-table tbody tr').first().locator('td').nth(1);
    expect(await arabicCell.innerText()).toBe('صلة');
    expect(await arabicCell.evaluate((cell) => getComputedStyle(cell).direction)).toBe('rtl');
    expect(await page.locator('.sila-console button', { hasText: 'Add to canvas' }).isDisabled()).toBe(true);
    await screenshot(page, 'console-table');
  });

  it('downloads a spreadsheet-safe table of the result, formulas neutralised', async () => {
    await typeQuery(page, "RETURN '=1+1' AS formula, '+SUM(A1:A9)' AS plus, '-2+3' AS minus, '@cmd' AS at, ' =HYPERLINK(\"x\")' AS spaced, 'صلة' AS word, -5 AS n");
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.locator('.sila-console-table td').allTextContents()).toEqual(['=1+1', '+SUM(A1:A9)', '-2+3', '@cmd', ' =HYPERLINK("x")', 'صلة', '-5']);
    const spreadsheet = page.locator('.sila-console-spreadsheet');
    expect(await spreadsheet.innerText()).toBe('Spreadsheet table');
    expect(await spreadsheet.getAttribute('title')).toMatch(/apostrophe/);
    await screenshot(page, 'console-spreadsheet');
    const [download] = await Promise.all([page.waitForEvent('download'), spreadsheet.click()]);
    expect(download.suggestedFilename()).toBe('sila-console-result.csv');
    const text = readFileSync(await download.path(), 'utf8');
    expect(text).toBe('\ufeffformula,plus,minus,at,spaced,word,n\r\n\'=1+1,\'+SUM(A1:A9),\'-2+3,\'@cmd,"\' =HYPERLINK(""x"")",صلة,-5\r\n');
  });

  it('replaces the canvas with the graph of a result', async () => {
    await typeQuery(page, 'MATCH (n:Agency) RETURN n.id AS id, n ORDER BY id LIMIT 2');
    await page.keyboard.press('Control+Enter');
    await page.waitForSelector('.sila-console-results:not([hidden]), .sila-console-message:not([hidden])');
    expect(await page.locator('.sila-console-message').isHidden(), await page.locator('.sila-console-message').innerText()).toBe(true);
    expect(await page.locator('.sila-console-table tbody tr').count()).toBe(2);
    const ids = await page.locator('.sila-console-table tbody tr td:first-child').allInnerTexts();
    expect(await page.locator('.sila-console-table tbody td').nth(1).innerText()).toMatch(/^\(:Agency \{id: "/);
    await page.locator('.sila-console button', { hasText: 'Replace canvas' }).click();
    await expect.poll(async () => (await canvasState(page)).nodes).toEqual([...ids].sort());
  });

  it('marks the position of a syntax error', async () => {
    await typeQuery(page, 'MATCH (n)\nRETRUN n');
    await page.keyboard.press('Control+Enter');
    await page.waitForSelector('.sila-console-error-mark');
    expect(await page.locator('.sila-console-error-mark').innerText()).toBe('RETRUN');
    expect(await page.locator('.sila-console-error-position').innerText()).toBe('line 2, column 1');
    expect(await page.locator('.sila-console-error-detail').innerText()).toContain('RETRUN');
    await screenshot(page, 'console-syntax-error');
  });

  it('shows why a write is refused', async () => {
    await typeQuery(page, "CREATE (:Entity {id: 'never'})");
    await page.keyboard.press('Control+Enter');
    await page.waitForSelector('.sila-console-message:not([hidden])');
    expect(await page.locator('.sila-console-error-detail').innerText()).toMatch(/^The console is read-only: /);
  });

  it('loads an example with the keyboard', async () => {
    const first = page.locator('.sila-console-example-load').first();
    await first.waitFor();
    const expected = await first.getAttribute('title');
    await first.focus();
    await page.keyboard.press('Enter');
    expect(expected).not.toBeNull();
    expect((await editorText(page)).replace(/\s+/g, ' ').trim()).toBe((expected ?? '').replace(/\s+/g, ' ').trim());
  });

  it('recalls earlier queries with Ctrl+ArrowUp and from the history list', async () => {
    await typeQuery(page, 'RETURN 1 AS first');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.locator('.sila-console-table th').allInnerTexts()).toEqual(['first']);
    await typeQuery(page, 'RETURN 2 AS second');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.locator('.sila-console-table th').allInnerTexts()).toEqual(['second']);
    await typeQuery(page, 'draft');
    await page.keyboard.press('Control+ArrowUp');
    expect(await editorText(page)).toBe('RETURN 2 AS second');
    await page.keyboard.press('Control+ArrowUp');
    expect(await editorText(page)).toBe('RETURN 1 AS first');
    await page.keyboard.press('Control+ArrowDown');
    await page.keyboard.press('Control+ArrowDown');
    expect(await editorText(page)).toBe('draft');
    await page.locator('.sila-console-history-entry', { hasText: 'RETURN 1 AS first' }).focus();
    await page.keyboard.press('Enter');
    expect(await editorText(page)).toBe('RETURN 1 AS first');
  });

  it('cancels a long query with Escape and stays usable', async () => {
    await typeQuery(page, 'UNWIND range(1, 2000000000) AS i WITH i WHERE i % 1000003 = -1 RETURN count(i)');
    await page.keyboard.press('Control+Enter');
    await page.waitForSelector('.sila-console-cancel:not([hidden])');
    expect(await page.locator('.sila-console-progress').innerText()).toMatch(/^Running… \d+\.\d s$/);
    await page.keyboard.press('Escape');
    await page.waitForSelector('.sila-console-cancel[hidden]', { state: 'attached' });
    expect(await page.locator('.sila-console-progress').innerText()).toBe('Cancelled.');
    expect(await page.locator('.sila-console-run').isEnabled()).toBe(true);

    await typeQuery(page, 'RETURN 42 AS answer');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.locator('.sila-console-table td').allInnerTexts()).toEqual(['42']);
  });

  it('lets Tab leave the editor for the Run button', async () => {
    await page.focus(editor);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('sila-console-run'))).toBe(true);
  });
});
