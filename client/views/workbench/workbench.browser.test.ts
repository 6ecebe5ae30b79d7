/**
 * The analyst's workbench in real Chromium against the real server and Neo4j: corrections from the
 * panels (merge and its undo from the history, an edit with a conflict, a retracted fact, a note), a
 * workspace that survives a server restart, and a reader who sees no editing control.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canvasState, launchBrowser, nodeOnPage, openApp, screenshot, settled, startSeededServer, type OpenedApp, type TestServer } from '../../../test/browser.ts';
import { writeFixture } from '../../../test/fixture-write.ts';
import { startTestServer } from '../../../test/server-harness.ts';

let server: TestServer;
let browser: Browser;
let app: OpenedApp;
const fixture = '#n=wb-alpha,wb-beta,rabat,bcij,dgst&ui=en';

async function api(method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }> {
  const response = await fetch(server.url + path, { method, headers: body === undefined ? {} : { 'content-type': 'application/json' }, body: body === undefined ? null : JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null };
}

/** The body of a GET, in the shape the test expects of it. */
async function read<T>(path: string): Promise<T> {
  return (await api('GET', path)).body as T;
}

/** Undoes every change this file made that is still in effect (newest first), so other files see the seed graph. */
async function undoMine(since: string): Promise<void> {
  const body = await read<{ changes: { id: string; at: string; by: string; undoable: boolean; undoneAt: string | null }[] }>('/api/changes?limit=200');
  for (const change of body.changes) if (since !== '' && change.at >= since && change.by === 'local' && change.undoable && change.undoneAt === null) await api('POST', `/api/changes/${change.id}/undo`, {});
}

let started = '';

beforeAll(async () => {
  server = await startSeededServer();
  await writeFixture(server.db, 'workbench-fixture-create', {}, ['rabat', 'wb-alpha', 'wb-beta']);
  started = new Date().toISOString();
  browser = await launchBrowser();
  // The edit conflict is a 409 on purpose; Chromium logs every failed request.
  app = await openApp(browser, server.url, { hash: fixture, allow: [/status of 409/] });
});

afterAll(async () => {
  await app.close();
  await browser.close();
  await undoMine(started);
  await writeFixture(server.db, 'workbench-fixture-delete', {}, ['rabat', 'wb-alpha', 'wb-beta']);
  await server.stop();
});

async function selectNode(page: Page, id: string): Promise<void> {
  const at = await nodeOnPage(page, id);
  await page.mouse.click(at.x, at.y);
  await page.locator(`.node-panel[data-node="${id}"]`).waitFor();
}

async function openBottom(page: Page, view: 'history' | 'workspaces'): Promise<void> {
  if ((await page.locator(`#insight-panel[data-view="${view}"]:not([hidden])`).count()) > 0) return;
  // On a phone an open bottom panel leaves the canvas little room: close it before opening the other.
  if ((await page.locator('#insight-panel:not([hidden])').count()) > 0) await page.locator('[data-action="close-insight"]').click();
  await page.locator(`[data-action="view-${view}"]`).click();
  await page.locator(`#insight-panel[data-view="${view}"]`).waitFor();
}

describe('corrections from the panels (issue 13 §3, §4)', () => {
  it('merges an entity into another from its panel and undoes it from the history panel: the graph is as before', async () => {
    const { page } = app;
    const before = await canvasState(page);
    expect(before.nodes).toEqual(expect.arrayContaining(['wb-alpha', 'wb-beta', 'rabat']));
    expect(before.edges).toEqual(expect.arrayContaining(['wb-alpha-active_in-rabat', 'wb-beta-linked_to-rabat']));
    await selectNode(page, 'wb-alpha');
    await page.locator('.merge-entity > summary').click();
    await page.locator('.merge-entity input[type="search"]').fill('Workbench Beta');
    await page.locator('.merge-entity [data-pick="wb-beta"]').click();
    await page.locator('.merge-entity [data-action="merge-confirm"]').click();
    await page.locator('.node-panel[data-node="wb-beta"]').waitFor();
    await settled(page);
    const merged = await canvasState(page);
    expect(merged.nodes).not.toContain('wb-alpha');
    expect(merged.edges).toContain('wb-beta-active_in-rabat');
    expect(merged.selected).toEqual(['wb-beta']);
    // The notice offers the undo at once; the old id now leads to the kept entity.
    await page.locator('.notice[data-name="merged"] [data-action="undo-merge"]').waitFor();
    const redirected = { body: await read<{ node: { id: string }; redirectedFrom?: string }>('/api/nodes/wb-alpha') };
    expect(redirected.body).toMatchObject({ node: { id: 'wb-beta' }, redirectedFrom: 'wb-alpha' });

    await openBottom(page, 'history');
    const latest = page.locator('.history-list .change').first();
    await expect.poll(() => latest.getAttribute('data-action-name'), { timeout: 20_000 }).toBe('entity.merge');
    // Only the latest change in effect offers an undo.
    expect(await page.locator('.history-list [data-action="undo-change"]').count()).toBe(1);
    await latest.locator('[data-action="undo-change"]').click();
    await expect.poll(async () => (await canvasState(page)).nodes, { timeout: 20_000 }).toEqual(before.nodes);
    await settled(page);
    const after = await canvasState(page);
    expect(after.nodes).toEqual(before.nodes);
    expect(after.edges).toEqual(before.edges);
    await expect.poll(() => page.locator('.history-list .change').first().getAttribute('data-action-name'), { timeout: 20_000 }).toBe('undo');
    expect((await read<{ redirectedFrom?: string }>('/api/nodes/wb-alpha')).redirectedFrom).toBeUndefined();
    // The notice's undo is spent once the merge is undone, from wherever.
    expect(await page.locator('.notice[data-name="merged"]').count()).toBe(0);
    app.assertClean();
  });

  it('edits names, description and kind from the panel, shows both versions on a conflict, and saves the choice', async () => {
    const { page } = app;
    await selectNode(page, 'wb-beta');
    await page.locator('.edit-entity > summary').click();
    const form = page.locator('.edit-entity form');
    // Another analyst saves first, on the version the panel holds too.
    const seen = Number(await form.getAttribute('data-version'));
    expect((await api('PATCH', '/api/entities/wb-beta', { version: seen, description_en: 'Written by another analyst.' })).status).toBe(200);
    await form.locator('[name="name_en"]').fill('Workbench Beta Cell (renamed)');
    await form.locator('[name="description_en"]').fill('A cell the browser test edits.');
    await form.locator('[name="kind"]').selectOption('Group');
    await form.locator('[data-action="save-edit"]').click();
    const conflict = page.locator('.edit-conflict');
    await conflict.waitFor();
    expect(await conflict.locator('[data-side="current"]').textContent()).toContain('Written by another analyst.');
    expect(await conflict.locator('[data-side="yours"]').textContent()).toContain('A cell the browser test edits.');
    await screenshot(page, '13b-edit-conflict');
    await conflict.locator('[data-action="keep-mine"]').click();
    await expect.poll(() => page.locator('.node-panel[data-node="wb-beta"] .name-en').textContent(), { timeout: 20_000 }).toBe('Workbench Beta Cell (renamed)');
    expect(await page.locator('.node-panel[data-node="wb-beta"] .kind-badge').textContent()).toBe('Group');
    expect(await page.locator('.node-panel[data-node="wb-beta"] .properties').textContent()).toContain('A cell the browser test edits.');
    const stored = { body: await read<{ node: { labels: string[]; properties: { version: number } } }>('/api/nodes/wb-beta') };
    expect(stored.body.node.labels).toContain('Group');
    expect(stored.body.node.properties.version).toBe(seen + 2);
    app.assertClean();
  });

  it('adds a note to an entity from its panel: who, when and the text are shown', async () => {
    const { page } = app;
    await selectNode(page, 'wb-beta');
    await page.locator('.node-panel .note-form textarea').fill('ملاحظة من اختبار المتصفح');
    await page.locator('.node-panel .note-form select').selectOption('ar');
    await page.locator('.node-panel [data-action="add-note"]').click();
    const note = page.locator('.node-panel .analyst-note').first();
    await note.waitFor();
    expect(await note.locator('.note-text').textContent()).toBe('ملاحظة من اختبار المتصفح');
    expect(await note.locator('.note-text').getAttribute('dir')).toBe('rtl');
    expect(await note.locator('.note-by').textContent()).toContain('local');
    app.assertClean();
  });

  it('splits a mention off onto a new entity from the mention list, and undoes it from the history', async () => {
    const { page } = app;
    await selectNode(page, 'bcij');
    const rows = page.locator('.node-panel[data-node="bcij"] .split-mentions .mention-list > li');
    const before = await rows.count();
    expect(before).toBeGreaterThan(1);
    await page.locator('.node-panel .split-mentions > summary').click();
    const first = rows.first();
    const surface = ((await first.locator('span[lang="ar"]').textContent()) ?? '').replace(/[«»]/g, '');
    await first.locator('[data-action="split-open"]').click();
    expect(await first.locator('.split-new input[lang="ar"]').inputValue()).toBe(surface);
    await first.locator('.split-new input[lang="en"]').fill('wb split entity');
    await first.locator('[data-action="split-new"]').click();
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(before - 1);
    const latest = (await read<{ changes: { action: string; entityIds: string[] }[] }>('/api/changes?limit=1')).changes[0];
    expect(latest?.action).toBe('mention.split');
    const created = latest?.entityIds.find((id) => id !== 'bcij') ?? '';
    expect(created).toMatch(/^wb-split-entity/);
    const split = await read<{ node: { id: string; properties: { name_ar: string } }; mentions: unknown[] }>(`/api/nodes/${created}`);
    expect(split.node.properties.name_ar).toBe(surface);
    expect(split.mentions).toHaveLength(1);
    await openBottom(page, 'history');
    await expect.poll(() => page.locator('.history-list .change').first().getAttribute('data-action-name'), { timeout: 20_000 }).toBe('mention.split');
    await page.locator('.history-list [data-action="undo-change"]').click();
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(before);
    expect((await api('GET', `/api/nodes/${created}`)).status).toBe(404);
    app.assertClean();
  });

  it('retracts a fact from its panel: its evidence stays, marked rejected with who and when; undo restores it', async () => {
    const { page } = app;
    // A seed fact on the canvas with evidence; the undo below puts it back as it was.
    const edge = (await canvasState(page)).edges.find((id) => id.startsWith('bcij-') && id.endsWith('-dgst')) ?? '';
    const evidence = (await read<{ evidence: unknown[] }>(`/api/edges/${edge}`)).evidence.length;
    expect(evidence).toBeGreaterThan(0);
    await page.evaluate((id) => {
      const hook = (window as unknown as { __sila: { cy: import('cytoscape').Core } }).__sila;
      hook.cy.elements(':selected').unselect();
      hook.cy.edges().filter((e) => e.data('eid') === id).select();
    }, edge);
    const panel = page.locator(`.edge-panel[data-edge="${edge}"]`);
    await panel.waitFor();
    await panel.locator('[data-action="retract-fact"]').click();
    await page.locator(`.edge-panel[data-edge="${edge}"][data-status="rejected"]`).waitFor();
    const rejected = page.locator('.edge-panel .sentences > li.support-rejected');
    expect(await rejected.count()).toBe(evidence);
    expect(await rejected.first().locator('.reviewed-by').textContent()).toContain('local');
    const drawnAs = (): Promise<unknown> =>
      page.evaluate((id) => {
        const hook = (window as unknown as { __sila: { cy: import('cytoscape').Core } }).__sila;
        return String(hook.cy.edges().filter((e) => e.data('eid') === id).data('rejected'));
      }, edge);
    // On the canvas the retracted fact is drawn as rejected, never as a standing one.
    await expect.poll(drawnAs).toBe('yes');
    await screenshot(page, '13b-fact-retracted');
    await openBottom(page, 'history');
    await expect.poll(() => page.locator('.history-list .change').first().getAttribute('data-action-name'), { timeout: 20_000 }).toMatch(/^fact\./);
    await page.locator('.history-list [data-action="undo-change"]').click();
    await page.locator(`.edge-panel[data-edge="${edge}"]:not([data-status="rejected"])`).waitFor();
    expect(await page.locator('.edge-panel .sentences > li.support-rejected').count()).toBe(0);
    await expect.poll(drawnAs).toBe('no');
    app.assertClean();
  });
});

interface Picture {
  positions: Record<string, { x: number; y: number }>;
  rendered: Record<string, { x: number; y: number }>;
  zoom: number;
  hiddenKinds: string[];
  pinned: string[];
}

async function picture(page: Page): Promise<Picture> {
  return page.evaluate(() => {
    const hook = (window as unknown as { __sila: { cy: import('cytoscape').Core; ctx: { graph: { get(): { content: { hiddenKinds: Set<string>; pinned: Set<string> } } } } } }).__sila;
    const positions: Record<string, { x: number; y: number }> = {};
    const rendered: Record<string, { x: number; y: number }> = {};
    // On screen, from the centre of the canvas: the bottom panel that was open when it was saved made the
    // canvas shorter, and a workspace keeps the model point at the centre (as a share link does).
    const centre = { x: hook.cy.width() / 2, y: hook.cy.height() / 2 };
    hook.cy.nodes().forEach((node) => {
      positions[node.id()] = node.position();
      const at = node.renderedPosition();
      rendered[node.id()] = { x: at.x - centre.x, y: at.y - centre.y };
    });
    const { content } = hook.ctx.graph.get();
    return { positions, rendered, zoom: hook.cy.zoom(), hiddenKinds: [...content.hiddenKinds].sort(), pinned: [...content.pinned].sort() };
  });
}

describe('workspaces (issue 13 §5)', () => {
  it('saves the view, survives a server restart, and opens by its link with the same picture', async () => {
    const first = await openApp(browser, server.url, { hash: '#n=bcij,dgst,rabat,fes,casablanca,daesh&hk=Date&ui=en' });
    const { page } = first;
    await selectNode(page, 'dgst');
    await page.locator('.node-panel [data-action="pin"]').click();
    await page.locator('[data-action="zoom-in"]').click();
    await settled(page);
    await openBottom(page, 'workspaces');
    await page.locator('.workspace-new [name="name"]').fill('Browser test workspace');
    await page.locator('.workspace-new [name="description"]').fill('ما بقي على الشاشة قبل إعادة التشغيل');
    await page.locator('[data-action="workspace-save-new"]').click();
    const saved = page.locator('.workspace-list .workspace', { hasText: 'Browser test workspace' });
    await saved.waitFor();
    const id = (await saved.getAttribute('data-workspace')) ?? '';
    expect(id).toMatch(/^w-/);
    const before = await picture(page);
    expect(before.hiddenKinds).toEqual(['Date']);
    expect(before.pinned).toEqual(['dgst']);
    // What was saved is the picture on screen: every node's place and the zoom.
    const stored = await read<{ state: { positions: Record<string, { x: number; y: number }>; zoom: number; pan: { x: number; y: number } } }>(`/api/workspaces/${id}`);
    expect(Object.keys(stored.state.positions).sort()).toEqual(Object.keys(before.positions).sort());
    for (const [node, at] of Object.entries(before.positions)) {
      expect(Math.abs((stored.state.positions[node]?.x ?? NaN) - at.x)).toBeLessThanOrEqual(1);
      expect(Math.abs((stored.state.positions[node]?.y ?? NaN) - at.y)).toBeLessThanOrEqual(1);
    }
    expect(stored.state.zoom).toBeCloseTo(before.zoom, 3);
    await screenshot(page, '13b-workspace-saved');
    first.assertClean();
    await first.close();

    // A new server process on the same Neo4j: nothing of the workspace lives in the old one.
    await server.stop();
    server = await startTestServer();
    const reopened = await openApp(browser, server.url, { hash: `#w=${id}` });
    const after = await picture(reopened.page);
    expect(Object.keys(after.positions).sort()).toEqual(Object.keys(before.positions).sort());
    const { zoom, pan: centre } = stored.state;
    for (const [node, at] of Object.entries(before.positions)) {
      expect(Math.abs((after.positions[node]?.x ?? NaN) - at.x)).toBeLessThanOrEqual(1.5);
      expect(Math.abs((after.positions[node]?.y ?? NaN) - at.y)).toBeLessThanOrEqual(1.5);
      // On screen: where the saved camera puts it, within a pixel or two.
      const saved = stored.state.positions[node] ?? { x: NaN, y: NaN };
      expect(Math.abs((after.rendered[node]?.x ?? NaN) - (saved.x - centre.x) * zoom)).toBeLessThanOrEqual(2);
      expect(Math.abs((after.rendered[node]?.y ?? NaN) - (saved.y - centre.y) * zoom)).toBeLessThanOrEqual(2);
    }
    expect(after.zoom).toBeCloseTo(before.zoom, 3);
    expect(after.hiddenKinds).toEqual(['Date']);
    expect(after.pinned).toEqual(['dgst']);
    await openBottom(reopened.page, 'workspaces');
    await reopened.page.locator(`.workspace.opened[data-workspace="${id}"]`).waitFor();
    // The address names the open workspace beside the picture: a reload keeps both.
    await expect.poll(() => reopened.page.evaluate(() => window.location.hash), { timeout: 15_000 }).toContain(`w=${id}`);
    await reopened.page.reload();
    await settled(reopened.page);
    const reloaded = await picture(reopened.page);
    expect(Object.keys(reloaded.positions).sort()).toEqual(Object.keys(before.positions).sort());
    expect(reloaded.pinned).toEqual(['dgst']);
    await openBottom(reopened.page, 'workspaces');
    await reopened.page.locator(`.workspace.opened[data-workspace="${id}"]`).waitFor();
    reopened.assertClean();
    await reopened.close();
  });

  it('offers what is new around the nodes when articles were ingested after the workspace was saved', async () => {
    const created = await api('POST', '/api/workspaces', { name: 'News test workspace', description: '', state: { nodes: ['bcij', 'dgst'], edges: [], ui: 'en', labels: 'ar' } });
    expect(created.status).toBe(201);
    const id = (created.body as { id: string }).id;
    const text = readFileSync(new URL('../../../test/fixtures/corpus/dev/a1.txt', import.meta.url), 'utf8');
    const ingested = await api('POST', '/api/articles', { text, title: 'Workbench news test' });
    expect(ingested.status).toBe(201);
    const article = (ingested.body as { article: { id: string } }).article.id;
    try {
      const opened = await openApp(browser, server.url, { hash: `#w=${id}` });
      const { page } = opened;
      expect((await canvasState(page)).nodes).toEqual(['bcij', 'dgst']);
      const notice = page.locator('.notice[data-name="workspace-news"]');
      await notice.waitFor();
      expect(await notice.textContent()).toContain('What is new around these nodes');
      await notice.locator('[data-action="show-news"]').click();
      await expect.poll(async () => (await canvasState(page)).nodes.length, { timeout: 20_000 }).toBeGreaterThan(2);
      await settled(page);
      await screenshot(page, '13b-workspace-news');
      opened.assertClean();
      await opened.close();
    } finally {
      // The ingestion is undone (not retracted), so nothing of it stays in effect for the other test files.
      const changes = await read<{ changes: { id: string; action: string }[] }>(`/api/changes?article=${article}`);
      const add = changes.changes.find((change) => change.action === 'article.add');
      if (add) expect((await api('POST', `/api/changes/${add.id}/undo`, {})).status).toBe(200);
      await api('DELETE', `/api/workspaces/${id}`);
    }
  });

  it('refuses to save over a workspace someone saved meanwhile (409), and renames, duplicates and deletes', async () => {
    const opened = await openApp(browser, server.url, { hash: '#n=bcij,dgst&ui=en', allow: [/status of 409/] });
    const { page } = opened;
    await openBottom(page, 'workspaces');
    const item = page.locator('.workspace-list .workspace', { hasText: 'Browser test workspace' }).first();
    await item.waitFor();
    const id = (await item.getAttribute('data-workspace')) ?? '';
    const stored = { body: await read<{ name: string; description: string; state: unknown; version: number }>(`/api/workspaces/${id}`) };
    // Another tab saves over it: this list still holds the older version.
    expect((await api('PUT', `/api/workspaces/${id}`, { name: stored.body.name, description: 'saved elsewhere', state: stored.body.state, version: stored.body.version })).status).toBe(200);
    await item.locator('[data-action="workspace-save-over"]').click();
    await page.locator('.notice-error').filter({ hasText: 'saved meanwhile' }).waitFor();
    expect((await read<{ description: string }>(`/api/workspaces/${id}`)).description).toBe('saved elsewhere');

    await page.locator(`.workspace[data-workspace="${id}"] [data-action="workspace-rename"]`).click();
    await page.locator(`.workspace[data-workspace="${id}"] .workspace-rename-form input`).fill('Renamed browser workspace');
    await page.locator(`.workspace[data-workspace="${id}"] [data-action="workspace-rename-save"]`).click();
    await page.locator(`.workspace[data-workspace="${id}"] .workspace-name`, { hasText: 'Renamed browser workspace' }).waitFor();
    await page.locator(`.workspace[data-workspace="${id}"] [data-action="workspace-duplicate"]`).click();
    const copy = page.locator('.workspace-list .workspace', { hasText: 'Copy of Renamed browser workspace' });
    await copy.waitFor();
    for (const target of [copy, page.locator(`.workspace[data-workspace="${id}"]`)]) {
      await target.locator('[data-action="workspace-delete"]').click();
      await target.locator('[data-action="workspace-delete-confirm"]').click();
      // The list is drawn again once the server has deleted it; the next one is asked for on the new list.
      await target.waitFor({ state: 'detached' });
    }
    await expect.poll(() => page.locator(`.workspace-list .workspace[data-workspace="${id}"]`).count(), { timeout: 20_000 }).toBe(0);
    expect(await copy.count()).toBe(0);
    expect((await api('GET', `/api/workspaces/${id}`)).status).toBe(404);
    opened.assertClean();
    await opened.close();
  });
});

describe('roles (issue 13 §6)', () => {
  it('shows a reader (SILA_API_TOKEN only) no editing control in the node and edge panels or the history', async () => {
    const token = 'a-reader-token-for-the-workbench-0123';
    const readerServer = await startTestServer({ SILA_API_TOKEN: token });
    try {
      const reader = await openApp(browser, readerServer.url, { hash: `#token=${token}&n=bcij,dgst&ui=en` });
      const { page } = reader;
      expect(await page.evaluate(() => document.documentElement.dataset['editor'])).toBe('false');
      await selectNode(page, 'bcij');
      // The controls are built (so this test can fail) and none is displayed.
      expect(await page.locator('.node-panel .editor-only').count()).toBeGreaterThan(0);
      expect(await page.locator('.node-panel .editor-only:visible, .node-panel .edit-form:visible, .node-panel [data-action="add-note"]:visible').count()).toBe(0);
      const edge = (await canvasState(page)).edges[0] ?? '';
      await page.evaluate((id) => {
        const hook = (window as unknown as { __sila: { cy: import('cytoscape').Core } }).__sila;
        hook.cy.elements(':selected').unselect();
        hook.cy.edges().filter((e) => e.data('eid') === id).select();
      }, edge);
      await page.locator(`.edge-panel[data-edge="${edge}"]`).waitFor();
      expect(await page.locator('.edge-panel .editor-only').count()).toBeGreaterThan(0);
      expect(await page.locator('.edge-panel .editor-only:visible, [data-action="retract-fact"]:visible, [data-action="add-note"]:visible').count()).toBe(0);
      await openBottom(page, 'history');
      await page.locator('.history-list .change').first().waitFor();
      expect(await page.locator('[data-action="undo-change"]:visible').count()).toBe(0);
      await screenshot(page, '13b-reader-edge-panel');
      reader.assertClean();
      await reader.close();
    } finally {
      await readerServer.stop();
    }
  });
});

describe('screenshots of the workbench (issue 13 §5 of the brief)', () => {
  for (const viewport of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
    it(`draws the panels with their editing controls, the history and the workspaces at ${viewport.width}×${viewport.height}`, async () => {
      const shot = await openApp(browser, server.url, { hash: fixture, viewport, touch: viewport.width < 700 });
      const { page } = shot;
      const size = `${viewport.width}`;
      const at = await nodeOnPage(page, 'wb-beta');
      if (viewport.width < 700) await page.touchscreen.tap(at.x, at.y);
      else await page.mouse.click(at.x, at.y);
      await page.locator('.node-panel[data-node="wb-beta"]').waitFor();
      await page.locator('.edit-entity > summary').click();
      await page.locator('.merge-entity > summary').click();
      await screenshot(page, `13b-node-panel-${size}`);
      await page.locator('.node-panel .notes-section').scrollIntoViewIfNeeded();
      await screenshot(page, `13b-node-notes-${size}`);
      await openBottom(page, 'history');
      await page.locator('.history-list .change').first().waitFor();
      await screenshot(page, `13b-history-${size}`);
      await openBottom(page, 'workspaces');
      await page.locator('.workspace-new [name="name"]').fill(`Screenshot ${size}`);
      await page.locator('.workspace-new [name="description"]').fill('خلايا الرباط بعد الدمج والتراجع');
      await page.locator('[data-action="workspace-save-new"]').click();
      const saved = page.locator('.workspace-list .workspace', { hasText: `Screenshot ${size}` });
      await saved.waitFor();
      await screenshot(page, `13b-workspaces-${size}`);
      await api('DELETE', `/api/workspaces/${(await saved.getAttribute('data-workspace')) ?? ''}`);
      shot.assertClean();
      await shot.close();
      // The same panel in the Arabic interface, right to left.
      const arabic = await openApp(browser, server.url, { hash: fixture.replace('ui=en', 'ui=ar'), viewport, touch: viewport.width < 700 });
      const point = await nodeOnPage(arabic.page, 'wb-beta');
      if (viewport.width < 700) await arabic.page.touchscreen.tap(point.x, point.y);
      else await arabic.page.mouse.click(point.x, point.y);
      await arabic.page.locator('.node-panel[data-node="wb-beta"]').waitFor();
      await arabic.page.locator('.edit-entity > summary').click();
      expect(await arabic.page.locator('.edit-entity > summary').textContent()).toBe('تعديل الأسماء والوصف والنوع');
      await screenshot(arabic.page, `13b-node-panel-ar-${size}`);
      arabic.assertClean();
      await arabic.close();
    });
  }
});
