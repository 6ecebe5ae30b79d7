/** Saved workspaces, as the HTTP API calls them. */
import type { Workspace, WorkspaceInput, WorkspaceNews } from '../../contract/workbench.ts';
import * as store from '../../store/workspaces.ts';
import type { AppContext } from '../context.ts';

type Ctx = Pick<AppContext, 'db'>;

export const listWorkspaces = (ctx: Ctx, owner: string): ReturnType<typeof store.listWorkspaces> => store.listWorkspaces(ctx.db, owner);
export const getWorkspace = (ctx: Ctx, id: string): Promise<Workspace> => store.getWorkspace(ctx.db, id);
export const createWorkspace = (ctx: Ctx, input: WorkspaceInput, owner: string): Promise<Workspace> => store.createWorkspace(ctx.db, input, owner);
export const updateWorkspace = (ctx: Ctx, id: string, input: WorkspaceInput, owner: string): Promise<Workspace> => store.updateWorkspace(ctx.db, id, input, owner);
export const deleteWorkspace = (ctx: Ctx, id: string, owner: string): Promise<void> => store.deleteWorkspace(ctx.db, id, owner);
export const workspaceNews = (ctx: Ctx, id: string): Promise<WorkspaceNews> => store.workspaceNews(ctx.db, id);
