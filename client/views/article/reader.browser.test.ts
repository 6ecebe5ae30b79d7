/**
 * Issue 15, points 2, 3 and 4: one sentence numbering everywhere; every mention reachable from the
 * article, nested and overlapping ones too; Arabic letters joined across a mention's clitic, checked in a
 * screenshot at device scale 2.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canvasState, openApp, screenshot, screenshotDir, settled, useSeededApp, type Rect } from '../../../test/browser.ts';
import { inkBox, inkDifference, inkIn } from '../../../test/pixels.ts';

const suite = useSeededApp();

interface ArticleSentence {
  id: string;
  index: number;
  text: string;
  mentions: { entityId: string; start: number; end: number; surface: string }[];
}

async function articleSentences(): Promise<ArticleSentence[]> {
  const response = await fetch(`${suite.server.url}/api/article`);
  return ((await response.json()) as { sentences: ArticleSentence[] }).sentences;
}

const letter = /[\p{L}\p{M}\p{N}\u0640]/u;
/** The whole words a span touches (a mention's clitic is part of its word). */
function wordsAround(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  let to = end;
  while (from > 0 && letter.test(text[from - 1] ?? '') && letter.test(text[from] ?? '')) from--;
  while (to < text.length && letter.test(text[to] ?? '') && letter.test(text[to - 1] ?? '')) to++;
  return { start: from, end: to };
}

async function openArticle(page: Page): Promise<void> {
  await page.locator('[data-action="article"]').click();
  await page.locator('#article-drawer .mention').first().waitFor();
}

/** Where a span of a sentence's text is drawn, as one rectangle (the union of its line boxes). */
async function spanRect(page: Page, sentenceId: string, start: number, end: number): Promise<Rect> {
  return page.evaluate(
    ({ id, from, to }) => {
      const root = document.querySelector(`.article-sentence[data-sentence="${id}"]`);
      if (!root) throw new Error(`no sentence ${id}`);
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let at = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent?.length ?? 0;
        if (from >= at && from <= at + length) range.setStart(node, from - at);
        if (to >= at && to <= at + length) {
          range.setEnd(node, to - at);
          break;
        }
        at += length;
      }
      const r = range.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    },
    { id: sentenceId, from: start, to: end },
  );
}

describe('one sentence numbering (issue 15: 2)', () => {
  it('numbers sentences as the database does, the same in the node panel, the edge panel, its note and the reader', async () => {
    const sentences = await articleSentences();
    const numberOf = new Map(sentences.map((s) => [s.id, s.index]));
    const app = await openApp(suite.browser, suite.server.url, { hash: '#n=abdellatif-hammouchi,bcij,extremists-2025' });
    const { page } = app;
    // Hammouchi's first sentence is s-2-1, the article's second: «الجملة 2», not 3.
    await page.locator('#search-input').fill('الحموشي');
    await page.locator('.search-hit[data-id="abdellatif-hammouchi"]').click();
    const panel = page.locator('.node-panel[data-node="abdellatif-hammouchi"]');
    await panel.waitFor();
    const cited = await panel.locator('.sentences li').evaluateAll((items) =>
      items.map((li) => ({ label: li.querySelector('.sentence-index')?.textContent ?? '', id: li.querySelector('.sentence')?.getAttribute('data-sentence') ?? '' })),
    );
    expect(cited.length).toBeGreaterThan(0);
    for (const { label, id } of cited) expect(label).toBe(`الجملة ${numberOf.get(id) ?? -1}`);
    expect(cited[0]).toEqual({ label: 'الجملة 2', id: 's-2-1' });

    // A relationship whose note names sentences by id: the note speaks of the same numbers as the list.
    await page.locator('#search-input').fill('');
    const edge = 'bcij-arrested-extremists-2025';
    await settled(page);
    const middle = await page.evaluate((id) => {
      const cy = (window as unknown as { __sila: { cy: import('cytoscape').Core } }).__sila.cy;
      const rect = cy.container()?.getBoundingClientRect() ?? { left: 0, top: 0 };
      const m = cy.edges().filter((e) => e.data('eid') === id).renderedMidpoint();
      return { x: rect.left + m.x, y: rect.top + m.y };
    }, edge);
    await page.mouse.click(middle.x, middle.y);
    const edgePanel = page.locator(`.edge-panel[data-edge="${edge}"]`);
    await edgePanel.waitFor();
    const note = (await edgePanel.locator('.evidence-note').textContent()) ?? '';
    expect(note).not.toMatch(/s-\d+-\d+/);
    expect(note).toContain('الجملة 4');
    expect(note).toContain('الجملة 5');
    for (const label of await edgePanel.locator('.sentence-index').allTextContents()) expect(label).toMatch(/^الجملة ([1-9]|1[0-3])$/);
    await screenshot(page, '15-02-edge-note-numbers');

    // The reader shows each sentence's number, 1 to 13, in order.
    await openArticle(page);
    const shown = await page.locator('#article-drawer .sentence-number').allTextContents();
    expect(shown).toEqual(sentences.map((s) => String(s.index)));
    await screenshot(page, '15-02-reader-numbers');
    app.assertClean();
    await app.close();
  });
});

describe('every mention reachable from the article (issue 15: 3)', () => {
  it('offers each of the 114 mentions, nested and overlapping ones included, and places the one chosen', async () => {
    const sentences = await articleSentences();
    const app = await openApp(suite.browser, suite.server.url, { hash: '#n=dgst' });
    const { page } = app;
    await openArticle(page);
    // Each mention's words must lie under a clickable passage that offers its entity.
    const offered = await page.evaluate(() => {
      const out: { sentence: string; start: number; end: number; entities: string[] }[] = [];
      for (const sentence of document.querySelectorAll<HTMLElement>('.article-sentence')) {
        for (const mention of sentence.querySelectorAll<HTMLElement>('.mention')) {
          const before = document.createRange();
          before.setStart(sentence, 0);
          before.setEndBefore(mention);
          const start = before.toString().length;
          const entities = (mention.dataset.entities ?? mention.dataset.entity ?? '').split(' ').filter(Boolean);
          out.push({ sentence: sentence.dataset.sentence ?? '', start, end: start + (mention.textContent?.length ?? 0), entities });
        }
      }
      return out;
    });
    const unreachable: string[] = [];
    let total = 0;
    for (const sentence of sentences) {
      for (const mention of sentence.mentions) {
        total += 1;
        const words = wordsAround(sentence.text, mention.start, mention.end);
        const reachable = offered.some((p) => p.sentence === sentence.id && p.entities.includes(mention.entityId) && p.start < words.end && p.end > words.start && p.start >= words.start && p.end <= words.end);
        if (!reachable) unreachable.push(`${sentence.id} ${mention.entityId} «${mention.surface}»`);
      }
    }
    expect(total).toBe(114);
    expect(unreachable).toEqual([]);

    // The inner name of «توقيف 12 متطرفا» and «الساحل والصحراء» can be picked from the article.
    for (const [sentence, inner, outer] of [
      ['s-5-1', 'extremists-2025', 'arrests-2025'],
      ['s-6-1', 'sahel', 'sahel-sahara'],
    ] as const) {
      const passage = page.locator(`.article-sentence[data-sentence="${sentence}"] .mention[data-entities~="${inner}"][data-entities~="${outer}"]`).first();
      await passage.click();
      const choice = page.locator(`.mention-chooser [data-entity="${inner}"]`);
      await choice.waitFor();
      expect(await page.locator('.mention-chooser [role="menuitem"]').count()).toBeGreaterThanOrEqual(2);
      if (inner === 'extremists-2025') await screenshot(page, '15-03-nested-mention-chooser');
      await choice.click();
      await settled(page);
      expect((await canvasState(page)).selected).toEqual([inner]);
    }
    app.assertClean();
    await app.close();
  });

  it('walks the mentions with the arrow keys and picks one with Enter', async () => {
    const app = await openApp(suite.browser, suite.server.url, { hash: '#n=dgst' });
    const { page } = app;
    await openArticle(page);
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('mention') ?? false)).toBe(true);
    const first = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.entities);
    await page.keyboard.press('ArrowLeft');
    const second = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.entities);
    expect(second).not.toBe(first);
    // Only one mention is in the Tab order.
    expect(await page.locator('#article-drawer .mention[tabindex="0"]').count()).toBe(1);
    app.assertClean();
    await app.close();
  });
});

describe('Arabic joining at clitics (issue 15: 4)', () => {
  it('draws a mention with its clitic exactly as the plain word, at device scale 2', async () => {
    const sentences = await articleSentences();
    // Mentions whose word starts with a clitic that joins the next letter (ل, ب): «لتنظيم», «بالتنظيمات», «بالمملكة».
    const words: { sentence: string; start: number; end: number; word: string }[] = [];
    for (const sentence of sentences) {
      for (const mention of sentence.mentions) {
        const before = sentence.text[mention.start - 1] ?? '';
        if (!/[لب]/.test(before)) continue;
        const span = wordsAround(sentence.text, mention.start, mention.end);
        const firstWordEnd = sentence.text.indexOf(' ', span.start);
        const end = firstWordEnd < 0 || firstWordEnd > span.end ? span.end : firstWordEnd;
        const word = sentence.text.slice(span.start, end);
        if (!words.some((w) => w.word === word)) words.push({ sentence: sentence.id, start: span.start, end, word });
      }
    }
    expect(words.length).toBeGreaterThanOrEqual(3);
    const app = await openApp(suite.browser, suite.server.url, { hash: '#n=dgst' });
    const { page } = app;
    await openArticle(page);
    await page.locator('#article-drawer').evaluate((pane) => pane.scrollTo(0, 0));
    // The reference: the same word as one plain run, in the font of the article's paragraphs, without any mark.
    await page.evaluate(() => {
      const model = document.querySelector('#article-drawer .article-paragraph');
      const style = model ? getComputedStyle(model) : null;
      const p = document.createElement('p');
      p.dir = 'rtl';
      p.lang = 'ar';
      p.id = 'test-reference';
      Object.assign(p.style, { position: 'fixed', top: '200px', left: '400px', margin: '0', padding: '0 8px', background: '#fff', zIndex: '1000', fontFamily: style?.fontFamily ?? '', fontSize: style?.fontSize ?? '', lineHeight: style?.lineHeight ?? '' });
      p.append(document.createElement('span'));
      document.body.append(p);
    });
    const checked: { word: string; difference: number; widthDelta: number }[] = [];
    for (const { sentence, start, end, word } of words.slice(0, 6)) {
      await page.locator(`.article-sentence[data-sentence="${sentence}"]`).scrollIntoViewIfNeeded();
      await page.evaluate((text) => {
        const span = document.querySelector('#test-reference span');
        if (span) span.textContent = text;
      }, word);
      const drawn = await spanRect(page, sentence, start, end);
      // Over the same background as the mention, so the letters' edges blend alike.
      const reference = await page.evaluate((at) => {
        const under = document.elementFromPoint(at.x + at.width / 2, at.y + at.height / 2);
        const span = document.querySelector<HTMLElement>('#test-reference span');
        if (!span) throw new Error('no reference');
        span.style.background = under ? getComputedStyle(under).backgroundColor : '';
        const r = span.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }, drawn);
      // A word the justified line broke across two lines cannot be compared as one run.
      if (drawn.height > reference.height * 1.6) continue;
      // Cut at the word's own advance on both: a neighbour's quote mark must not count as the word's ink.
      const pad = (r: Rect): Rect => ({ x: r.x, y: r.y, width: r.width, height: r.height });
      const a = await inkIn(page, pad(drawn));
      const b = await inkIn(page, pad(reference));
      const boxA = inkBox(a);
      const boxB = inkBox(b);
      const widthDelta = Math.abs((boxA ? boxA.x2 - boxA.x1 : 0) - (boxB ? boxB.x2 - boxB.x1 : 0));
      checked.push({ word, difference: inkDifference(a, b), widthDelta });
      if (checked.length === 1) {
        const around = { x: Math.max(0, drawn.x - 120), y: Math.max(0, drawn.y - 30), width: drawn.width + 240, height: drawn.height + 60 };
        await page.screenshot({ path: `${screenshotDir}/15-04-joining-closeup.png`, clip: around });
      }
    }
    expect(checked.length).toBeGreaterThanOrEqual(3);
    for (const result of checked) {
      // Same glyph widths to a device pixel or two, and the same shapes (an isolated ل differs in half its ink).
      expect(result.widthDelta, result.word).toBeLessThanOrEqual(3);
      expect(result.difference, result.word).toBeLessThan(0.15);
    }
    app.assertClean();
    await app.close();
  });
});
