import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleListSchema, articleSchema } from '../../contract/api.ts';
import { buildArticleGraph, seedArticleId } from '../../corpus/seed/article-graph.ts';
import type { RunningServer } from '../index.ts';
import { expectJson, expectProblem, get, startArticleServer } from '../../test/http-kit.ts';

let server: RunningServer;
const article = buildArticleGraph();

beforeAll(async () => {
  server = await startArticleServer();
});
afterAll(async () => {
  await server.stop();
});

describe('GET /api/article', () => {
  it('gives the article and its sentences in order, each with its mentions in text order', async () => {
    const reply = await get(server, '/api/article');
    expectJson(reply);
    const view = articleSchema.parse(reply.body);
    expect(view.article.id).toBe(seedArticleId());
    const sentences = article.nodes.filter((n) => n.labels.includes('Sentence'));
    expect(view.sentences.map((s) => s.id)).toEqual(
      [...sentences].sort((a, b) => Number(a.properties.index) - Number(b.properties.index)).map((s) => s.id),
    );
    const total = view.sentences.reduce((sum, s) => sum + s.mentions.length, 0);
    expect(total).toBe(article.edges.filter((e) => e.type === 'MENTIONS').length);
    for (const s of view.sentences) {
      for (const m of s.mentions) expect(s.text.slice(m.start, m.end)).toBe(m.surface);
      const starts = s.mentions.map((m) => m.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
  });

  it('leaves out the line of ad script the article was scraped with', async () => {
    const view = articleSchema.parse((await get(server, '/api/article')).body);
    expect(view.sentences.some((s) => s.text.includes('googletag'))).toBe(false);
  });
});

describe('GET /api/articles and /api/articles/:id', () => {
  it('lists the corpus with each article counts, and serves each by its id', async () => {
    const reply = await get(server, '/api/articles');
    expectJson(reply);
    const { articles } = articleListSchema.parse(reply.body);
    expect(articles.map((a) => a.id)).toEqual([seedArticleId()]);
    const [seed] = articles;
    expect(seed).toMatchObject({ published: '2025', counts: { sentences: 13 } });
    expect(seed?.counts.mentions).toBe(article.edges.filter((e) => e.type === 'MENTIONS').length);
    expect(seed?.counts.facts).toBe(article.edges.filter((e) => !['MENTIONS', 'HAS_SENTENCE', 'CITES'].includes(e.type)).length);
    const one = articleSchema.parse((await get(server, `/api/articles/${seedArticleId()}`)).body);
    expect(one).toEqual(articleSchema.parse((await get(server, '/api/article')).body));
  });

  it('answers 404 with a code for an unknown article and 400 for a malformed id', async () => {
    const missing = await get(server, '/api/articles/a-000000000000');
    expectProblem(missing, 404);
    expect(missing.body).toMatchObject({ code: 'article-not-found', params: { id: 'a-000000000000' } });
    expectProblem(await get(server, '/api/articles/not-an-id'), 400);
  });
});
