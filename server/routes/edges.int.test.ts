import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { edgeDetailSchema } from '../../contract/api.ts';
import { buildArticleGraph } from '../../corpus/seed/article-graph.ts';
import type { RunningServer } from '../index.ts';
import { expectJson, expectProblem, get, startArticleServer } from '../../test/http-kit.ts';

let server: RunningServer;
const article = buildArticleGraph();
const sentenceIds = new Set(article.nodes.filter((n) => n.labels.includes('Sentence')).map((n) => n.id));
const entityEdges = article.edges.filter((e) => !['MENTIONS', 'HAS_SENTENCE', 'CITES'].includes(e.type));

beforeAll(async () => {
  server = await startArticleServer();
});
afterAll(async () => {
  await server.stop();
});

describe('GET /api/edges/:id', () => {
  it('gives the edge and its evidence sentences in the order cited, each with the mentions of both ends', async () => {
    const reply = await get(server, '/api/edges/bcij-coordinated_with-dgst');
    expectJson(reply);
    const detail = edgeDetailSchema.parse(reply.body);
    expect(detail.edge).toMatchObject({ id: 'bcij-coordinated_with-dgst', type: 'COORDINATED_WITH', source: 'bcij', target: 'dgst' });
    const stored = entityEdges.find((e) => e.id === 'bcij-coordinated_with-dgst');
    expect(detail.evidence.map((s) => s.sentenceId)).toEqual(stored?.properties.evidence);
    const [sentence] = detail.evidence;
    expect(sentence?.mentions.map((m) => m.entityId).sort()).toEqual(['bcij', 'dgst']);
    for (const m of sentence?.mentions ?? []) expect(sentence?.text.slice(m.start, m.end)).toBe(m.surface);
  });

  it('numbers the sentences its evidence note names by id, as the article numbers them', async () => {
    const detail = edgeDetailSchema.parse((await get(server, '/api/edges/bcij-arrested-extremists-2025')).body);
    expect(detail.edge.properties.evidence_note).toContain('s-5-1');
    const numbers = Object.fromEntries(article.nodes.filter((n) => n.labels.includes('Sentence')).map((n) => [n.id, n.properties.index]));
    expect(detail.noteSentences.length).toBeGreaterThan(1);
    for (const { sentenceId, index } of detail.noteSentences) expect(index).toBe(numbers[sentenceId]);
    expect(detail.noteSentences.map((s) => s.sentenceId).sort()).toEqual(['s-4-1', 's-5-1']);
  });

  it('serves every relationship of the article with all its evidence', async () => {
    for (const edge of entityEdges) {
      const detail = edgeDetailSchema.parse((await get(server, `/api/edges/${edge.id}`)).body);
      expect(detail.edge.id).toBe(edge.id);
      const cited = (edge.properties.evidence as string[]).filter((id) => sentenceIds.has(id));
      expect(detail.evidence.map((s) => s.sentenceId)).toEqual(cited);
      for (const s of detail.evidence) {
        for (const m of s.mentions) expect([edge.source, edge.target]).toContain(m.entityId);
      }
    }
  });

  it('answers 404 for an unknown id and 400 for an id that is not a slug', async () => {
    const missing = expectProblem(await get(server, '/api/edges/bcij-no_such_type-dgst'), 404);
    expect(missing.detail).toContain('bcij-no_such_type-dgst');
    expectProblem(await get(server, '/api/edges/nothing'), 404);
    expectProblem(await get(server, '/api/edges/BCIJ-PART_OF-DGST'), 400, 'id');
    expectProblem(await get(server, `/api/edges/${encodeURIComponent("x' OR 1=1")}`), 400, 'id');
  });

  it('does not serve provenance relationships', async () => {
    const mention = article.edges.find((e) => e.type === 'MENTIONS');
    expectProblem(await get(server, `/api/edges/${mention?.id ?? 'none'}`), 404);
  });
});
