import type { ArticleRef, ProvenanceInfo } from '../../../contract/api.ts';
import { h } from '../../dom.ts';
import { t } from '../../i18n.ts';

/** Which article a sentence comes from: its title (or outlet) and date, as a reader cites it. */
export function citationText(article: ArticleRef): string {
  const title = article.title ?? article.outlet ?? t('article.untitled');
  return t('cite.article', { title, date: article.published ?? t('article.undated') });
}

export function citation(article: ArticleRef): HTMLElement {
  return h('cite', { class: 'citation', dir: 'auto', 'data-article': article.id }, citationText(article));
}

/** How a sentence came to support a fact, and where its review stands. */
export function supportText(support: ProvenanceInfo): string {
  const how =
    support.method === 'rule'
      ? t('support.rule', { rule: support.rule ?? '?', confidence: Math.round(support.confidence * 100) })
      : t(support.method === 'curated' ? 'support.curated' : 'support.analyst');
  return `${how} · ${t(`support.${support.status}`)}`;
}
