import type { Note } from '../../../contract/api.ts';
import type { ClientContext } from '../../core/context.ts';
import { addNote } from '../../core/corrections/actions.ts';
import { h } from '../../dom.ts';
import { t } from '../../i18n.ts';
import { when } from '../workbench/entity-picker.ts';

/** The analysts' notes on an entity or a fact (who, when, what, in its language), and a form to add one. */
export function notesSection(ctx: ClientContext, notes: readonly Note[], on: { entity: string } | { edge: string }): HTMLElement {
  const list =
    notes.length === 0
      ? h('p', { class: 'muted' }, t('notes.none'))
      : h(
          'ul',
          { class: 'notes' },
          ...notes.map((note) =>
            h(
              'li',
              { class: 'analyst-note', 'data-note': note.id },
              h('p', { class: 'note-text', lang: note.lang ?? undefined, dir: note.lang === 'ar' ? 'rtl' : note.lang === 'en' ? 'ltr' : 'auto' }, note.text),
              h('span', { class: 'note-by muted' }, t('notes.by', { by: note.by, at: when(note.at) })),
            ),
          ),
        );
  const text = h('textarea', { name: 'note', rows: 3, dir: 'auto', 'aria-label': t('notes.add'), placeholder: t('notes.placeholder') });
  const lang = h('select', { name: 'lang', 'aria-label': t('notes.lang') }, h('option', { value: 'ar', selected: document.documentElement.lang === 'ar' }, 'العربية'), h('option', { value: 'en', selected: document.documentElement.lang === 'en' }, 'English'));
  lang.addEventListener('change', () => {
    text.dir = lang.value === 'ar' ? 'rtl' : 'ltr';
  });
  const form = h('form', { class: 'editor-only note-form' }, text, h('div', { class: 'panel-actions' }, lang, h('button', { type: 'submit', 'data-action': 'add-note' }, t('notes.add'))));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = text.value.trim();
    if (value === '') return;
    void addNote(ctx, { text: value, lang: lang.value === 'en' ? 'en' : 'ar', ...on }).then((saved) => {
      if (saved) text.value = '';
    });
  });
  return h('section', { class: 'notes-section' }, h('h3', {}, t('notes.title')), list, form);
}
