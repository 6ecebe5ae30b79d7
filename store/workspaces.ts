/**
 * Saved investigations: named states of the explorer, kept in Neo4j beside the graph but not in it (saving
 * one is no graph change and leaves the graph version alone). Each has an owner, a version that makes a
 * concurrent save a conflict, and the graph version it was saved at.
 */
import { randomUUID } from 'node:crypto';
import { workspaceStateSchema, type Workspace, type WorkspaceInput, type WorkspaceNews } from '../contract/workbench.ts';
import type { Json } from '../contract/json.ts';
import { DomainError, notFound } from '../domain/errors.ts';
import { redirectsOf } from './corrections.ts';
import { cypher } from './cypher-files.ts';
import type { Database } from './database.ts';
import { readGraphVersion } from './graph-version.ts';
import { toNeo4jProperties } from './property-values.ts';

type Summary = Omit<Workspace, 'state' | 'redirected'>;

const text = (value: Json | undefined): string => (typeof value === 'string' ? value : '');
const int = (value: Json | undefined): number => (typeof value === 'number' ? value : 0);
const record = (value: Json | undefined): Record<string, Json> => (value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {});

function summary(row: Record<string, Json>): Summary {
  return {
    id: text(row.id),
    name: text(row.name),
    description: text(row.description),
    owner: text(row.owner),
    createdAt: text(row.created_at),
    updatedAt: text(row.updated_at),
    version: int(row.version),
    graphVersion: int(row.graph_version),
  };
}

/** A workspace as saved, its node ids followed through merges (the redirects are listed). */
async function full(db: Database, row: Record<string, Json>): Promise<Workspace> {
  const state = workspaceStateSchema.parse(JSON.parse(text(row.state)));
  const redirects = await redirectsOf(db, [...state.nodes, ...state.pinned]);
  const follow = (id: string): string => redirects.get(id) ?? id;
  const moved = Object.fromEntries(redirects);
  return {
    ...summary(row),
    state: {
      ...state,
      nodes: [...new Set(state.nodes.map(follow))],
      pinned: [...new Set(state.pinned.map(follow))],
      positions: Object.fromEntries(Object.entries(state.positions).map(([id, p]) => [follow(id), p])),
    },
    redirected: moved,
  };
}

export async function listWorkspaces(db: Database, owner: string): Promise<Summary[]> {
  return (await db.read(cypher('workspaces/list'), { owner })).map((r) => summary(record(r.workspace)));
}

export async function getWorkspace(db: Database, id: string): Promise<Workspace> {
  const [row] = await db.read(cypher('workspaces/get'), { id });
  if (!row) throw notFound('workspace-not-found', `No workspace has the id "${id}".`, { id });
  return full(db, record(row.workspace));
}

export async function createWorkspace(db: Database, input: WorkspaceInput, owner: string): Promise<Workspace> {
  const at = new Date().toISOString();
  const id = `w-${randomUUID()}`;
  const properties = toNeo4jProperties({
    name: input.name,
    description: input.description,
    owner,
    created_at: at,
    updated_at: at,
    version: 1,
    graph_version: await readGraphVersion(db),
    state: JSON.stringify(input.state),
  });
  const [row] = await db.write(cypher('workspaces/create'), { id, properties });
  return full(db, record(row?.workspace));
}

function ownedBy(workspace: Summary, owner: string): void {
  if (workspace.owner !== owner) throw new DomainError('forbidden', 'workspace-not-yours', 'Only the owner of a workspace may change or delete it; duplicate it to make your own.', { params: { id: workspace.id } });
}

/** Saves over a workspace; 409 with both versions when it was saved since the client read it. */
export async function updateWorkspace(db: Database, id: string, input: WorkspaceInput, owner: string): Promise<Workspace> {
  const current = await getWorkspace(db, id);
  ownedBy(current, owner);
  const version = input.version ?? current.version;
  const properties = toNeo4jProperties({
    name: input.name,
    description: input.description,
    updated_at: new Date().toISOString(),
    graph_version: await readGraphVersion(db),
    state: JSON.stringify(input.state),
  });
  const [row] = await db.write(cypher('workspaces/update'), { id, version, properties });
  if (!row) {
    throw new DomainError('conflict', 'workspace-saved-meanwhile', `The workspace was saved meanwhile (version ${current.version}; yours was read at ${version}).`, {
      params: { id, stored: current.version, yours: version },
      extra: { current: current as unknown as Json, yours: input as unknown as Json },
    });
  }
  return full(db, record(row.workspace));
}

export async function deleteWorkspace(db: Database, id: string, owner: string): Promise<void> {
  ownedBy(await getWorkspace(db, id), owner);
  await db.write(cypher('workspaces/delete'), { id });
}

/** What came in about a workspace's nodes since it was saved. */
export async function workspaceNews(db: Database, id: string): Promise<WorkspaceNews> {
  const workspace = await getWorkspace(db, id);
  const rows = await db.read(cypher('workspaces/news'), { ids: workspace.state.nodes, since: workspace.updatedAt });
  const mentions = new Map<string, number>();
  const facts = new Map<string, WorkspaceNews['facts'][number]>();
  for (const row of rows) {
    for (const m of Array.isArray(row.mentioned) ? row.mentioned : []) if (typeof m === 'string') mentions.set(m, (mentions.get(m) ?? 0) + 1);
    for (const f of Array.isArray(row.facts) ? row.facts.map(record) : []) facts.set(text(f.id), { id: text(f.id), type: text(f.type), source: text(f.source), target: text(f.target) });
  }
  return {
    articles: rows.map((r) => ({ id: text(r.id), title: typeof r.title === 'string' ? r.title : null, published: typeof r.published === 'string' ? r.published : null, ingestedAt: text(r.ingestedAt) })),
    mentioned: [...mentions].map(([entity, count]) => ({ id: entity, mentions: count })),
    facts: [...facts.values()],
  };
}
