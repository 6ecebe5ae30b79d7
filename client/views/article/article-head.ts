import type { ArticleSummary, ArticleView } from '../../../contract/api.ts';
import { h } from '../../dom.ts';
import { t } from '../../i18n.ts';

/** Title, outlet with a link to the source, and date of the article being read. */
export function articleHead(summary: ArticleSummary | undefined, view: ArticleView): HTMLElement {
  const title = summary?.title ?? (typeof view.article.properties.title === 'string' ? view.article.properties.title : null);
  // Only web addresses become links: a `javascript:` or `data:` URL in an article's metadata must never run.
  const url = summary?.url !== undefined && summary.url !== null && /^https?:\/\//i.test(summary.url) ? summary.url : null;
  const outlet = summary?.outlet ?? null;
  const source = url ? h('a', { href: url, rel: 'noreferrer noopener', target: '_blank', dir: 'ltr' }, outlet ?? url) : outlet ? h('span', { dir: 'auto' }, outlet) : null;
  return h(
    'header',
    { class: 'article-meta', 'data-article': view.article.id },
    h('h3', { class: 'article-title', dir: 'auto' }, title ?? t('article.untitled')),
    h('p', { class: 'muted' }, source ? h('span', {}, `${t('article.source')}: `, source, ' · ') : null, `${t('article.published')}: ${summary?.published ?? t('article.undated')}`),
  );
}
