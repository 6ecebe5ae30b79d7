import type { ArticleSummary } from '../../../contract/api.ts';
import { api } from '../../api/endpoints.ts';
import type { ClientContext } from '../../core/context.ts';
import { attempt, placeNode } from '../../core/explore/operations.ts';
import { h } from '../../dom.ts';
import { t } from '../../i18n.ts';
import { citationText } from '../panel/citation.ts';
import { articleHead } from './article-head.ts';
import { articleParagraphs, type Passage, type ReaderMention } from './reader.ts';

/**
 * The corpus's articles beside the canvas (or as a sheet on a phone), one at a time: a picker of every
 * article, the chosen one's title, source and date, and its text. Every mention brings its entity onto the
 * canvas; a passage under several mentions (a name inside a longer name, names that overlap) asks which one.
 * The mentions are one stop of the Tab order: arrows move between them, Enter picks.
 */
export function mountArticle(host: HTMLElement, ctx: ClientContext): () => void {
  let loaded = false;
  let loading = false;
  let list: ArticleSummary[] = [];
  let shown: string | null = null;
  const picker = h('select', { class: 'article-picker', 'data-action': 'pick-article' });
  const head = h('div', { class: 'article-head' });
  const help = h('p', { class: 'article-help muted', id: 'article-help' });
  const body = h('div', { class: 'article-body', 'aria-describedby': 'article-help' });
  const chooser = h('div', { class: 'mention-chooser', role: 'menu', hidden: true });
  host.append(picker, head, help, body, chooser);
  let passages: Passage[] = [];
  let active: HTMLElement | null = null;

  function rove(to: HTMLElement | null, focus: boolean): void {
    if (active) active.tabIndex = -1;
    active = to;
    if (!active) return;
    active.tabIndex = 0;
    if (focus) active.focus();
  }

  function closeChooser(returnFocus: boolean): void {
    if (chooser.hidden) return;
    chooser.hidden = true;
    chooser.replaceChildren();
    if (returnFocus) active?.focus();
  }

  function place(mention: ReaderMention): void {
    closeChooser(false);
    void placeNode(ctx, mention.entityId);
  }

  function choose(passage: Passage): void {
    const distinct = passage.mentions.filter((m, i, all) => all.findIndex((other) => other.entityId === m.entityId) === i);
    const [only] = distinct;
    if (distinct.length === 1 && only) {
      place(only);
      return;
    }
    chooser.replaceChildren(
      h('p', { class: 'chooser-title' }, t('article.choose')),
      ...distinct.map((mention) =>
        h('button', { type: 'button', role: 'menuitem', class: 'chooser-item', 'data-entity': mention.entityId, dir: 'rtl', lang: 'ar', onclick: () => place(mention) }, mention.surface),
      ),
    );
    const box = passage.element.getBoundingClientRect();
    const frame = host.getBoundingClientRect();
    chooser.style.top = `${box.bottom - frame.top + host.scrollTop + 4}px`;
    chooser.style.insetInlineStart = `${Math.max(0, frame.right - box.right)}px`;
    chooser.hidden = false;
    chooser.querySelector<HTMLButtonElement>('button')?.focus();
  }

  const passageOf = (element: Element | null): Passage | undefined => {
    const target = element?.closest('.mention');
    return passages.find((p) => p.element === target);
  };

  body.addEventListener('click', (event) => {
    const passage = passageOf(event.target as Element);
    if (!passage) return;
    rove(passage.element, false);
    choose(passage);
  });
  body.addEventListener('keydown', (event) => {
    const passage = passageOf(event.target as Element);
    if (!passage) return;
    const at = passages.indexOf(passage);
    const step = { ArrowDown: 1, ArrowLeft: 1, ArrowUp: -1, ArrowRight: -1 }[event.key];
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      choose(passage);
    } else if (step !== undefined) {
      // Right to left: the left arrow reads on.
      event.preventDefault();
      rove(passages[(at + step + passages.length) % passages.length]?.element ?? null, true);
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      rove((event.key === 'Home' ? passages[0] : passages.at(-1))?.element ?? null, true);
    }
  });
  chooser.addEventListener('keydown', (event) => {
    const items = [...chooser.querySelectorAll<HTMLButtonElement>('button')];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      event.stopPropagation();
      closeChooser(true);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      items[(at + (event.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length]?.focus();
    }
  });
  document.addEventListener('pointerdown', (event) => {
    if (!chooser.hidden && !chooser.contains(event.target as Node) && !passageOf(event.target as Element)) closeChooser(false);
  });

  function markSelected(): void {
    const selected = new Set(ctx.graph.get().selection.nodes);
    for (const { element, mentions } of passages) element.classList.toggle('current', mentions.some((m) => selected.has(m.entityId)));
  }

  async function show(articleId: string): Promise<void> {
    const view = await attempt(ctx, 'task.article', () => api.article(articleId));
    if (!view) return;
    shown = view.article.id;
    picker.value = shown;
    head.replaceChildren(articleHead(list.find((a) => a.id === shown), view));
    passages = [];
    body.replaceChildren(...articleParagraphs(view, passages));
    rove(passages[0]?.element ?? null, ctx.panes.get().article);
    markSelected();
  }

  /** Reads the list again (articles come and go) and shows `articleId`, the article shown last, or the newest. */
  async function load(articleId?: string): Promise<void> {
    if (loading) return;
    loading = true;
    try {
      const answer = await attempt(ctx, 'task.article', () => api.articles());
      if (!answer) return;
      list = answer.articles;
      picker.replaceChildren(...list.map((a) => h('option', { value: a.id, dir: 'auto' }, citationText(a))));
      picker.hidden = list.length < 2;
      const known = new Set(list.map((a) => a.id));
      const wanted = [articleId, shown ?? undefined, list[0]?.id].find((id): id is string => id !== undefined && known.has(id));
      if (wanted === undefined) {
        shown = null;
        head.replaceChildren();
        passages = [];
        body.replaceChildren(h('p', { class: 'muted' }, t('article.none')));
        return;
      }
      await show(wanted);
      loaded = true;
    } finally {
      loading = false;
    }
  }

  picker.addEventListener('change', () => void show(picker.value));

  const relabel = (): void => {
    help.textContent = t('article.help');
    picker.setAttribute('aria-label', t('article.pick'));
  };
  relabel();
  const unsubscribers = [
    ctx.graph.subscribe((state, previous) => {
      if (state.selection !== previous.selection) markSelected();
    }),
    ctx.panes.subscribe((state, previous) => {
      if (state.article && !previous.article) {
        if (loaded) active?.focus();
        void load();
      }
      if (!state.article) closeChooser(false);
    }),
    ctx.settings.subscribe((state, previous) => {
      if (state.ui !== previous.ui) relabel();
    }),
  ];
  if (ctx.panes.get().article) void load();
  return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
}
