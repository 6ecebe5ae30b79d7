/** A server started with SILA_API_TOKEN: the bundled client gets the token from the link or asks for it. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canvasState, launchBrowser, settled, type TestServer } from '../test/browser.ts';
import { startTestServer } from '../test/server-harness.ts';

const token = 'a-browser-test-token-0123456789';
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer({ SILA_API_TOKEN: token });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
  await server.stop();
});

async function newPage(): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const origin = new URL(server.url).origin;
  await context.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
  return { page: await context.newPage(), close: () => context.close() };
}

describe('a server that requires an API token', () => {
  it('refuses the API without the token', async () => {
    const response = await fetch(`${server.url}/api/graph`);
    expect(response.status).toBe(401);
  });

  it('opens with the token given in the link, and drops it from the address', async () => {
    const { page, close } = await newPage();
    const prompts: string[] = [];
    page.on('dialog', (dialog) => {
      prompts.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${server.url}/#token=${token}`);
    await settled(page);
    expect((await canvasState(page)).nodes.length).toBeGreaterThan(50);
    expect(prompts).toEqual([]);
    expect(page.url()).not.toContain(token);
    await close();
  });

  it('asks for the token once when the link has none, then works', async () => {
    const { page, close } = await newPage();
    const prompts: string[] = [];
    page.on('dialog', (dialog) => {
      prompts.push(dialog.message());
      void dialog.accept(token);
    });
    await page.goto(`${server.url}/`);
    await settled(page);
    expect(prompts).toHaveLength(1);
    expect(prompts[0]).toContain('SILA_API_TOKEN');
    expect((await canvasState(page)).nodes.length).toBeGreaterThan(50);
    await close();
  });
});
