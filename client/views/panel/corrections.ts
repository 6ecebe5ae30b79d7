/**
 * The editing controls of the node panel (editors only): names, aliases, description and kind, with the
 * two versions side by side when another analyst saved first; merging into another entity; splitting a
 * mention off. Every control carries `editor-only`, so a reader's page hides it.
 */
import type { NodeDetail } from '../../../contract/api.ts';
import type { Json } from '../../../contract/json.ts';
import { ENTITY_KINDS, isEntityKind, type EntityKind } from '../../../contract/kinds.ts';
import type { EntityEditRequest } from '../../../contract/workbench.ts';
import type { ClientContext } from '../../core/context.ts';
import { editEntity, mergeEntity, splitMention } from '../../core/corrections/actions.ts';
import { arabicName, englishName, kindOf } from '../../core/graph/kinds.ts';
import { noteWrite } from '../../core/history/actions.ts';
import { h } from '../../dom.ts';
import { kindName, t } from '../../i18n.ts';
import { entityPicker } from '../workbench/entity-picker.ts';
import { formatValue } from './format.ts';

const strings = (value: Json | undefined): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const lines = (text: string): string[] => text.split('\n').map((line) => line.trim()).filter((line) => line.length > 0);
const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

function kindSelect(selected: string, attributes: Record<string, string> = {}): HTMLSelectElement {
  return h('select', attributes, ...ENTITY_KINDS.map((kind) => h('option', { value: kind, selected: kind === selected }, kindName(kind))));
}

function field(label: string, control: HTMLElement): HTMLElement {
  return h('label', { class: 'edit-field' }, h('span', {}, label), control);
}

/** The fields a conflict is about, as each side has them. */
function conflictSide(title: string, value: Json, keys: readonly string[], side: string): HTMLElement {
  const record = value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
  const list = h('dl', { class: 'properties' });
  for (const key of keys) {
    const v = record[key];
    if (v === undefined) continue;
    list.append(h('dt', {}, key), h('dd', { dir: 'auto' }, formatValue(v)));
  }
  return h('div', { class: 'conflict-side', 'data-side': side }, h('h4', {}, title), list);
}

/** Edit names, aliases, the description and the kind; saved on the version the panel was drawn from. */
function editForm(ctx: ClientContext, detail: NodeDetail): HTMLElement {
  const node = detail.node;
  const p = node.properties;
  const version = typeof p.version === 'number' ? p.version : 0;
  const nameAr = h('input', { type: 'text', dir: 'rtl', lang: 'ar', name: 'name_ar', value: arabicName(node) ?? '' });
  const nameEn = h('input', { type: 'text', dir: 'ltr', lang: 'en', name: 'name_en', value: englishName(node) ?? '' });
  const aliasesAr = h('textarea', { dir: 'rtl', lang: 'ar', name: 'aliases_ar', rows: 3 });
  aliasesAr.value = strings(p.aliases_ar).join('\n');
  const aliasesLatin = h('textarea', { dir: 'ltr', name: 'aliases_latin', rows: 2 });
  aliasesLatin.value = strings(p.aliases_latin).join('\n');
  const description = h('textarea', { dir: 'ltr', lang: 'en', name: 'description_en', rows: 3 });
  description.value = typeof p.description_en === 'string' ? p.description_en : '';
  const kind = kindSelect(kindOf(node), { name: 'kind' });
  const conflictBox = h('div', { class: 'edit-conflict', hidden: true, role: 'alert' });

  function changes(): Omit<EntityEditRequest, 'version'> {
    const edit: Omit<EntityEditRequest, 'version'> = {};
    if (nameAr.value.trim() !== (arabicName(node) ?? '')) edit.name_ar = nameAr.value.trim();
    if (nameEn.value.trim() !== (englishName(node) ?? '') && nameEn.value.trim() !== '') edit.name_en = nameEn.value.trim();
    if (!sameList(lines(aliasesAr.value), strings(p.aliases_ar))) edit.aliases_ar = lines(aliasesAr.value);
    if (!sameList(lines(aliasesLatin.value), strings(p.aliases_latin))) edit.aliases_latin = lines(aliasesLatin.value);
    const text = description.value.trim();
    if (text !== (typeof p.description_en === 'string' ? p.description_en : '')) edit.description_en = text === '' ? null : text;
    if (kind.value !== kindOf(node) && isEntityKind(kind.value)) edit.kind = kind.value;
    return edit;
  }

  async function save(onVersion: number): Promise<void> {
    const edit = changes();
    if (Object.keys(edit).length === 0) return;
    const outcome = await editEntity(ctx, node.id, { version: onVersion, ...edit });
    if (outcome.saved || !outcome.conflict) return;
    const { current, yours } = outcome.conflict;
    const stored = current !== null && typeof current === 'object' && !Array.isArray(current) && typeof current.version === 'number' ? current.version : onVersion;
    const keys = ['name_ar', 'name_en', 'aliases_ar', 'aliases_latin', 'description_en', 'kind', 'version'];
    conflictBox.hidden = false;
    conflictBox.replaceChildren(
      h('p', { class: 'conflict-title' }, t('edit.conflict')),
      h('div', { class: 'conflict-sides' }, conflictSide(t('edit.theirs'), current, keys, 'current'), conflictSide(t('edit.yours'), yours, keys, 'yours')),
      h(
        'div',
        { class: 'panel-actions' },
        h('button', { type: 'button', 'data-action': 'keep-mine', onclick: () => void save(stored) }, t('edit.keepMine')),
        h('button', { type: 'button', 'data-action': 'take-theirs', onclick: () => void noteWrite(ctx) }, t('edit.takeTheirs')),
      ),
    );
  }

  const form = h(
    'form',
    { class: 'edit-form', 'data-version': version },
    field(t('edit.nameAr'), nameAr),
    field(t('edit.nameEn'), nameEn),
    field(t('edit.aliasesAr'), aliasesAr),
    field(t('edit.aliasesLatin'), aliasesLatin),
    field(t('edit.description'), description),
    field(t('panel.kind'), kind),
    h('div', { class: 'panel-actions' }, h('button', { type: 'submit', 'data-action': 'save-edit' }, t('edit.save'))),
    conflictBox,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void save(version);
  });
  return h('details', { class: 'editor-only correction edit-entity' }, h('summary', {}, t('edit.open')), form);
}

/** Merge this entity into another, picked by name; undo is offered at once by the notice. */
function mergeForm(ctx: ClientContext, detail: NodeDetail): HTMLElement {
  const node = detail.node;
  const chosen = h('div', { class: 'merge-choice' });
  const picker = entityPicker(node.id, t('merge.search'), (target) => {
    const into = arabicName(target) ?? englishName(target) ?? target.id;
    chosen.replaceChildren(
      h('p', {}, t('merge.explain', { from: `\u2068${arabicName(node) ?? node.id}\u2069`, into: `\u2068${into}\u2069` })),
      h('button', { type: 'button', 'data-action': 'merge-confirm', 'data-into': target.id, onclick: () => void mergeEntity(ctx, node.id, target.id, { from: arabicName(node) ?? node.id, into }) }, t('merge.confirm', { name: into })),
    );
  });
  return h('details', { class: 'editor-only correction merge-entity' }, h('summary', {}, t('merge.open')), picker, chosen);
}

/** One mention moved to the entity it really names: one the graph knows, or a new one. */
function splitForm(ctx: ClientContext, detail: NodeDetail, mention: NodeDetail['mentions'][number]): HTMLElement {
  const from = detail.node.id;
  const kind = kindSelect(kindOf(detail.node));
  const nameAr = h('input', { type: 'text', dir: 'rtl', lang: 'ar', value: mention.surface });
  const nameEn = h('input', { type: 'text', dir: 'ltr', lang: 'en' });
  const at = { sentence: mention.sentenceId, start: mention.start, surface: mention.surface };
  const toNew = h(
    'div',
    { class: 'split-new' },
    field(t('edit.nameAr'), nameAr),
    field(t('edit.nameEn'), nameEn),
    field(t('panel.kind'), kind),
    h(
      'button',
      {
        type: 'button',
        'data-action': 'split-new',
        onclick: () => {
          const k: EntityKind = isEntityKind(kind.value) ? kind.value : 'Organization';
          void splitMention(ctx, from, at, { kind: k, name_ar: nameAr.value.trim(), ...(nameEn.value.trim() ? { name_en: nameEn.value.trim() } : {}) });
        },
      },
      t('split.toNew'),
    ),
  );
  const toExisting = entityPicker(from, t('split.toExisting'), (target) => {
    const k = kindOf(target);
    void splitMention(ctx, from, at, { existing: target.id, kind: isEntityKind(k) ? k : 'Organization' });
  });
  return h('div', { class: 'split-form' }, toExisting, toNew);
}

function splitList(ctx: ClientContext, detail: NodeDetail): HTMLElement | null {
  if (detail.mentions.length < 1) return null;
  const items = detail.mentions.map((mention) => {
    const row = h('li', { 'data-mention': `${mention.sentenceId}:${mention.start}` });
    const open = h(
      'button',
      {
        type: 'button',
        class: 'small',
        'data-action': 'split-open',
        onclick: () => {
          open.remove();
          row.append(splitForm(ctx, detail, mention));
        },
      },
      t('split.open'),
    );
    row.append(h('span', { dir: 'rtl', lang: 'ar' }, `«${mention.surface}»`), ' ', h('span', { class: 'muted' }, t('panel.sentence', { index: mention.index })), ' ', open);
    return row;
  });
  return h('details', { class: 'editor-only correction split-mentions' }, h('summary', {}, t('split.title')), h('ul', { class: 'mention-list' }, ...items));
}

export function entityCorrections(ctx: ClientContext, detail: NodeDetail): HTMLElement {
  return h('section', { class: 'editor-only corrections' }, editForm(ctx, detail), mergeForm(ctx, detail), splitList(ctx, detail));
}
