/**
 * The analyst's corrections of the stored graph (edit, kind, merge, split, retract, notes) and undo: each
 * writes through the API, then the canvas takes what the database holds now and open panels fetch again.
 */
import type { Json } from '../../../contract/json.ts';
import type { EntityKind } from '../../../contract/kinds.ts';
import type { EntityEditRequest } from '../../../contract/workbench.ts';
import { api } from '../../api/endpoints.ts';
import { ApiError } from '../../api/http.ts';
import { t } from '../../i18n.ts';
import type { ClientContext } from '../context.ts';
import { explain } from '../explore/errors.ts';
import { attempt } from '../explore/operations.ts';
import { reflectStored } from '../graph/actions.ts';
import { noteWrite } from '../history/actions.ts';
import { dismiss, notify } from '../progress/actions.ts';

/** Entities a write took off the canvas (a merged one), by the change that did it: undoing it brings them back. */
const displaced = new Map<string, string[]>();
/** The notice offering to undo a change, which goes once the change is undone (from it or from the history). */
const undoNotices = new Map<string, number>();

/** Names inside a sentence of the other direction stay whole: first-strong isolates around each. */
const isolate = (text: string): string => `\u2068${text}\u2069`;

interface Refresh {
  /** A merged id and the entity it now is. */
  renamed?: ReadonlyMap<string, string>;
  /** Entities to put (back) on the canvas. */
  bring?: readonly string[];
}

/**
 * Replaces the canvas's nodes and relationships with what is stored now. The relationships shown stay the
 * ones shown, plus those of entities the write moved (a merge's kept entity, an undo's returning one).
 */
async function refreshCanvas(ctx: ClientContext, refresh: Refresh = {}): Promise<void> {
  const renamed = refresh.renamed ?? new Map<string, string>();
  const bring = refresh.bring ?? [];
  const { content } = ctx.graph.get();
  const ids = [...new Set([...[...content.nodes.keys()].map((id) => renamed.get(id) ?? id), ...bring])];
  const found = await attempt(ctx, 'task.load', () => api.subgraph(ids));
  if (!found) return;
  const moved = new Set([...renamed.values(), ...bring]);
  const edges = found.edges.filter((edge) => content.edges.has(edge.id) || moved.has(edge.source) || moved.has(edge.target));
  reflectStored(ctx.graph, { nodes: found.nodes, edges }, renamed);
}

async function written(ctx: ClientContext, refresh: Refresh = {}): Promise<void> {
  await refreshCanvas(ctx, refresh);
  await noteWrite(ctx);
}

export type EditOutcome = { saved: true } | { saved: false; conflict: { current: Json; yours: Json } | null };

/**
 * Saves an edit of an entity made on the version the analyst saw. Another analyst's edit since answers 409
 * with both versions, which the caller shows so the analyst can choose.
 */
export async function editEntity(ctx: ClientContext, id: string, edit: EntityEditRequest): Promise<EditOutcome> {
  try {
    await api.editEntity(id, edit);
  } catch (error) {
    if (error instanceof ApiError && error.problem?.code === 'entity-edit-conflict' && error.problem.conflict) return { saved: false, conflict: error.problem.conflict };
    // Any other failure is worded by a notice, as every other call's.
    notify(ctx.progress, { tone: 'error', ...explain(error) });
    return { saved: false, conflict: null };
  }
  await written(ctx);
  return { saved: true };
}

export async function mergeEntity(ctx: ClientContext, id: string, into: string, names: { from: string; into: string }): Promise<void> {
  const result = await attempt(ctx, 'task.merge', () => api.mergeEntity(id, into));
  if (!result) return;
  displaced.set(result.change, [id]);
  await written(ctx, { renamed: new Map([[id, result.into]]) });
  const notice = notify(ctx.progress, {
    tone: 'info',
    title: t('merge.done', { from: isolate(names.from), into: isolate(names.into) }),
    detail: '',
    hint: '',
    sticky: true,
    name: 'merged',
    action: { name: 'undo-merge', label: t('history.undo'), run: () => void undoChange(ctx, result.change) },
  });
  undoNotices.set(result.change, notice);
}

/** Takes back a recorded change (the latest in effect; the server refuses others with a reason). */
export async function undoChange(ctx: ClientContext, change: string): Promise<boolean> {
  const result = await attempt(ctx, 'task.undo', () => api.undoChange(change));
  if (!result) {
    await noteWrite(ctx);
    return false;
  }
  const bring = displaced.get(change) ?? [];
  displaced.delete(change);
  const notice = undoNotices.get(change);
  if (notice !== undefined) dismiss(ctx.progress, notice);
  undoNotices.delete(change);
  await written(ctx, { bring });
  return true;
}

export async function reviewFact(ctx: ClientContext, edgeId: string, status: 'accepted' | 'rejected'): Promise<void> {
  if (await attempt(ctx, 'task.save', () => api.reviewFact(edgeId, status))) await written(ctx);
}

export async function addNote(ctx: ClientContext, note: { text: string; lang: 'ar' | 'en'; entity?: string; edge?: string }): Promise<boolean> {
  if (!(await attempt(ctx, 'task.save', () => api.addNote(note)))) return false;
  await noteWrite(ctx);
  return true;
}

export type SplitTarget = { existing: string; kind: EntityKind } | { kind: EntityKind; name_ar: string; name_en?: string };

/**
 * Moves one mention off an entity. The API splits onto a new entity; when the mention belongs to one the
 * graph knows, the new one (named as the sentence names it) is merged into it, so its spelling becomes an alias.
 */
export async function splitMention(ctx: ClientContext, from: string, mention: { sentence: string; start: number; surface: string }, target: SplitTarget): Promise<void> {
  const entity = 'existing' in target ? { kind: target.kind, name_ar: mention.surface } : target;
  const split = await attempt(ctx, 'task.save', () => api.splitMention(from, { sentence: mention.sentence, start: mention.start, entity }));
  if (!split) return;
  if ('existing' in target && !(await attempt(ctx, 'task.merge', () => api.mergeEntity(split.id, target.existing)))) {
    await noteWrite(ctx);
    return;
  }
  await written(ctx);
}
