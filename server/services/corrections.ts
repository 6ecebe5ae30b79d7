/** The analyst's corrections of the main graph and the history, as the HTTP API calls them. */
import type { GraphNode } from '../../contract/graph.ts';
import type { Change, EntityEditRequest } from '../../contract/workbench.ts';
import { slugify } from '../../extract/slug.ts';
import { listChanges } from '../../store/changes.ts';
import { addNote, editEntity, mergeEntities, reviewFact, splitMention } from '../../store/corrections.ts';
import { takenEntityIds } from '../../store/known-entities.ts';
import { undoChange } from '../../store/recorded-write.ts';
import type { EntityKind } from '../../contract/kinds.ts';
import type { AppContext } from '../context.ts';
import { edgeDetail } from './edges.ts';
import { noteWrite } from './graph-version.ts';
import { nodeDetail } from './nodes.ts';

type Ctx = AppContext;

export async function editEntityFields(ctx: Ctx, id: string, edit: EntityEditRequest, by: string): Promise<{ node: GraphNode; change: string; version: number }> {
  const { changeId, version } = await editEntity(ctx.db, id, edit, { by });
  noteWrite(ctx.db, version);
  const { node } = await nodeDetail(ctx, id);
  return { node, change: changeId, version };
}

export async function merge(ctx: Ctx, from: string, into: string, by: string): Promise<{ into: string; facts: number; mentions: number; change: string; version: number }> {
  const { result, changeId, version } = await mergeEntities(ctx.db, from, into, { by });
  noteWrite(ctx.db, version);
  return { ...result, change: changeId, version };
}

export async function split(ctx: Ctx, from: string, request: { sentence: string; start: number; entity: { id?: string | undefined; kind: EntityKind; name_ar: string; name_en?: string | undefined } }, by: string): Promise<{ id: string; change: string; version: number }> {
  let id = request.entity.id ?? (slugify(request.entity.name_en ?? request.entity.name_ar) || `${request.entity.kind.toLowerCase()}-split`);
  const taken = await takenEntityIds(ctx.db, [id]);
  if (request.entity.id === undefined) for (let n = 2; taken.has(id); n += 1) id = `${id.replace(/-\d+$/, '')}-${n}`;
  const { result, changeId, version } = await splitMention(
    ctx.db,
    { mention: { sentence: request.sentence, start: request.start, entity: from }, entity: { id, kind: request.entity.kind, name_ar: request.entity.name_ar, ...(request.entity.name_en ? { name_en: request.entity.name_en } : {}) } },
    { by },
  );
  noteWrite(ctx.db, version);
  return { id: result.id, change: changeId, version };
}

export async function reviewEdge(ctx: Ctx, id: string, status: 'accepted' | 'rejected', by: string): Promise<{ change: string; version: number }> {
  const { edge } = await edgeDetail(ctx, id);
  const { changeId, version } = await reviewFact(ctx.db, { id: edge.id, source: edge.source, target: edge.target }, status, { by });
  noteWrite(ctx.db, version);
  return { change: changeId, version };
}

export async function note(ctx: Ctx, request: { text: string; lang: 'ar' | 'en'; entity?: string | undefined; edge?: string | undefined }, by: string): Promise<{ id: string; change: string; version: number }> {
  const fact = request.edge === undefined ? undefined : (await edgeDetail(ctx, request.edge)).edge;
  const { result, changeId, version } = await addNote(
    ctx.db,
    { text: request.text, lang: request.lang, ...(request.entity ? { entity: request.entity } : {}), ...(fact ? { fact: { id: fact.id, source: fact.source, target: fact.target } } : {}) },
    { by },
  );
  noteWrite(ctx.db, version);
  return { id: result.id, change: changeId, version };
}

export function history(ctx: Ctx, filter: { entity?: string | undefined; article?: string | undefined; limit: number }): Promise<Change[]> {
  return listChanges(ctx.db, { limit: filter.limit, ...(filter.entity ? { entity: filter.entity } : {}), ...(filter.article ? { article: filter.article } : {}) });
}

export async function undo(ctx: Ctx, id: string, by: string): Promise<{ undone: string; action: string; change: string; version: number }> {
  const result = await undoChange(ctx.db, id, { by });
  noteWrite(ctx.db, result.version);
  return { undone: result.undone, action: result.action, change: result.undone, version: result.version };
}
