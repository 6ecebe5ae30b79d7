/**
 * Everything the review of a new article does: the dry run, the analyst's decisions, the commit and what the
 * main graph shows afterwards. Views read the review store and call these; nothing else writes it.
 */
import type { ArticleInput, Problem } from '../../../contract/api.ts';
import type { EntityKind } from '../../../contract/kinds.ts';
import { api } from '../../api/endpoints.ts';
import { ApiError } from '../../api/http.ts';
import type { ClientContext } from '../context.ts';
import { addGraph, select, step } from '../graph/actions.ts';
import { attempt, forgetStartingView, inform } from '../explore/operations.ts';
import {
  acceptAbove as acceptAboveIn,
  acceptSentence as acceptSentenceIn,
  mentionTarget,
  newEntityId,
  readDryRun,
  toReview,
  type Decision,
  type Decisions,
  type DryRunModel,
  type LinkTarget,
} from './model.ts';
import { initialReview, type ArticleDraft, type DraftField, type ReviewState, type ReviewStore } from './store.ts';

const update = (store: ReviewStore, change: Partial<ReviewState>): void => store.set({ ...store.get(), ...change });
const decide = (store: ReviewStore, change: (d: Decisions) => Decisions): void => update(store, { decisions: change(store.get().decisions) });

export function openWorkbench(store: ReviewStore): void {
  if (!store.get().open) store.set({ ...initialReview(), open: true });
}

export function closeWorkbench(store: ReviewStore): void {
  store.set(initialReview());
}

export function editDraft(store: ReviewStore, field: keyof ArticleDraft, value: string): void {
  const { draft, fieldProblems } = store.get();
  update(store, { draft: { ...draft, [field]: value }, fieldProblems: { ...fieldProblems, [field]: undefined } });
}

/** A dropped or chosen file stands for the text until the dry run has read it. */
export function chooseFile(store: ReviewStore, file: File | null): void {
  update(store, { file, fieldProblems: { ...store.get().fieldProblems, file: undefined, text: undefined } });
}

const FIELDS: readonly DraftField[] = ['text', 'title', 'url', 'outlet', 'published', 'file'];

/** The fields a problem names (`errors[].path`), each with the problem cut down to what is wrong with it. */
function problemsByField(problem: Problem | null): Partial<Record<DraftField, Problem>> {
  const out: Partial<Record<DraftField, Problem>> = {};
  for (const error of problem?.errors ?? []) {
    const field = FIELDS.find((f) => f === error.path);
    if (field && problem) out[field] = { ...problem, errors: [...(out[field]?.errors ?? []), error] };
  }
  return out;
}

function articleInput(draft: ArticleDraft): ArticleInput {
  const optional = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());
  const input: ArticleInput = { text: draft.text };
  const title = optional(draft.title);
  const url = optional(draft.url);
  const outlet = optional(draft.outlet);
  const published = optional(draft.published);
  if (title !== undefined) input.title = title;
  if (url !== undefined) input.url = url;
  if (outlet !== undefined) input.outlet = outlet;
  if (published !== undefined) input.published = published;
  return input;
}

function formOf(draft: ArticleDraft, file: File): FormData {
  const form = new FormData();
  form.set('file', file, file.name);
  for (const field of ['title', 'url', 'outlet', 'published'] as const) if (draft[field].trim() !== '') form.set(field, draft[field].trim());
  return form;
}

/** Decisions about items a new dry run no longer proposes would make the commit stale again: they go. */
function keepKnown(model: DryRunModel, decisions: Decisions): Decisions {
  const mentionIds = new Set(model.sentences.flatMap((s) => s.mentions.map((m) => m.id)));
  const factIds = new Set(model.facts.map((f) => f.id));
  const sentenceIds = new Set(model.sentences.map((s) => s.id));
  const pick = <T>(record: Readonly<Record<string, T>>, keep: (id: string) => boolean): Record<string, T> => Object.fromEntries(Object.entries(record).filter(([id]) => keep(id)));
  return {
    entities: pick(decisions.entities, (id) => model.entities.has(id)),
    mentions: pick(decisions.mentions, (id) => mentionIds.has(id)),
    facts: pick(decisions.facts, (id) => factIds.has(id)),
    newEntities: decisions.newEntities.filter((e) => sentenceIds.has(e.sentence)),
    newFacts: decisions.newFacts.filter((f) => sentenceIds.has(f.sentence)),
  };
}

function failure(store: ReviewStore, error: unknown): void {
  const problem = error instanceof ApiError ? error.problem : null;
  const shown: Problem = problem ?? { type: 'about:blank', title: error instanceof Error ? error.message : String(error), status: error instanceof ApiError ? error.status : 0, detail: '' };
  update(store, { busy: null, problem: shown, fieldProblems: problemsByField(problem), stale: problem?.code === 'review-stale' });
}

/** Asks the server what ingesting the article would add, and opens the review of it. */
export async function runDryRun(store: ReviewStore): Promise<void> {
  const { draft, file, decisions } = store.get();
  update(store, { busy: 'dry-run', problem: null, fieldProblems: {}, stale: false });
  try {
    const result = await api.dryRun(file ? formOf(draft, file) : articleInput(draft));
    const model = readDryRun(result.graph);
    const a = result.article;
    // What the page itself said (an .html file's title, address, date) fills what the analyst left empty.
    const filled: ArticleDraft = {
      text: model.text || draft.text,
      title: draft.title || (a.title ?? ''),
      url: draft.url || (a.url ?? ''),
      outlet: draft.outlet || (a.outlet ?? ''),
      published: draft.published || (a.published && /^\d{4}-\d{2}-\d{2}$/.test(a.published) ? a.published : ''),
    };
    update(store, { busy: null, stage: 'review', model, draft: filled, file: null, decisions: keepKnown(model, decisions), focus: null, factFrom: null });
  } catch (error) {
    failure(store, error);
  }
}

// ---------- decisions ----------

/** Accept or reject a proposed entity; the same decision again takes it back. */
export function decideEntity(store: ReviewStore, id: string, decision: Decision): void {
  decide(store, (d) => {
    const current = d.entities[id] ?? {};
    const next = { ...current, decision: current.decision === decision && !current.linkTo ? undefined : decision };
    if (decision === 'reject') delete next.linkTo;
    return { ...d, entities: { ...d.entities, [id]: next } };
  });
}

export function changeKind(store: ReviewStore, id: string, kind: EntityKind): void {
  decide(store, (d) => ({ ...d, entities: { ...d.entities, [id]: { ...d.entities[id], kind, decision: 'accept' } } }));
}

/** The entity is one the graph already knows ("possibly the same as", or one found by search); null keeps it as it was proposed. */
export function linkEntity(store: ReviewStore, id: string, target: LinkTarget | null): void {
  decide(store, (d) => {
    const current = d.entities[id] ?? {};
    const rest = { ...(current.decision ? { decision: current.decision } : {}), ...(current.kind ? { kind: current.kind } : {}) };
    return { ...d, entities: { ...d.entities, [id]: target ? { ...rest, linkTo: target, decision: 'accept' } : rest } };
  });
}

export function linkMention(store: ReviewStore, id: string, target: LinkTarget | null): void {
  decide(store, (d) => ({ ...d, mentions: { ...d.mentions, [id]: target ? { decision: 'accept', linkTo: target } : {} } }));
}

export function decideMention(store: ReviewStore, id: string, decision: Decision): void {
  decide(store, (d) => {
    const current = d.mentions[id] ?? {};
    return { ...d, mentions: { ...d.mentions, [id]: current.decision === decision && !current.linkTo ? {} : { decision } } };
  });
}

export function decideFact(store: ReviewStore, id: string, decision: Decision): void {
  decide(store, (d) => {
    const facts = Object.fromEntries(Object.entries(d.facts).filter(([fact]) => fact !== id));
    if (d.facts[id] !== decision) facts[id] = decision;
    return { ...d, facts };
  });
}

export function acceptSentence(store: ReviewStore, sentenceId: string): void {
  const { model } = store.get();
  if (model) decide(store, (d) => acceptSentenceIn(model, d, sentenceId));
}

export function acceptAbove(store: ReviewStore, threshold: number): void {
  const { model } = store.get();
  if (model) decide(store, (d) => acceptAboveIn(model, d, threshold));
}

export function setAcceptRest(store: ReviewStore, acceptRest: boolean): void {
  update(store, { acceptRest });
}

// ---------- what the analyst points at ----------

/** A mention picked: it is shown in the inspector, or, while a fact is being added, it is the fact's other end. */
export function focusMention(store: ReviewStore, id: string): void {
  update(store, { focus: { type: 'mention', id } });
}

export function focusSpan(store: ReviewStore, sentence: string, start: number, end: number): void {
  if (end > start) update(store, { focus: { type: 'span', sentence, start, end } });
}

export function clearFocus(store: ReviewStore): void {
  update(store, { focus: null, factFrom: null });
}

/** An entity made from the selected span of a sentence, accepted as the analyst's own. */
export function createEntityFromSpan(store: ReviewStore, kind: EntityKind): void {
  const { focus, model, decisions } = store.get();
  if (focus?.type !== 'span' || !model) return;
  const sentence = model.sentences.find((s) => s.id === focus.sentence);
  const name = sentence?.text.slice(focus.start, focus.end).trim() ?? '';
  if (!sentence || !/[\u0621-\u064A]/u.test(name)) return;
  const id = newEntityId(kind, focus.sentence, focus.start, focus.end);
  if (decisions.newEntities.some((e) => e.id === id)) return;
  update(store, {
    decisions: { ...decisions, newEntities: [...decisions.newEntities, { id, kind, nameAr: name, sentence: sentence.id, start: focus.start, end: focus.end }] },
    focus: { type: 'mention', id: `new:${id}` },
  });
}

export function removeNewEntity(store: ReviewStore, id: string): void {
  decide(store, (d) => ({ ...d, newEntities: d.newEntities.filter((e) => e.id !== id), newFacts: d.newFacts.filter((f) => f.source !== id && f.target !== id) }));
  update(store, { focus: null });
}

/** The entity a picked mention stands for (a made entity is picked as `new:<id>`), and its sentence. */
export function endOf(state: ReviewState, mentionId: string): { entity: string; sentence: string } | null {
  if (mentionId.startsWith('new:')) {
    const made = state.decisions.newEntities.find((e) => `new:${e.id}` === mentionId);
    return made ? { entity: made.id, sentence: made.sentence } : null;
  }
  for (const s of state.model?.sentences ?? []) {
    const m = s.mentions.find((x) => x.id === mentionId);
    if (m) {
      const entity = mentionTarget(state.decisions, m);
      return entity === null ? null : { entity, sentence: s.id };
    }
  }
  return null;
}

export function startFact(store: ReviewStore, mentionId: string): void {
  update(store, { factFrom: mentionId });
}

/** A fact from the mention picked first to `toMention`, with the sentence of `toMention` as its evidence. */
export function addFact(store: ReviewStore, toMention: string, type: string): void {
  const state = store.get();
  if (state.factFrom === null) return;
  const from = endOf(state, state.factFrom);
  const to = endOf(state, toMention);
  if (!from || !to || from.entity === to.entity) return;
  const fact = { source: from.entity, type, target: to.entity, sentence: to.sentence };
  const known = state.decisions.newFacts.some((f) => f.source === fact.source && f.type === fact.type && f.target === fact.target && f.sentence === fact.sentence);
  update(store, { factFrom: null, decisions: known ? state.decisions : { ...state.decisions, newFacts: [...state.decisions.newFacts, fact] } });
}

export function removeNewFact(store: ReviewStore, index: number): void {
  decide(store, (d) => ({ ...d, newFacts: d.newFacts.filter((_, i) => i !== index) }));
}

// ---------- commit ----------

/**
 * Writes the reviewed article in one transaction, then puts what it wrote on the main graph (the entities it
 * mentions and every relationship among them, with their evidence a click away) and closes the review.
 */
export async function commitReview(ctx: ClientContext, store: ReviewStore): Promise<boolean> {
  const { model, decisions, acceptRest, draft } = store.get();
  if (!model) return false;
  update(store, { busy: 'commit', problem: null, fieldProblems: {}, stale: false });
  try {
    const answer = await api.commitArticle({ ...articleInput(draft), review: toReview(model, decisions, acceptRest) });
    const ids = 'graph' in answer ? answer.graph.nodes.filter((n) => n.labels.includes('Entity')).map((n) => n.id) : [...answer.article.entities.linked, ...answer.article.entities.new];
    update(store, { busy: null, committed: { articleId: answer.article.id, duplicate: answer.duplicate === true } });
    // Reset must bring back the graph as it is now, with the article in it.
    if (answer.duplicate !== true) forgetStartingView();
    if (ids.length > 0) {
      const shown = await attempt(ctx, 'task.load', () => api.subgraph(ids));
      if (shown && shown.nodes.length > 0) {
        addGraph(ctx.graph, shown, step('place'));
        select(ctx.graph, { nodes: [], edges: [] });
      }
    }
    store.set({ ...initialReview(), committed: store.get().committed });
    inform(ctx, answer.duplicate === true ? 'review.duplicate' : 'review.committed', {}, 'article-committed');
    return true;
  } catch (error) {
    failure(store, error);
    return false;
  }
}
