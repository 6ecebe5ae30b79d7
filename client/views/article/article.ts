import type { ArticleView } from '../../../contract/api.ts';
import { api } from '../../api/endpoints.ts';
import type { ClientContext } from '../../core/context.ts';
import { attempt, placeNode } from '../../core/explore/operations.ts';
import { h } from '../../dom.ts';
import { t } from '../../i18n.ts';

function paragraphs(view: ArticleView, ctx: ClientContext): HTMLElement[] {
  const byParagraph = new Map<number, HTMLElement>();
  for (const sentence of [...view.sentences].sort((a, b) => a.index - b.index)) {
    let paragraph = byParagraph.get(sentence.paragraph);
    if (!paragraph) {
      paragraph = h('p', { class: 'article-paragraph', dir: 'rtl', lang: 'ar' });
      byParagraph.set(sentence.paragraph, paragraph);
    }
    const span = h('span', { class: 'article-sentence', 'data-sentence': sentence.id });
    let at = 0;
    for (const mention of [...sentence.mentions].sort((a, b) => a.start - b.start)) {
      if (mention.start < at || mention.end > sentence.text.length) continue;
      if (mention.start > at) span.append(sentence.text.slice(at, mention.start));
      span.append(
        h(
          'button',
          {
            type: 'button',
            class: 'mention',
            'data-entity': mention.entityId,
            title: t('article.mentionOf', { name: mention.surface }),
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

/** The whole article, right to left, every mention a button that brings its entity onto the canvas. */
export function mountArticle(host: HTMLElement, ctx: ClientContext): { open(): Promise<void> } {
  let loaded = false;
  const body = h('div', { class: 'article-body' });
  host.append(body);

  function markSelected(): void {
    const selected = new Set(ctx.graph.get().selection.nodes);
    for (const button of body.querySelectorAll<HTMLElement>('.mention')) button.classList.toggle('current', selected.has(button.dataset.entity ?? ''));
  }
  ctx.graph.subscribe((state, previous) => {
    if (state.selection !== previous.selection) markSelected();
  });

  return {
    async open() {
      if (loaded) return;
      const view = await attempt(ctx, 'task.article', () => api.article());
      if (!view) return;
      loaded = true;
      body.replaceChildren(...paragraphs(view, ctx));
      markSelected();
    },
  };
}
