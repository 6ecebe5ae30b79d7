/**
 * What ingestion proposes is seen everywhere, and never taken for a reviewed fact: proposed entities and
 * facts are drawn dashed and lighter, a legend switch hides them, and the reader marks proposed mentions.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestResultSchema } from '../../../contract/api.ts';
import { openApp, screenshot, settled, useSeededApp } from '../../../test/browser.ts';

const app = useSeededApp();
const a1 = readFileSync(new URL('../../../test/fixtures/corpus/dev/a1.txt', import.meta.url), 'utf8');

describe('proposals on the canvas', () => {
  it('draws proposed entities and facts dashed, hides them on request, and marks proposed mentions in the reader', async () => {
    const response = await fetch(`${app.server.url}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: a1, title: 'الناظور', published: '2026-03-01' }) });
    expect(response.status).toBe(201);
    const { article, graph } = ingestResultSchema.parse(await response.json());
    try {
      const cell = graph.nodes.find((n) => n.labels.includes('Cell') && n.properties.ingest === 'new');
      expect(cell).toBeDefined();
      const cellId = cell?.id ?? '';
      const opened = await openApp(app.browser, app.server.url, { hash: `#n=bcij,${cellId}&ui=en` });
      const { page } = opened;
      const style = () =>
        page.evaluate(
          ({ cellId: id }) => {
            const cy = (window as unknown as { __sila: { cy: import('cytoscape').Core } }).__sila.cy;
            const node = cy.getElementById(id);
            const bcij = cy.getElementById('bcij');
            const edge = node.connectedEdges().first();
            return {
              present: node.nonempty(),
              cell: node.nonempty() ? String(node.style('border-style')) : null,
              bcij: String(bcij.style('border-style')),
              edge: edge.nonempty() ? String(edge.style('line-style')) : null,
            };
          },
          { cellId },
        );
      expect(await style()).toEqual({ present: true, cell: 'dashed', bcij: 'solid', edge: 'dashed' });
      await screenshot(page, 'proposed-dashed');

      await page.locator('[data-action="show-proposed"]').uncheck();
      await settled(page);
      expect((await style()).present).toBe(false);
      await page.locator('[data-action="show-proposed"]').check();
      await settled(page);
      expect((await style()).present).toBe(true);

      await page.click('[data-action="article"]');
      await expect.poll(() => page.locator('.article-meta .article-title').textContent()).toBe('الناظور');
      expect(await page.locator('.article-body .mention.proposed').count()).toBeGreaterThan(5);
      opened.assertClean();
      await opened.close();
    } finally {
      expect((await fetch(`${app.server.url}/api/articles/${article.id}`, { method: 'DELETE' })).status).toBe(204);
    }
  });
});
