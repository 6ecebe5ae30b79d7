/**
 * The views over the whole graph against the real Neo4j with the seed article: the time axis (happened vs
 * reported), places with what is tied to them, structure measures and communities, the co-occurrence
 * layer; bad input answered 4xx; and an ingested article's date and places showing up.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestResultSchema } from '../../contract/api.ts';
import { cooccurrenceSchema, placesSchema, structureSchema, timelineSchema } from '../../contract/views.ts';
import { expectJson, expectProblem, get, startArticleServer, type Reply } from '../../test/http-kit.ts';
import type { RunningServer } from '../index.ts';
import { replaceStructureRunner } from '../services/structure.ts';
import { createStructureRunner } from '../services/structure-runner.ts';

let server: RunningServer;

beforeAll(async () => {
  server = await startArticleServer();
});
afterAll(async () => {
  await server.stop();
});

async function post(path: string, body: unknown): Promise<Reply> {
  const response = await fetch(server.url + path, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
  const text = await response.text();
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', body: text === '' ? null : (JSON.parse(text) as unknown), bytes: Buffer.byteLength(text) };
}

describe('GET /api/timeline', () => {
  it('places the seed’s events by when they happened and the article by when it was published', async () => {
    const reply = await get(server, '/api/timeline');
    expectJson(reply);
    const { items, undated, truncated } = timelineSchema.parse(reply.body);
    expect(truncated).toBe(false);
    const byId = new Map(items.map((item) => [item.id, item]));
    expect(byId.get('first-cell-dismantling-2002')).toMatchObject({ kind: 'Event', start: '2002-01-01', end: '2002-12-31', precision: 'year', time: 'event' });
    expect(byId.get('announcement-2023')).toMatchObject({ start: '2023-03-15', precision: 'day', time: 'event' });
    expect(byId.get('announcement-2023')?.end).toBeUndefined();
    expect(byId.get('lions-operation-2025')).toMatchObject({ start: '2025-02-19', precision: 'day', time: 'event' });
    expect(byId.get('period-2022-2026')).toMatchObject({ kind: 'Date', start: '2022-01-01', end: '2026-12-31', precision: 'period' });
    // A document placed by the period it covers.
    expect(byId.get('security-strategy-2022-2026')).toMatchObject({ kind: 'Document', precision: 'period' });
    const reports = items.filter((item) => item.time === 'report');
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ kind: 'Article', start: '2025-01-01', end: '2025-12-31', precision: 'year' });
    // In time order; what happened in 2002 was reported in 2025.
    expect(items.map((item) => item.start)).toEqual([...items.map((item) => item.start)].sort());
    expect(undated.map((item) => item.id)).toEqual(expect.arrayContaining(['bcij-founding', 'policeman-killing', 'weapons-cache-discovery']));
    expect(undated.every((item) => item.kind === 'Event' && !byId.has(item.id))).toBe(true);
  });

  it('keeps to the limit and says so', async () => {
    const { items, truncated } = timelineSchema.parse((await get(server, '/api/timeline?limit=2')).body);
    expect(items.filter((item) => item.time === 'event').length).toBeLessThanOrEqual(2);
    expect(truncated).toBe(true);
  });

  it('refuses a bad limit with a problem naming it', async () => {
    expectProblem(await get(server, '/api/timeline?limit=0'), 400, 'limit');
    expectProblem(await get(server, '/api/timeline?limit=many'), 400, 'limit');
  });
});

describe('GET /api/places', () => {
  it('gives every place its coordinates and the entities tied to it', async () => {
    const reply = await get(server, '/api/places');
    expectJson(reply);
    const { places } = placesSchema.parse(reply.body);
    const byId = new Map(places.map((place) => [place.id, place]));
    for (const id of ['casablanca', 'tangier', 'fes', 'laayoune', 'taounate', 'azemmour', 'guercif', 'oulad-teima', 'tamesna']) {
      const place = byId.get(id);
      expect(place, id).toBeDefined();
      expect(place?.ties.some((tie) => tie.id === 'lions-operation-2025' && tie.type === 'TOOK_PLACE_IN' && tie.direction === 'in'), id).toBe(true);
    }
    expect(byId.get('laayoune')).toMatchObject({ label: 'العيون', labelEn: 'Laayoune', lat: 27.1536, lon: -13.2033, placeType: 'city' });
    expect(byId.get('sahel')?.placeType).toBe('region');
    expect(byId.get('sahel')?.ties.some((tie) => tie.type === 'OPERATES_IN')).toBe(true);
    const hayRahma = byId.get('hay-rahma');
    // A place it lies in comes first.
    expect(hayRahma?.ties[0]).toMatchObject({ id: 'casablanca', type: 'LOCATED_IN', direction: 'out' });
    for (const place of places) expect(place.tieCount).toBeGreaterThanOrEqual(place.ties.length);
  });

  it('refuses a bad limit', async () => {
    expectProblem(await get(server, '/api/places?limit=-3'), 400, 'limit');
  });
});

describe('GET /api/structure', () => {
  it('scores every entity by betweenness over the whole graph: the BCIJ above a leaf', async () => {
    const reply = await get(server, '/api/structure?measure=betweenness');
    expectJson(reply);
    const result = structureSchema.parse(reply.body);
    expect(result.measure).toBe('betweenness');
    expect(result.method.exact).toBe(true);
    const ids = Object.keys(result.scores);
    expect(ids.length).toBe(result.nodes);
    expect(ids).toContain('bcij');
    expect(result.scores.bcij).toBeGreaterThan(0);
    expect(result.scores.azemmour).toBe(0);
    expect(Object.keys(result.communities).sort()).toEqual([...ids].sort());
    expect(result.communitySizes.reduce((a, b) => a + b, 0)).toBe(result.nodes);
    expect(result.communitySizes.length).toBeGreaterThan(1);
  });

  it('answers degree, PageRank and article counts; communities the same under every measure', async () => {
    const degree = structureSchema.parse((await get(server, '/api/structure?measure=degree')).body);
    const pagerank = structureSchema.parse((await get(server, '/api/structure?measure=pagerank')).body);
    const articles = structureSchema.parse((await get(server, '/api/structure?measure=articles')).body);
    expect(degree.scores.bcij).toBeGreaterThan(degree.scores.azemmour ?? Infinity);
    expect(degree.scores.azemmour).toBe(1);
    expect(pagerank.scores.bcij).toBeGreaterThan(pagerank.scores.azemmour ?? Infinity);
    expect(articles.scores.bcij).toBe(1);
    expect(pagerank.communities).toEqual(degree.communities);
    expect(articles.communities).toEqual(degree.communities);
    // degree is the default
    expect(structureSchema.parse((await get(server, '/api/structure')).body).scores).toEqual(degree.scores);
  });

  it('answers 503 structure-failed, not a hang, when the worker computing it is stopped', async () => {
    // A worker that never answers, in place of the real one; a fresh server has nothing cached.
    const stuck = createStructureRunner(new URL('../../test/fixtures/workers/never-answers.ts', import.meta.url));
    const real = replaceStructureRunner(stuck);
    const fresh = await startArticleServer();
    try {
      const pending = get(fresh, '/api/structure?measure=pagerank');
      await expect.poll(() => stuck.busy(), { timeout: 30_000 }).toBe(true);
      await stuck.terminate();
      const reply = await pending;
      const problem = expectProblem(reply, 503);
      expect(problem.code).toBe('structure-failed');
    } finally {
      replaceStructureRunner(real);
      await fresh.stop();
    }
    // The real worker answers again.
    expectJson(await get(server, '/api/structure?measure=pagerank'));
  });

  it('refuses a measure it does not know, naming it', async () => {
    const problem = expectProblem(await get(server, '/api/structure?measure=closeness'), 400, 'measure');
    expect(problem.detail + JSON.stringify(problem.errors)).toContain('betweenness');
  });
});

describe('POST /api/cooccurrence', () => {
  it('links entities named in one sentence, weighted by how many, each link citing sentences that name both', async () => {
    const reply = await post('/api/cooccurrence', { nodeIds: ['bcij', 'dgst', 'casablanca', 'tangier', 'daesh', 'hammouchi-nobody'] });
    expectJson(reply);
    const { links, scope } = cooccurrenceSchema.parse(reply.body);
    expect(scope).toBe('sentence');
    const pair = links.find((link) => link.source === 'casablanca' && link.target === 'tangier');
    expect(pair?.weight).toBeGreaterThanOrEqual(1);
    expect(pair?.sentences[0]?.text).toContain('طنجة');
    expect(pair?.sentences[0]?.text).toContain('الدار البيضاء');
    for (const link of links) {
      expect(link.source < link.target).toBe(true);
      expect(link.sentences.length).toBeGreaterThan(0);
      expect(link.sentences.length).toBeLessThanOrEqual(Math.min(3, link.weight));
    }
    expect(links.map((link) => link.weight)).toEqual([...links.map((link) => link.weight)].sort((a, b) => b - a));
  });

  it('counts articles in article scope, and leaves out pairs below the minimum weight', async () => {
    const { links } = cooccurrenceSchema.parse((await post('/api/cooccurrence', { nodeIds: ['bcij', 'laayoune'], scope: 'article' })).body);
    expect(links).toEqual([expect.objectContaining({ source: 'bcij', target: 'laayoune', weight: 1 })]);
    const none = cooccurrenceSchema.parse((await post('/api/cooccurrence', { nodeIds: ['bcij', 'laayoune'], scope: 'article', minWeight: 2 })).body);
    expect(none.links).toEqual([]);
  });

  it('refuses bad bodies with problems naming the field', async () => {
    expectProblem(await post('/api/cooccurrence', {}), 400, 'nodeIds');
    expectProblem(await post('/api/cooccurrence', { nodeIds: ['bcij'] }), 400, 'nodeIds');
    expectProblem(await post('/api/cooccurrence', { nodeIds: ['bcij', 'NOT A SLUG'] }), 400);
    expectProblem(await post('/api/cooccurrence', { nodeIds: ['bcij', 'dgst'], scope: 'paragraph' }), 400, 'scope');
  });
});

describe('an ingested article in the views', () => {
  it('adds its publication date to the time axis and its places to the map, and takes them away when retracted', async () => {
    const text = readFileSync(new URL('../../test/fixtures/corpus/dev/a1.txt', import.meta.url), 'utf8');
    const before = placesSchema.parse((await get(server, '/api/places')).body);
    const reply = await post('/api/articles', { text, title: 'تفكيك خلية موالية لداعش بضواحي الناظور', outlet: 'dev set', published: '2023-05-10' });
    expect(reply.status).toBe(201);
    const { article, graph } = ingestResultSchema.parse(reply.body);
    try {
      const newPlaces = graph.nodes.filter((node) => node.labels.includes('Place') && article.entities.new.includes(node.id));
      expect(newPlaces.length).toBeGreaterThan(0);
      await expect
        .poll(async () => timelineSchema.parse((await get(server, '/api/timeline')).body).items.find((item) => item.id === article.id), { timeout: 5000 })
        .toMatchObject({ time: 'report', kind: 'Article', start: '2023-05-10', precision: 'day' });
      const after = placesSchema.parse((await get(server, '/api/places')).body);
      for (const node of newPlaces) {
        const place = after.places.find((p) => p.id === node.id);
        expect(place, node.id).toMatchObject({ lat: node.properties.lat, lon: node.properties.lon });
      }
      expect(after.places.length).toBeGreaterThan(before.places.length);
      const articles = structureSchema.parse((await get(server, '/api/structure?measure=articles')).body);
      expect(articles.scores.bcij).toBe(2);
    } finally {
      const removed = await fetch(`${server.url}/api/articles/${article.id}`, { method: 'DELETE' });
      expect(removed.status).toBe(204);
    }
    await expect.poll(async () => placesSchema.parse((await get(server, '/api/places')).body).places.length, { timeout: 5000 }).toBe(before.places.length);
  });
});
