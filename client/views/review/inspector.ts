/**
 * Beside the article: the proposal the analyst picked, with what can be done to it — accept, reject, change
 * its kind, link it (or only this mention) to an entity the graph knows, settle "possibly the same as",
 * start or finish a fact — or the span they selected, to make an entity of it.
 */
import { ENTITY_KINDS, isEntityKind } from '../../../contract/kinds.ts';
import { RELATIONSHIP_NAMES } from '../../../contract/vocabulary.ts';
import { api } from '../../api/endpoints.ts';
import {
  addFact,
  changeKind,
  clearFocus,
  createEntityFromSpan,
  decideEntity,
  decideMention,
  endOf,
  linkEntity,
  linkMention,
  removeNewEntity,
  startFact,
} from '../../core/review/actions.ts';
import { kindOfNode, type LinkTarget, type ProposedMention } from '../../core/review/model.ts';
import type { ReviewState, ReviewStore } from '../../core/review/store.ts';
import { h } from '../../dom.ts';
import { formatNumber, kindName, t, typeName } from '../../i18n.ts';
import { entityKind, entityName } from './review-article.ts';

const FACT_TYPES = Object.keys(RELATIONSHIP_NAMES).filter((type) => !['HAS_SENTENCE', 'MENTIONS', 'CITES', 'ABOUT'].includes(type));

function kindSelect(current: string, onchange: (kind: (typeof ENTITY_KINDS)[number]) => void): HTMLSelectElement {
  const select = h('select', { class: 'kind-select', 'data-action': 'change-kind', 'aria-label': t('review.kind') }, ...ENTITY_KINDS.map((kind) => h('option', { value: kind }, kindName(kind))));
  select.value = current;
  select.addEventListener('change', () => {
    if (isEntityKind(select.value)) onchange(select.value);
  });
  return select;
}

function typeSelect(): HTMLSelectElement {
  const select = h('select', { class: 'type-select', 'aria-label': t('review.factType') }, ...FACT_TYPES.map((type) => h('option', { value: type }, typeName(type))));
  select.value = 'LINKED_TO';
  return select;
}

/** A search box over `/api/search` whose hits link the mention (or its entity) to a known entity. */
function linkSearch(onpick: (target: LinkTarget, everyMention: boolean) => void): HTMLElement {
  const input = h('input', { type: 'search', class: 'link-search', 'data-action': 'link-search', dir: 'auto', placeholder: t('review.linkPlaceholder'), 'aria-label': t('review.link') });
  const every = h('input', { type: 'checkbox', class: 'link-every', id: 'link-every' });
  const results = h('ul', { class: 'link-results', role: 'listbox' });
  let timer: number | undefined;
  let asked = 0;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    const q = input.value.trim();
    if (q === '') {
      results.replaceChildren();
      return;
    }
    timer = window.setTimeout(() => {
      const mine = ++asked;
      void api.search(q, 8).then(
        (answer) => {
          if (mine !== asked) return;
          results.replaceChildren(
            ...answer.results.map((hit) => {
              const target: LinkTarget = {
                id: hit.node.id,
                kind: kindOfNode(hit.node),
                nameAr: typeof hit.node.properties.name_ar === 'string' ? hit.node.properties.name_ar : null,
                nameEn: typeof hit.node.properties.name_en === 'string' ? hit.node.properties.name_en : null,
              };
              return h('li', {}, h('button', { type: 'button', class: 'link-hit', 'data-entity': hit.node.id, onclick: () => onpick(target, every.checked) }, `${target.nameAr ?? target.nameEn ?? target.id} · ${kindName(target.kind)}`));
            }),
          );
          if (answer.results.length === 0) results.replaceChildren(h('li', { class: 'muted' }, t('search.none')));
        },
        () => results.replaceChildren(h('li', { class: 'muted' }, t('review.searchFailed'))),
      );
    }, 200);
  });
  return h('div', { class: 'link-box' }, h('label', { class: 'inspector-label' }, t('review.link')), input, h('label', { class: 'link-every-label', for: 'link-every' }, every, ` ${t('review.linkEvery')}`), results);
}

function findMention(state: ReviewState, id: string): ProposedMention | undefined {
  for (const s of state.model?.sentences ?? []) {
    const m = s.mentions.find((x) => x.id === id);
    if (m) return m;
  }
  return undefined;
}

function pressed(on: boolean): string {
  return String(on);
}

/** The part of the inspector that adds a fact once two mentions are picked. */
function factMaker(store: ReviewStore, state: ReviewState, mentionId: string): HTMLElement | null {
  const model = state.model;
  if (!model) return null;
  if (state.factFrom === null || state.factFrom === mentionId) {
    const starting = state.factFrom === mentionId;
    return h('div', { class: 'fact-maker' }, h('button', { type: 'button', 'data-action': 'start-fact', 'aria-pressed': pressed(starting), onclick: () => (starting ? clearFocus(store) : startFact(store, mentionId)) }, starting ? t('review.pickOther') : t('review.startFact')));
  }
  const from = endOf(state, state.factFrom);
  const to = endOf(state, mentionId);
  if (!from || !to || from.entity === to.entity) return h('p', { class: 'muted' }, t('review.pickOther'));
  const select = typeSelect();
  return h(
    'div',
    { class: 'fact-maker' },
    h('p', { dir: 'auto' }, `${entityName(model, state.decisions, from.entity)} → … → ${entityName(model, state.decisions, to.entity)}`),
    select,
    h('button', { type: 'button', class: 'primary', 'data-action': 'add-fact', onclick: () => addFact(store, mentionId, select.value) }, t('review.addFact')),
  );
}

export function inspector(store: ReviewStore, state: ReviewState): HTMLElement {
  const { model, decisions, focus } = state;
  const box = h('section', { class: 'review-inspector', 'aria-live': 'polite' });
  if (!model || !focus) {
    box.append(h('p', { class: 'muted' }, state.factFrom === null ? t('review.inspectorHelp') : t('review.pickOther')));
    return box;
  }
  if (focus.type === 'span') {
    const sentence = model.sentences.find((s) => s.id === focus.sentence);
    const text = sentence?.text.slice(focus.start, focus.end) ?? '';
    let kind: (typeof ENTITY_KINDS)[number] = 'Person';
    box.append(
      h('h3', {}, t('review.newEntity')),
      h('p', { class: 'inspector-surface', dir: 'rtl', lang: 'ar' }, `«${text}»`),
      kindSelect(kind, (k) => (kind = k)),
      h('button', { type: 'button', class: 'primary', 'data-action': 'create-entity', onclick: () => createEntityFromSpan(store, kind) }, t('review.createEntity')),
    );
    return box;
  }
  if (focus.id.startsWith('new:')) {
    const made = decisions.newEntities.find((e) => `new:${e.id}` === focus.id);
    if (!made) return box;
    box.append(
      h('h3', { dir: 'rtl', lang: 'ar' }, made.nameAr),
      h('p', { class: 'muted' }, `${kindName(made.kind)} · ${t('review.byYou')}`),
      h('button', { type: 'button', 'data-action': 'remove-entity', onclick: () => removeNewEntity(store, made.id) }, t('review.remove')),
    );
    const maker = factMaker(store, state, focus.id);
    if (maker) box.append(maker);
    return box;
  }
  const mention = findMention(state, focus.id);
  const entity = mention ? model.entities.get(mention.entityId) : undefined;
  if (!mention || !entity) return box;
  const d = decisions.entities[entity.id] ?? {};
  const md = decisions.mentions[mention.id] ?? {};
  const linked = md.linkTo ?? d.linkTo;
  box.dataset.entity = entity.id;
  box.dataset.mention = mention.id;
  box.append(
    h('h3', { dir: 'auto' }, entityName(model, decisions, entity.id)),
    h('p', { class: 'inspector-surface', dir: 'rtl', lang: 'ar' }, `«${mention.surface}»`),
    h(
      'p',
      { class: 'muted' },
      `${kindName(entityKind(model, decisions, entity.id))} · ${entity.ingest === 'linked' ? t('review.known') : t('review.proposedNew')} · ${t('review.confidence')} ${formatNumber(entity.confidence, 2)}${entity.rule ? ` · ${entity.rule}` : ''}`,
    ),
  );
  if (linked) {
    box.append(
      h(
        'p',
        { class: 'linked-to', 'data-linked': linked.id },
        `${md.linkTo ? t('review.mentionLinked') : t('review.entityLinked')}: ${linked.nameAr ?? linked.nameEn ?? linked.id}`,
        ' ',
        h('button', { type: 'button', class: 'link-undo', 'data-action': 'unlink', onclick: () => (md.linkTo ? linkMention(store, mention.id, null) : linkEntity(store, entity.id, null)) }, t('review.unlink')),
      ),
    );
  }
  if (entity.ingest === 'new') {
    box.append(
      h(
        'div',
        { class: 'decision-buttons' },
        h('button', { type: 'button', 'data-action': 'accept-entity', 'aria-pressed': pressed(d.decision === 'accept' && !d.linkTo), onclick: () => decideEntity(store, entity.id, 'accept') }, t('review.accept')),
        h('button', { type: 'button', 'data-action': 'reject-entity', 'aria-pressed': pressed(d.decision === 'reject'), onclick: () => decideEntity(store, entity.id, 'reject') }, t('review.reject')),
        h('label', { class: 'inspector-label' }, `${t('review.kind')} `, kindSelect(entityKind(model, decisions, entity.id), (kind) => changeKind(store, entity.id, kind))),
      ),
    );
  }
  if (entity.possiblySameAs.length > 0 && !d.linkTo) {
    // The candidates are known entities: their names come from the graph (the id stands in until they do).
    const targets = new Map<string, LinkTarget>(entity.possiblySameAs.map((id) => [id, { id, kind: entity.kind, nameAr: null, nameEn: null }]));
    const buttons = entity.possiblySameAs.map((id) =>
      h('button', { type: 'button', 'data-action': 'same-as', 'data-entity': id, dir: 'auto', onclick: () => linkEntity(store, entity.id, targets.get(id) ?? { id, kind: entity.kind, nameAr: null, nameEn: null }) }, id),
    );
    void api.subgraph(entity.possiblySameAs).then(
      (found) => {
        for (const node of found.nodes) {
          const target: LinkTarget = { id: node.id, kind: kindOfNode(node), nameAr: typeof node.properties.name_ar === 'string' ? node.properties.name_ar : null, nameEn: typeof node.properties.name_en === 'string' ? node.properties.name_en : null };
          targets.set(node.id, target);
          const button = buttons.find((b) => b.dataset.entity === node.id);
          if (button) button.textContent = `${target.nameAr ?? target.nameEn ?? node.id} · ${kindName(target.kind)}`;
        }
      },
      () => undefined,
    );
    box.append(
      h(
        'div',
        { class: 'same-as' },
        h('p', {}, t('review.possiblySame')),
        ...buttons,
        h('button', { type: 'button', 'data-action': 'keep-new', onclick: () => decideEntity(store, entity.id, 'accept') }, t('review.keepNew')),
      ),
    );
  }
  box.append(
    h('button', { type: 'button', class: 'reject-mention', 'data-action': 'reject-mention', 'aria-pressed': pressed(md.decision === 'reject'), onclick: () => decideMention(store, mention.id, 'reject') }, t('review.rejectMention')),
    linkSearch((target, every) => (every ? linkEntity(store, entity.id, target) : linkMention(store, mention.id, target))),
  );
  const maker = factMaker(store, state, mention.id);
  if (maker) box.append(maker);
  return box;
}
