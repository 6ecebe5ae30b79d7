import type { ArticleSummary, ArticleView } from '../../../contract/api.ts';
import { api } from '../../api/endpoints.ts';
import type { ClientContext } from '../../core/context.ts';
import { attempt, placeNode } from '../../core/explore/operations.ts';
import { h } from '../../dom.ts';
import { t } from '../../i18n.ts';
import { citationText } from '../panel/citation.ts';

function paragraphs(view: ArticleView, ctx: ClientContext): HTMLElement[] {
  const byParagraph = new Map<number, HTMLElement>();
  for (const sentence of [...view.sentences].sort((a, b) => a.index - b.index)) {
    let paragraph = byParagraph.get(sentence.paragraph);
    if (!paragraph) {
      paragraph = h(sentence.headline ? 'h3' : 'p', { class: sentence.headline ? 'article-headline' : 'article-paragraph', dir: 'rtl', lang: 'ar' });
      byParagraph.set(sentence.paragraph, paragraph);
    }
    const span = h('span', { class: 'article-sentence', 'data-sentence': sentence.id });
    let at = 0;
    for (const mention of [...sentence.mentions].sort((a, b) => a.start - b.start)) {
      if (mention.start < at || mention.end > sentence.text.length) continue;
      if (mention.start > at) span.append(sentence.text.slice(at, mention.start));
      const proposed = mention.status === 'proposed';
      span.append(
        h(
          'button',
          {
            type: 'button',
            class: proposed ? 'mention proposed' : 'mention',
            'data-entity': mention.entityId,
            title: proposed ? `${t('article.mentionOf', { name: mention.surface })} (${t('article.proposed')})` : t('article.mentionOf', { name: mention.surface }),
            onclick: () => void placeNode(ctx, mention.entityId),
          },
          sentence.text.slice(mention.start, mention.end),
        ),
      );
      at = mention.end;
    }
    if (at < sentence.text.length) span.append(sentence.text.slice(at));
    paragraph.append(span, ' ');
  }
  return [...byParagraph.entries()].sort(([a], [b]) => a - b).map(([, p]) => p);
}

/** Title, outlet with a link to the source, and date of the article being read. */
function articleHead(summary: ArticleSummary | undefined, view: ArticleView): HTMLElement {
  const title = summary?.title ?? (typeof view.article.properties.title === 'string' ? view.article.properties.title : null);
  // Only web addresses become links: a `javascript:` or `data:` URL in an article's metadata must never run.
  const url = summary?.url !== undefined && summary.url !== null && /^https?:\/\//i.test(summary.url) ? summary.url : null;
  const outlet = summary?.outlet ?? null;
  const source = url ? h('a', { href: url, rel: 'noreferrer noopener', target: '_blank', dir: 'ltr' }, outlet ?? url) : outlet ? h('span', { dir: 'auto' }, outlet) : null;
  return h(
    'header',
    { class: 'article-meta', 'data-article': view.article.id },
    h('h3', { class: 'article-title', dir: 'auto' }, title ?? t('article.untitled')),
    h(
      'p',
      { class: 'muted' },
      source ? h('span', {}, `${t('article.source')}: `, source, ' · ') : null,
      `${t('article.published')}: ${summary?.published ?? t('article.undated')}`,
    ),
  );
}

/**
 * The corpus's articles, one at a time, right to left: a picker of every article, the chosen one's title,
 * source and date, and every mention a button that brings its entity onto the canvas.
 */
export function mountArticle(host: HTMLElement, ctx: ClientContext): { open(articleId?: string): Promise<void> } {
  let list: ArticleSummary[] | null = null;
  let shown: string | null = null;
  const picker = h('select', { class: 'article-picker', 'aria-label': t('article.pick') });
  const head = h('div', { class: 'article-head' });
  const body = h('div', { class: 'article-body' });
  host.append(picker, head, body);

  function markSelected(): void {
    const selected = new Set(ctx.graph.get().selection.nodes);
    for (const button of body.querySelectorAll<HTMLElement>('.mention')) button.classList.toggle('current', selected.has(button.dataset.entity ?? ''));
  }
  ctx.graph.subscribe((state, previous) => {
    if (state.selection !== previous.selection) markSelected();
  });

  async function show(articleId: string | undefined): Promise<void> {
    const view = await attempt(ctx, 'task.article', () => api.article(articleId));
    if (!view) return;
    shown = view.article.id;
    picker.value = shown;
    head.replaceChildren(articleHead(list?.find((a) => a.id === shown), view));
    body.replaceChildren(...paragraphs(view, ctx));
    markSelected();
  }

  picker.addEventListener('change', () => void show(picker.value));

  return {
    /** Opens `articleId`, or the article shown last, or the newest; the list is read again each time (articles come and go). */
    async open(articleId) {
      const loaded = await attempt(ctx, 'task.article', () => api.articles());
      if (!loaded) return;
      list = loaded.articles;
      picker.replaceChildren(...list.map((a) => h('option', { value: a.id, dir: 'auto' }, citationText(a))));
      picker.hidden = list.length < 2;
      const known = new Set(list.map((a) => a.id));
      const wanted = [articleId, shown ?? undefined, list[0]?.id].find((id): id is string => id !== undefined && known.has(id));
      if (wanted === undefined) {
        shown = null;
        head.replaceChildren();
        body.replaceChildren(h('p', { class: 'muted' }, t('article.none')));
        return;
      }
      await show(wanted);
    },
  };
}
