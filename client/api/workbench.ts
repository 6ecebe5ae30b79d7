import { z } from 'zod';
import {
  changeListSchema,
  entityEditResultSchema,
  mergeResultSchema,
  undoResultSchema,
  workspaceListSchema,
  workspaceNewsSchema,
  workspaceSchema,
  writeResultSchema,
  type Change,
  type EntityEditRequest,
  type Workspace,
  type WorkspaceInput,
  type WorkspaceNews,
} from '../../contract/workbench.ts';
import type { EntityKind } from '../../contract/kinds.ts';
import { deleteResource, getJson, postJson, query } from './http.ts';

const created = writeResultSchema.extend({ id: z.string() });
const path = (...parts: string[]): string => `/api/${parts.map(encodeURIComponent).join('/')}`;

export type EntityEditResult = z.infer<typeof entityEditResultSchema>;
export type MergeResult = z.infer<typeof mergeResultSchema>;
export type WriteResult = z.infer<typeof writeResultSchema>;
export type WorkspaceSummary = z.infer<typeof workspaceListSchema>['workspaces'][number];

/** The analyst's writes and saved investigations, typed by the shared contract. */
export const workbenchApi = {
  editEntity: (id: string, edit: EntityEditRequest): Promise<EntityEditResult> => postJson(path('entities', id), edit, entityEditResultSchema, undefined, 'PATCH'),
  mergeEntity: (id: string, into: string): Promise<MergeResult> => postJson(`${path('entities', id)}/merge`, { into }, mergeResultSchema),
  splitMention: (id: string, request: { sentence: string; start: number; entity: { kind: EntityKind; name_ar: string; name_en?: string } }): Promise<z.infer<typeof created>> =>
    postJson(`${path('entities', id)}/split`, request, created),
  reviewFact: (id: string, status: 'accepted' | 'rejected'): Promise<WriteResult> => postJson(`${path('edges', id)}/review`, { status }, writeResultSchema),
  addNote: (note: { text: string; lang: 'ar' | 'en'; entity?: string; edge?: string }): Promise<z.infer<typeof created>> => postJson('/api/notes', note, created),
  changes: (filter: { entity?: string; article?: string } = {}, signal?: AbortSignal): Promise<Change[]> =>
    getJson(`/api/changes${query({ entity: filter.entity, article: filter.article })}`, changeListSchema, signal).then((list) => list.changes),
  undoChange: (id: string): Promise<z.infer<typeof undoResultSchema>> => postJson(`${path('changes', id)}/undo`, {}, undoResultSchema),
  workspaces: (signal?: AbortSignal): Promise<WorkspaceSummary[]> => getJson('/api/workspaces', workspaceListSchema, signal).then((list) => list.workspaces),
  workspace: (id: string, signal?: AbortSignal): Promise<Workspace> => getJson(path('workspaces', id), workspaceSchema, signal),
  workspaceNews: (id: string, signal?: AbortSignal): Promise<WorkspaceNews> => getJson(`${path('workspaces', id)}/news`, workspaceNewsSchema, signal),
  createWorkspace: (input: WorkspaceInput): Promise<Workspace> => postJson('/api/workspaces', input, workspaceSchema),
  saveWorkspace: (id: string, input: WorkspaceInput): Promise<Workspace> => postJson(path('workspaces', id), input, workspaceSchema, undefined, 'PUT'),
  deleteWorkspace: (id: string): Promise<void> => deleteResource(path('workspaces', id)),
};
