/**
 * Ingestion through the HTTP API against the real Neo4j: dry run, ingest, duplicate, retract, the editor
 * role, and hostile input answered 4xx with nothing written.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleListSchema, duplicateResultSchema, ingestResultSchema, searchResultSchema } from '../../contract/api.ts';
import { MAX_ARTICLE_BYTES } from '../../contract/api.ts';
import { testCypher } from '../../test/cypher.ts';
import { dumpGraph } from '../../test/graph-dump.ts';
import { expectJson, expectProblem, get, startArticleServer } from '../../test/http-kit.ts';
import { startTestServer } from '../../test/server-harness.ts';
import type { RunningServer } from '../index.ts';

const a1 = readFileSync(new URL('../../test/fixtures/corpus/dev/a1.txt', import.meta.url), 'utf8');
const page = readFileSync(new URL('../../test/fixtures/pages/news-page.html', import.meta.url), 'utf8');

let server: RunningServer;

beforeAll(async () => {
  server = await startArticleServer();
});
afterAll(async () => {
  await server.stop();
});

async function post(path: string, body: unknown, headers: Record<string, string> = {}, target: RunningServer = server): Promise<{ status: number; contentType: string; body: unknown }> {
  const init: RequestInit =
    body instanceof FormData
      ? { method: 'POST', body, headers }
      : { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } };
  const response = await fetch(target.url + path, init);
  const text = await response.text();
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', body: text === '' ? null : (JSON.parse(text) as unknown) };
}

const articleBody = { text: a1, title: 'تفكيك خلية موالية لداعش بضواحي الناظور', outlet: 'dev set', url: 'https://example.invalid/a1', published: '2023-05-10' };

describe('POST /api/articles', () => {
  it('dry-runs an article: nothing is written, and the graph shows what it would add, linked entities under their ids', async () => {
    const before = await dumpGraph(server.db);
    const reply = await post('/api/articles?dryRun=true', articleBody);
    expect(reply.status).toBe(200);
    const result = ingestResultSchema.parse(reply.body);
    expect(await dumpGraph(server.db)).toEqual(before);

    expect(result.article.id).toMatch(/^a-[0-9a-f]{12}$/);
    expect(result.article.entities.linked).toContain('bcij');
    const bcij = result.graph.nodes.find((n) => n.id === 'bcij');
    expect(bcij?.properties.name_en).toBe('Central Bureau of Judicial Investigations');
    expect(bcij?.properties.ingest).toBe('linked');
    const kinds = (label: string) => result.graph.nodes.filter((n) => n.labels.includes(label));
    expect(kinds('Article')).toHaveLength(1);
    expect(kinds('Sentence').length).toBeGreaterThan(5);
    expect(kinds('Sentence').some((s) => s.properties.headline === true && s.properties.index === 0)).toBe(true);
    // Every proposal says which rule proposed it and how sure it is.
    for (const support of kinds('Support')) {
      expect(support.properties).toMatchObject({ method: 'rule', status: 'proposed' });
      expect(typeof support.properties.rule).toBe('string');
      expect(typeof support.properties.confidence).toBe('number');
    }
    for (const mention of result.graph.edges.filter((e) => e.type === 'MENTIONS')) expect(mention.properties).toMatchObject({ method: 'rule', status: 'proposed' });
    expect(kinds('Support').length).toBeGreaterThan(0);
  });

  it('ingests it in one transaction, shows it everywhere, answers a second time as a duplicate, and retracts it exactly', async () => {
    const before = await dumpGraph(server.db);
    const reply = await post('/api/articles', articleBody);
    expect(reply.status, JSON.stringify(reply.body).slice(0, 600)).toBe(201);
    const result = ingestResultSchema.parse(reply.body);
    const id = result.article.id;

    const listed = articleListSchema.parse((await get(server, '/api/articles')).body);
    expect(listed.articles.map((a) => a.id)).toContain(id);
    // New entities are searchable at once (the search keys are written with them).
    const nador = result.graph.nodes.find((n) => n.properties.name_ar === 'الناظور');
    expect(nador).toBeDefined();
    const found = searchResultSchema.parse((await get(server, `/api/search?q=${encodeURIComponent('الناظور')}`)).body);
    expect(found.results.map((r) => r.node.id)).toContain(nador?.id);
    // The BCIJ's node panel now cites a sentence of the new article.
    const detail = (await get(server, '/api/nodes/bcij')).body as { mentions: { article: { id: string } }[] };
    expect(detail.mentions.some((m) => m.article.id === id)).toBe(true);

    const again = await post('/api/articles', { ...articleBody, text: `${a1}\n\n` });
    expect(again.status).toBe(200);
    expect(duplicateResultSchema.parse(again.body).duplicate).toBe(true);

    const changes = await server.db.read(testCypher('changes'));
    expect(changes[0]).toMatchObject({ action: 'article.add', by: 'local', article: id });

    const deleted = await fetch(`${server.url}/api/articles/${id}`, { method: 'DELETE' });
    expect(deleted.status).toBe(204);
    expect(await dumpGraph(server.db)).toEqual(before);
    expectProblem(await get(server, `/api/articles/${id}`), 404);
    const gone = await fetch(`${server.url}/api/articles/${id}`, { method: 'DELETE' });
    expect(gone.status).toBe(404);
  });

  it('takes an uploaded .html page: its main text, title, address and date, without its scripts', async () => {
    const form = new FormData();
    form.set('file', new Blob([page], { type: 'text/html' }), 'page.html');
    const reply = await post('/api/articles?dryRun=true', form);
    expect(reply.status).toBe(200);
    const result = ingestResultSchema.parse(reply.body);
    expect(result.article).toMatchObject({ title: 'تفكيك خلية إرهابية موالية لداعش بطنجة', published: '2024-05-14', url: 'https://news.example/ar/2024/05/14/cell-tangier' });
    const text = result.graph.nodes.find((n) => n.labels.includes('Article'))?.properties.text;
    expect(typeof text === 'string' && text.includes('تمكن المكتب المركزي')).toBe(true);
    expect(typeof text === 'string' && /googletag|alert\(|dataLayer/.test(text)).toBe(false);
  });
});

describe('hostile input to POST /api/articles is a 4xx naming the field, and writes nothing', () => {
  const cases: [string, unknown, string][] = [
    ['empty text', { text: '   ' }, 'text'],
    ['no Arabic letters', { text: 'Only English words here.' }, 'text'],
    ['text over 200 kB', { text: 'ب'.repeat(MAX_ARTICLE_BYTES / 2 + 1) }, 'text'],
    ['a right-to-left override', { text: `خلية \u202Eخطيرة` }, 'text'],
    ['binary bytes', { text: `خلية\u0000\u0001\u0002` }, 'text'],
    ['a date that is not YYYY-MM-DD', { text: 'خلية', published: '14/05/2024' }, 'published'],
    ['a javascript: address', { text: 'خلية', url: 'javascript:alert(1)' }, 'url'],
    ['a title with an override', { text: 'خلية', title: '\u202Eعنوان' }, 'title'],
    ['no text at all', { title: 'عنوان' }, 'text'],
  ];
  it.each(cases)('%s', async (_name, body, field) => {
    const before = await dumpGraph(server.db);
    const reply = await post('/api/articles', body);
    const problem = expectProblem({ ...reply, bytes: 0 }, 400);
    expect(problem.errors?.map((e) => e.path)).toContain(field);
    expect(await dumpGraph(server.db)).toEqual(before);
  });

  it('a binary file, a file of another type, and a file that is too large', async () => {
    const before = await dumpGraph(server.db);
    const binary = new FormData();
    binary.set('file', new Blob([new Uint8Array([0xff, 0xfe, 0x00, 0x41, 0xc3, 0x28])], { type: 'text/plain' }), 'article.txt');
    const notUtf8 = await post('/api/articles', binary);
    expect(notUtf8.status).toBe(400);
    expect((notUtf8.body as { errors: { path: string }[] }).errors.map((e) => e.path)).toContain('file');
    const pdf = new FormData();
    pdf.set('file', new Blob(['%PDF-1.4'], { type: 'application/pdf' }), 'article.pdf');
    expect((await post('/api/articles', pdf)).status).toBe(400);
    const huge = new FormData();
    huge.set('file', new Blob(['ب'.repeat(1_200_000)], { type: 'text/plain' }), 'article.txt');
    expect((await post('/api/articles', huge)).status).toBe(413);
    expect(await dumpGraph(server.db)).toEqual(before);
  });
});

describe('the editor role', () => {
  const editorToken = 'editor-token-0123456789';
  const apiToken = 'reader-token-0123456789';
  let guarded: RunningServer;
  let readOnly: RunningServer;
  beforeAll(async () => {
    guarded = await startTestServer({ SILA_API_TOKEN: apiToken, SILA_EDITOR_TOKEN: editorToken });
    readOnly = await startTestServer({ SILA_API_TOKEN: apiToken });
  });
  afterAll(async () => {
    await guarded.stop();
    await readOnly.stop();
  });

  it('refuses writes without the editor token (401) or with the reader token (403), and takes them with it', async () => {
    const body = { text: 'خلية إرهابية جديدة بمدينة وجدة.', published: '2024-01-02' };
    const anonymous = await post('/api/articles?dryRun=true', body, {}, guarded);
    expect(anonymous.status).toBe(401);
    const reader = await post('/api/articles?dryRun=true', body, { authorization: `Bearer ${apiToken}` }, guarded);
    expect(reader.status).toBe(403);
    expect((reader.body as { code: string }).code).toBe('editor-role-required');
    const editor = await post('/api/articles?dryRun=true', body, { authorization: `Bearer ${editorToken}` }, guarded);
    expect(editor.status).toBe(200);
    // The editor token reads too.
    expectJson({ ...(await fetch(`${guarded.url}/api/articles`, { headers: { authorization: `Bearer ${editorToken}` } }).then(async (r) => ({ status: r.status, contentType: r.headers.get('content-type') ?? '', body: (await r.json()), bytes: 0 }))) });
    const deleted = await fetch(`${guarded.url}/api/articles/a-000000000000`, { method: 'DELETE', headers: { authorization: `Bearer ${apiToken}` } });
    expect(deleted.status).toBe(403);
  });

  it('gives a server with only the API token no writer at all', async () => {
    const reply = await post('/api/articles?dryRun=true', { text: 'خلية' }, { authorization: `Bearer ${apiToken}` }, readOnly);
    expect(reply.status).toBe(403);
  });
});
