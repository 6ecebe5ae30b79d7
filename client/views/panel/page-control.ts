import { h } from '../../dom.ts';
import { formatNumber, t, tCount, type MessageKey } from '../../i18n.ts';

/** A long list shown a page at a time: how many items there are, how many are shown, and a "more" control. */
export function pageControl(options: {
  total: number;
  shown: number;
  /** A counted message (`.zero` … `.other`) for the total. */
  totalKey: string;
  moreKey: MessageKey;
  /** The `data-action` of the control, for tests and styles. */
  action: string;
  /** Loads the next page; absent on the last page. */
  more: (() => Promise<void>) | null;
}): HTMLElement | null {
  const { total, shown, more } = options;
  if (total === 0) return null;
  return h(
    'div',
    { class: 'page-control', 'data-total': String(total), 'data-shown': String(shown) },
    h('span', { class: 'muted' }, tCount(options.totalKey, total), shown < total ? ` · ${t('panel.newestShown', { shown: formatNumber(shown) })}` : ''),
    more
      ? h(
          'button',
          {
            type: 'button',
            class: 'small',
            'data-action': options.action,
            onclick: (event: Event) => {
              // One page at a time: the control waits for the page it asked for (the panel is drawn again with it).
              (event.currentTarget as HTMLButtonElement).disabled = true;
              void more();
            },
          },
          t(options.moreKey),
        )
      : null,
  );
}
