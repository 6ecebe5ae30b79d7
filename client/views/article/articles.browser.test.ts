/**
 * The article reader and the evidence panels with a corpus of two articles: the picker lists both, shows
 * the chosen one's title, source and date, and the panels cite each sentence's article.
 */
import { describe, expect, it } from 'vitest';
import { addArticle, retractArticle } from '../../../store/article-writer.ts';
import { articleIdOf } from '../../../store/article-batch.ts';
import { openApp, screenshot, settled, useSeededApp } from '../../../test/browser.ts';
import { SECOND_TEXT, secondArticleBatch } from '../../../test/fixtures/articles/second-article.ts';

const app = useSeededApp();

describe('a corpus of two articles in the explorer', () => {
  it('picks an article in the reader, with its title, source and date, and cites both articles in the panels', async () => {
    await addArticle(app.server.db, secondArticleBatch(), { by: 'test' });
    try {
      const opened = await openApp(app.browser, app.server.url, { hash: '#n=bcij&s=bcij&ui=en' });
      const { page } = opened;
      await page.click('[data-action="article"]');
      const picker = page.locator('.article-picker');
      await expect.poll(() => picker.locator('option').count()).toBe(2);
      // The newest article (published 2026-03-04) opens first.
      await expect.poll(() => page.locator('.article-meta .article-title').textContent()).toBe('تفكيك خلية بالدار البيضاء');
      expect(await page.locator('.article-meta').textContent()).toContain('Test outlet');
      expect(await page.locator('.article-meta').textContent()).toContain('2026-03-04');
      expect(await page.locator('.article-body .mention[data-entity="bcij"]').count()).toBe(2);

      await picker.selectOption({ index: 1 });
      await expect.poll(() => page.locator('.article-meta .article-title').textContent()).toContain('المغرب في مواجهة الإرهاب');
      expect(await page.locator('.article-body .article-sentence').count()).toBe(13);
      await screenshot(page, 'articles-reader-picker');

      await page.click('[data-action="close-article"]');
      await settled(page);
      const panel = page.locator('.node-panel[data-node="bcij"]');
      await expect.poll(() => panel.count()).toBe(1);
      const cited = await panel.locator('.citation').allTextContents();
      expect(cited.some((c) => c.includes('تفكيك خلية بالدار البيضاء') && c.includes('2026-03-04'))).toBe(true);
      expect(cited.some((c) => c.includes('المغرب في مواجهة الإرهاب') && c.includes('2025'))).toBe(true);
      await screenshot(page, 'articles-node-panel-citations');
      opened.assertClean();
      await opened.close();
    } finally {
      await retractArticle(app.server.db, articleIdOf(SECOND_TEXT), { by: 'test' });
    }
  });
});
