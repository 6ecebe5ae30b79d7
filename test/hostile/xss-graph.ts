/**
 * A hostile article for client/xss.browser.test.ts (which may not import the store itself): an article
 * titled and written like an HTML injection, an entity named like one, a sentence holding a script tag
 * that mentions it, and a fact tying it to a seed entity with that sentence as support. It goes in and
 * out through the writer like any other article.
 */
import { articleIdOf, sentenceIdOf } from '../../store/article-batch.ts';
import { addArticle, retractArticle } from '../../store/article-writer.ts';
import type { Database } from '../../store/database.ts';

export const XSS_NAME = '<img src=x onerror=alert(1)>';
export const XSS_TITLE = '<img src=x onerror=alert(4)> عنوان';
export const XSS_DESCRIPTION = '<script>alert("description")</script> and <b onmouseover=alert(3)>bold</b>';
export const XSS_SENTENCE = `أعلنت خلية ${XSS_NAME} عن <script>alert(2)</script> في بيان.`;
export const XSS_PROBE = 'xss-probe';
const XSS_ARTICLE = articleIdOf(XSS_SENTENCE);
export const XSS_SENTENCE_ID = sentenceIdOf(XSS_ARTICLE, 's-1-1');
/** What a person types to find the probe. */
export const XSS_SEARCH = 'xssprobe';
const RELATED = 'lions-of-the-caliphate';

const asAnalyst = { method: 'analyst', confidence: 1, status: 'accepted' } as const;

export async function loadXssProbe(db: Database): Promise<void> {
  const start = XSS_SENTENCE.indexOf(XSS_NAME);
  await addArticle(
    db,
    {
      article: { text: XSS_SENTENCE, title: XSS_TITLE, url: 'javascript:alert(5)', outlet: XSS_NAME, published: '2026-12-01', language: 'ar', extra: {} },
      sentences: [{ local: 's-1-1', index: 1, paragraph: 1, position: 1, line: 1, start: 0, end: XSS_SENTENCE.length, text: XSS_SENTENCE }],
      entities: [
        {
          id: XSS_PROBE,
          kind: 'Organization',
          properties: { name_ar: XSS_NAME, name_en: XSS_NAME, aliases_ar: [], aliases_latin: [XSS_SEARCH], description_en: XSS_DESCRIPTION },
          origin: 'extracted',
        },
        { id: RELATED, kind: 'Cell', properties: {}, origin: 'curated' },
      ],
      mentions: [{ ...asAnalyst, sentence: 's-1-1', entityId: XSS_PROBE, start, end: start + XSS_NAME.length, surface: XSS_NAME, alias: XSS_NAME, clitic: '', noise: [] }],
      facts: [{ source: XSS_PROBE, type: 'AFFILIATED_WITH', target: RELATED, properties: {}, supports: [{ ...asAnalyst, sentence: 's-1-1' }] }],
    },
    { by: 'test' },
  );
}

/** Takes the hostile article out again, and with it the entity only it mentioned. */
export async function restoreArticleGraph(db: Database): Promise<void> {
  await retractArticle(db, XSS_ARTICLE, { by: 'test' });
}
