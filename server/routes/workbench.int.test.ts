/**
 * The write API of the analyst's workbench against the real Neo4j: the review of a dry run committed with
 * its decisions, corrections with their 409 on a stale version, history and undo, roles, and workspaces.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { edgeDetailSchema, ingestResultSchema, nodeDetailSchema, problemSchema } from '../../contract/api.ts';
import { changeListSchema, workspaceSchema, workspaceListSchema } from '../../contract/workbench.ts';
import { dumpGraph } from '../../test/graph-dump.ts';
import { startArticleServer } from '../../test/http-kit.ts';
import { startTestServer } from '../../test/server-harness.ts';
import type { RunningServer } from '../index.ts';

const a1 = readFileSync(new URL('../../test/fixtures/corpus/dev/a1.txt', import.meta.url), 'utf8');
let server: RunningServer;
beforeAll(async () => {
  server = await startArticleServer();
});
afterAll(async () => {
  await server.stop();
});

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}, target = server): Promise<{ status: number; body: unknown }> {
  const response = await fetch(target.url + path, {
    method,
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    body: body === undefined ? null : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? null : (JSON.parse(text) as unknown) };
}

const state = { nodes: ['bcij', 'dgst'], edges: ['bcij-part_of-dgst'], positions: { bcij: { x: 10, y: 20 }, dgst: { x: -5, y: 40 } }, zoom: 1.5, pan: { x: 3, y: 4 } };

describe('committing a reviewed dry run', () => {
  it('writes what the analyst decided: a kind changed, a mention linked, a fact rejected, a fact added; the rest accepted', async () => {
    const dry = ingestResultSchema.parse((await call('POST', '/api/articles?dryRun=true', { text: a1, published: '2024-03-06' })).body);
    const entities = dry.graph.nodes.filter((n) => n.labels.includes('Entity'));
    const fresh = entities.filter((n) => n.properties.ingest === 'new');
    const place = fresh.find((n) => n.labels.includes('Place'));
    const cell = fresh.find((n) => n.labels.includes('Cell'));
    expect(place && cell).toBeTruthy();
    const facts = dry.graph.edges.filter((e) => !['HAS_SENTENCE', 'MENTIONS', 'CITES'].includes(e.type));
    const rejected = facts[0];
    const mention = dry.graph.edges.find((e) => e.type === 'MENTIONS' && e.target === cell?.id);
    const sentence = dry.graph.nodes.find((n) => n.labels.includes('Sentence') && n.properties.index === 1);
    const review = {
      entities: [{ id: place?.id, decision: 'accept', kind: 'Group' }],
      mentions: [{ id: mention?.id, decision: 'accept', linkTo: 'lions-of-the-caliphate' }],
      facts: [{ id: rejected?.id, decision: 'reject' }],
      newFacts: [{ source: 'dgsn', type: 'ANNOUNCED', target: cell?.id, sentence: sentence?.id }],
      acceptRest: true,
    };
    const committed = await call('POST', '/api/articles', { text: a1, published: '2024-03-06', review });
    expect(committed.status, JSON.stringify(committed.body).slice(0, 500)).toBe(201);
    const articleId = ingestResultSchema.parse(committed.body).article.id;

    const placeNode = nodeDetailSchema.parse((await call('GET', `/api/nodes/${place?.id ?? ''}`)).body).node;
    expect(placeNode.labels).toContain('Group');
    expect(placeNode.properties.status).toBe('accepted');
    const lions = nodeDetailSchema.parse((await call('GET', '/api/nodes/lions-of-the-caliphate')).body);
    expect(lions.mentions.some((m) => m.article.id === articleId)).toBe(true);
    const stored = (await call('GET', `/api/edges/${rejected?.id ?? ''}`)).body as { edge: { properties: { status: string } }; evidence: { support: { status: string } }[] };
    expect(stored.edge.properties.status).toBe('rejected');
    expect(stored.evidence.every((e) => e.support.status === 'rejected')).toBe(true);
    const added = (await call('GET', `/api/edges/dgsn-announced-${cell?.id ?? ''}`)).body as { evidence: { support: { method: string; status: string } }[] };
    expect(added.evidence[0]?.support).toMatchObject({ method: 'analyst', status: 'accepted' });

    expect((await call('DELETE', `/api/articles/${articleId}`)).status).toBe(204);
  });

  it('refuses a review naming items the extraction does not propose (409), writing nothing', async () => {
    const before = await dumpGraph(server.db);
    const reply = await call('POST', '/api/articles', { text: a1, review: { facts: [{ id: 'nope-dismantled-nothing', decision: 'reject' }] } });
    expect(reply.status).toBe(409);
    expect(problemSchema.parse(reply.body).code).toBe('review-stale');
    expect(await dumpGraph(server.db)).toEqual(before);
  });
});

describe('corrections, history and undo over HTTP', () => {
  it('edits with a version, answers 409 with both versions to a stale edit, lists the history and undoes in order', async () => {
    const before = await dumpGraph(server.db);
    const edit = await call('PATCH', '/api/entities/dgst', { version: 0, description_en: 'Morocco’s domestic intelligence (edited).' });
    expect(edit.status).toBe(200);
    const stale = await call('PATCH', '/api/entities/dgst', { version: 0, description_en: 'A second analyst’s edit.' });
    expect(stale.status).toBe(409);
    const problem = problemSchema.parse(stale.body);
    expect(problem.code).toBe('entity-edit-conflict');
    expect(problem.conflict).toMatchObject({ current: { version: 1, description_en: 'Morocco’s domestic intelligence (edited).' }, yours: { version: 0 } });

    const history = changeListSchema.parse((await call('GET', '/api/changes?entity=dgst')).body);
    expect(history.changes[0]).toMatchObject({ action: 'entity.edit', by: 'local', undoable: true });
    const undo = await call('POST', `/api/changes/${history.changes[0]?.id ?? ''}/undo`, {});
    expect(undo.status).toBe(200);
    expect((await call('POST', `/api/changes/${history.changes[0]?.id ?? ''}/undo`, {})).status).toBe(409);
    const strip = (d: Awaited<ReturnType<typeof dumpGraph>>) => d.nodes.map((n) => ({ id: n.id, labels: n.labels, properties: n.properties }));
    expect(strip(await dumpGraph(server.db))).toEqual(strip(before));
  });

  it('merges two entities: the old id answers the kept one with redirectedFrom; the merge is undone', async () => {
    const merged = await call('POST', '/api/entities/tamesna/merge', { into: 'rabat' });
    expect(merged.status).toBe(200);
    const old = nodeDetailSchema.parse((await call('GET', '/api/nodes/tamesna')).body);
    expect(old).toMatchObject({ node: { id: 'rabat' }, redirectedFrom: 'tamesna' });
    const change = (merged.body as { change: string }).change;
    expect((await call('POST', `/api/changes/${change}/undo`, {})).status).toBe(200);
    expect(nodeDetailSchema.parse((await call('GET', '/api/nodes/tamesna')).body).redirectedFrom).toBeUndefined();
  });

  it('retracts a fact: its evidence stays, each support marked rejected with who and when; the retraction is undone', async () => {
    const retracted = await call('POST', '/api/edges/bcij-part_of-dgst/review', { status: 'rejected' });
    expect(retracted.status).toBe(200);
    const detail = edgeDetailSchema.parse((await call('GET', '/api/edges/bcij-part_of-dgst')).body);
    expect(detail.evidence.length).toBeGreaterThan(0);
    for (const sentence of detail.evidence) {
      expect(sentence.support).toMatchObject({ status: 'rejected', reviewedBy: 'local' });
      expect(Number.isNaN(Date.parse(sentence.support.reviewedAt ?? ''))).toBe(false);
    }
    expect((await call('POST', `/api/changes/${(retracted.body as { change: string }).change}/undo`, {})).status).toBe(200);
    const restored = edgeDetailSchema.parse((await call('GET', '/api/edges/bcij-part_of-dgst')).body);
    expect(restored.evidence.every((e) => e.support.status !== 'rejected' && (e.support.reviewedBy ?? null) === null)).toBe(true);
  });

  it('refuses a merge into itself and bad edits with a 4xx naming the field', async () => {
    expect((await call('POST', '/api/entities/rabat/merge', { into: 'rabat' })).status).toBe(400);
    const noField = await call('PATCH', '/api/entities/rabat', { version: 0 });
    expect(noField.status).toBe(400);
    const badKind = await call('PATCH', '/api/entities/rabat', { version: 0, kind: 'Planet' });
    expect(problemSchema.parse(badKind.body).errors?.map((e) => e.path)).toContain('kind');
    expect((await call('PATCH', '/api/entities/no-such-entity', { version: 0, name_en: 'x' })).status).toBe(404);
  });
});

describe('roles and workspaces', () => {
  const editorToken = 'editor-token-for-the-workbench';
  const readerToken = 'reader-token-for-the-workbench';
  let guarded: RunningServer;
  beforeAll(async () => {
    guarded = await startTestServer({ SILA_API_TOKEN: readerToken, SILA_EDITOR_TOKEN: editorToken });
  });
  afterAll(async () => {
    await guarded.stop();
  });
  const as = (token: string) => ({ authorization: `Bearer ${token}` });

  it('lets only editors correct, note and undo', async () => {
    for (const [method, path, body] of [
      ['PATCH', '/api/entities/rabat', { version: 0, name_en: 'Rabat!' }],
      ['POST', '/api/entities/tamesna/merge', { into: 'rabat' }],
      ['POST', '/api/notes', { text: 'ملاحظة', lang: 'ar', entity: 'rabat' }],
      ['POST', '/api/edges/bcij-part_of-dgst/review', { status: 'rejected' }],
      ['POST', '/api/changes/whatever/undo', {}],
    ] as const) {
      expect((await call(method, path, body, {}, guarded)).status, `${method} ${path} anonymous`).toBe(401);
      expect((await call(method, path, body, as(readerToken), guarded)).status, `${method} ${path} reader`).toBe(403);
    }
    const note = await call('POST', '/api/notes', { text: 'Seen in two reports / وردت في تقريرين', lang: 'en', entity: 'rabat' }, as(editorToken), guarded);
    expect(note.status).toBe(201);
    const detail = nodeDetailSchema.parse((await call('GET', '/api/nodes/rabat', undefined, as(readerToken), guarded)).body);
    expect(detail.notes.map((n) => [n.text, n.by])).toEqual([['Seen in two reports / وردت في تقريرين', 'editor']]);
    expect((await call('POST', `/api/changes/${(note.body as { change: string }).change}/undo`, {}, as(editorToken), guarded)).status).toBe(200);
  });

  it('keeps each reader’s workspaces: saved, listed for their owner, opened by link, saved over with a version, deleted by the owner only', async () => {
    const created = await call('POST', '/api/workspaces', { name: 'تحقيق الناظور', description: 'Cells near Nador', state }, as(readerToken), guarded);
    expect(created.status).toBe(201);
    const workspace = workspaceSchema.parse(created.body);
    expect(workspace.owner).toMatch(/^reader-[0-9a-f]{12}$/);
    expect(workspace.state).toMatchObject(state);
    const mine = workspaceListSchema.parse((await call('GET', '/api/workspaces', undefined, as(readerToken), guarded)).body);
    expect(mine.workspaces.map((w) => w.id)).toContain(workspace.id);
    const editors = workspaceListSchema.parse((await call('GET', '/api/workspaces', undefined, as(editorToken), guarded)).body);
    expect(editors.workspaces.map((w) => w.id)).not.toContain(workspace.id);
    // A link opens it for anyone who may read.
    expect(workspaceSchema.parse((await call('GET', `/api/workspaces/${workspace.id}`, undefined, as(editorToken), guarded)).body).name).toBe('تحقيق الناظور');

    const saved = await call('PUT', `/api/workspaces/${workspace.id}`, { name: 'تحقيق الناظور ٢', description: '', state, version: workspace.version }, as(readerToken), guarded);
    expect(saved.status).toBe(200);
    const conflict = await call('PUT', `/api/workspaces/${workspace.id}`, { name: 'late', description: '', state, version: workspace.version }, as(readerToken), guarded);
    expect(conflict.status).toBe(409);
    expect(problemSchema.parse(conflict.body).conflict).toBeDefined();
    expect((await call('DELETE', `/api/workspaces/${workspace.id}`, undefined, as(editorToken), guarded)).status).toBe(403);
    expect((await call('DELETE', `/api/workspaces/${workspace.id}`, undefined, as(readerToken), guarded)).status).toBe(204);
    expect((await call('GET', `/api/workspaces/${workspace.id}`, undefined, as(readerToken), guarded)).status).toBe(404);
  });
});
