/** Saving, listing, opening, renaming, duplicating and deleting workspaces, and what is new around one. */
import type { Workspace, WorkspaceInput } from '../../../contract/workbench.ts';
import { api } from '../../api/endpoints.ts';
import type { WorkspaceSummary } from '../../api/workbench.ts';
import { count, t } from '../../i18n.ts';
import type { ClientContext } from '../context.ts';
import { explain } from '../explore/errors.ts';
import { attempt } from '../explore/operations.ts';
import { addGraph, step } from '../graph/actions.ts';
import { notify } from '../progress/actions.ts';
import type { SharedView } from '../url/share.ts';
import { currentView } from '../url/sync.ts';
import { stateOfView, viewOfState, workspaceHash } from './state.ts';

const summaryOf = (w: Workspace): WorkspaceSummary => ({
  id: w.id,
  name: w.name,
  description: w.description,
  owner: w.owner,
  createdAt: w.createdAt,
  updatedAt: w.updatedAt,
  version: w.version,
  graphVersion: w.graphVersion,
});

export async function loadWorkspaces(ctx: ClientContext): Promise<void> {
  const list = await attempt(ctx, 'task.workspaces', () => api.workspaces());
  if (list) ctx.workspaces.set({ ...ctx.workspaces.get(), list, loaded: true });
}

function inputOf(ctx: ClientContext, name: string, description: string): WorkspaceInput {
  return { name, description, state: stateOfView(currentView(ctx), ctx.graph.get().content.hideProposed) };
}

/** Saves the picture on screen as a new workspace. */
export async function saveNewWorkspace(ctx: ClientContext, name: string, description: string): Promise<Workspace | undefined> {
  const saved = await attempt(ctx, 'task.save', () => api.createWorkspace(inputOf(ctx, name, description)));
  if (saved) {
    ctx.workspaces.set({ ...ctx.workspaces.get(), opened: summaryOf(saved) });
    await loadWorkspaces(ctx);
  }
  return saved;
}

/**
 * Saves the picture on screen over a workspace, on the version this client last read of it: a save by
 * someone else since answers 409, shown as a notice, and nothing is overwritten.
 */
export async function saveOverWorkspace(ctx: ClientContext, workspace: WorkspaceSummary): Promise<void> {
  const saved = await attempt(ctx, 'task.save', () => api.saveWorkspace(workspace.id, { ...inputOf(ctx, workspace.name, workspace.description), version: workspace.version }));
  if (saved) ctx.workspaces.set({ ...ctx.workspaces.get(), opened: summaryOf(saved) });
  await loadWorkspaces(ctx);
}

/** Renames (and re-describes) a workspace, keeping the picture it holds. */
export async function renameWorkspace(ctx: ClientContext, workspace: WorkspaceSummary, name: string, description = workspace.description): Promise<void> {
  await attempt(ctx, 'task.save', async () => {
    const stored = await api.workspace(workspace.id);
    return api.saveWorkspace(workspace.id, { name, description, state: stored.state, version: workspace.version });
  });
  await loadWorkspaces(ctx);
}

export async function duplicateWorkspace(ctx: ClientContext, workspace: WorkspaceSummary): Promise<void> {
  await attempt(ctx, 'task.save', async () => {
    const stored = await api.workspace(workspace.id);
    return api.createWorkspace({ name: t('workspaces.copyOf', { name: workspace.name }), description: stored.description, state: stored.state });
  });
  await loadWorkspaces(ctx);
}

export async function deleteWorkspace(ctx: ClientContext, workspace: WorkspaceSummary): Promise<void> {
  await attempt(ctx, 'task.save', () => api.deleteWorkspace(workspace.id));
  const state = ctx.workspaces.get();
  if (state.opened?.id === workspace.id) ctx.workspaces.set({ ...state, opened: null, news: null });
  await loadWorkspaces(ctx);
}

/** Opens a workspace the way its link does: the page reloads on the new address and restores the picture. */
export function openWorkspace(id: string): void {
  window.location.hash = workspaceHash(id);
}

export const workspaceUrl = (id: string): string => `${window.location.origin}${window.location.pathname}${workspaceHash(id)}`;

/** The workspace a link names, read before the canvas is built so its camera can be restored. */
export async function readWorkspace(id: string): Promise<{ workspace: Workspace } | { error: unknown }> {
  try {
    return { workspace: await api.workspace(id) };
  } catch (error) {
    return { error };
  }
}

/** The picture of a workspace that was read, or the words for why it could not be. */
export function openedWorkspace(ctx: ClientContext, outcome: { workspace: Workspace } | { error: unknown }): SharedView | null {
  if ('error' in outcome) {
    notify(ctx.progress, { tone: 'error', ...explain(outcome.error), sticky: true, name: 'workspace-unavailable' });
    return null;
  }
  ctx.workspaces.set({ ...ctx.workspaces.get(), opened: summaryOf(outcome.workspace) });
  return viewOfState(outcome.workspace.state);
}

/**
 * Once a workspace is on screen: when articles were ingested since it was saved, offers to show what they
 * say around its nodes (the facts they state, with their other ends).
 */
export async function offerNews(ctx: ClientContext, id: string): Promise<void> {
  const news = await attempt(ctx, 'task.news', () => api.workspaceNews(id));
  if (!news || (news.articles.length === 0 && news.facts.length === 0)) return;
  ctx.workspaces.set({ ...ctx.workspaces.get(), news });
  notify(ctx.progress, {
    tone: 'info',
    title: t('workspaces.newsTitle'),
    detail: `${count('newArticles', news.articles.length)} · ${count('relationships', news.facts.length)}`,
    hint: '',
    sticky: true,
    name: 'workspace-news',
    action: { name: 'show-news', label: t('workspaces.showNews'), run: () => void showNews(ctx) },
  });
}

async function showNews(ctx: ClientContext): Promise<void> {
  const news = ctx.workspaces.get().news;
  if (!news) return;
  const { content } = ctx.graph.get();
  const ids = [...new Set([...content.nodes.keys(), ...news.facts.flatMap((fact) => [fact.source, fact.target])])];
  const found = await attempt(ctx, 'task.news', () => api.subgraph(ids));
  if (!found) return;
  const wanted = new Set([...content.edges.keys(), ...news.facts.map((fact) => fact.id)]);
  addGraph(ctx.graph, { nodes: found.nodes, edges: found.edges.filter((edge) => wanted.has(edge.id)) }, step('expand'));
}
