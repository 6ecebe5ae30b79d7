import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleSchema } from '../../contract/api.ts';
import { buildArticleGraph } from '../../corpus/seed/article-graph.ts';
import type { RunningServer } from '../index.ts';
import { expectJson, get, startArticleServer } from '../../test/http-kit.ts';

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
    expect(view.article.id).toBe('article');
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
