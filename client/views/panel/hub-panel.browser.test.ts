/**
 * The node panel of a hub named 2,400 times: its first page of mentions with the total, and a "more"
 * control that adds the next page; the panel of a fact stated by 1,200 sentences pages its evidence alike.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_PAGE } from '../../../contract/api.ts';
import { writeFixture } from '../../../test/fixture-write.ts';
import { openApp, nodeOnPage, screenshot, settled, useSeededApp } from '../../../test/browser.ts';
import { HUB_FACT, HUB_ID, HUB_NAME, hubFixture } from '../../../test/fixtures/hub.ts';

const suite = useSeededApp();
const fixture = hubFixture(30, 40, 120);

beforeAll(async () => {
  await writeFixture(suite.server.db, 'hub-create', { hub: HUB_ID, name: HUB_NAME, fact: HUB_FACT, ...fixture }, [HUB_ID, 'bcij', ...fixture.neighbours]);
});
// Registered after the suite's, so it runs before the server stops.
afterAll(async () => {
  await writeFixture(suite.server.db, 'hub-delete', {}, [HUB_ID, 'bcij', ...fixture.neighbours]);
});

describe('the panel of a hub', () => {
  it('shows the first mentions, how many there are, and more on request', async () => {
    const app = await openApp(suite.browser, suite.server.url, { hash: `#n=${HUB_ID}&ui=en` });
    const { page } = app;
    const at = await nodeOnPage(page, HUB_ID);
    await page.mouse.click(at.x, at.y);
    const panel = page.locator(`.node-panel[data-node="${HUB_ID}"]`);
    await panel.waitFor();
    const control = panel.locator('.page-control');
    expect(await control.getAttribute('data-total')).toBe(String(fixture.mentionCount));
    expect(await control.getAttribute('data-shown')).toBe(String(FIRST_PAGE));
    expect(await control.textContent()).toContain(`mentioned 2,400 times · the newest ${FIRST_PAGE} shown`);
    // Two mentions a sentence: a page of mentions is half as many sentences, each once, the names marked.
    expect(await panel.locator('ol.sentences > li').count()).toBe(FIRST_PAGE / 2);
    expect(await panel.locator('ol.sentences mark').count()).toBe(FIRST_PAGE);
    await screenshot(page, '17-hub-panel-first-page');

    await panel.locator('[data-action="more-mentions"]').click();
    await page.locator(`.node-panel[data-node="${HUB_ID}"] .page-control[data-shown="${2 * FIRST_PAGE}"]`).waitFor();
    await settled(page);
    expect(await page.locator(`.node-panel[data-node="${HUB_ID}"] ol.sentences > li`).count()).toBe(FIRST_PAGE);
    await page.locator(`.node-panel[data-node="${HUB_ID}"] [data-action="more-mentions"]`).scrollIntoViewIfNeeded();
    await screenshot(page, '17-hub-panel-second-page');
    app.assertClean();
    await app.close();
  });

  it('words the count in Arabic and pages a fact’s evidence', async () => {
    const app = await openApp(suite.browser, suite.server.url, { hash: `#n=${HUB_ID},bcij&ui=ar` });
    const { page } = app;
    const at = await nodeOnPage(page, HUB_ID);
    await page.mouse.click(at.x, at.y);
    const control = page.locator(`.node-panel[data-node="${HUB_ID}"] .page-control`);
    await control.waitFor();
    expect(await control.textContent()).toContain('ذُكر');
    const middle = await page.evaluate((edge) => {
      const cy = (window as unknown as { __sila: { cy: import('cytoscape').Core } }).__sila.cy;
      const found = cy.edges().filter((e) => e.data('eid') === edge);
      const rect = cy.container()?.getBoundingClientRect();
      const point = found.renderedMidpoint();
      return { x: (rect?.left ?? 0) + point.x, y: (rect?.top ?? 0) + point.y, found: found.length };
    }, HUB_FACT);
    expect(middle.found).toBe(1);
    await page.mouse.click(middle.x, middle.y);
    const evidence = page.locator(`.edge-panel[data-edge="${HUB_FACT}"]`);
    await evidence.waitFor();
    expect(await evidence.locator('.page-control').getAttribute('data-total')).toBe(String(fixture.sentences.length));
    expect(await evidence.locator('ol.sentences > li').count()).toBe(FIRST_PAGE);
    await evidence.locator('[data-action="more-evidence"]').click();
    await page.locator(`.edge-panel[data-edge="${HUB_FACT}"] .page-control[data-shown="${2 * FIRST_PAGE}"]`).waitFor();
    expect(await page.locator(`.edge-panel[data-edge="${HUB_FACT}"] ol.sentences > li`).count()).toBe(2 * FIRST_PAGE);
    await screenshot(page, '17-fact-evidence-arabic');
    app.assertClean();
    await app.close();
  });
});
