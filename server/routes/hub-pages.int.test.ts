/**
 * A hub's reads a page at a time: its mentions and a fact's evidence newest article first with the total
 * known, its neighbours through one type in (neighbour id, edge id) order, each page found through a cursor
 * and every answer valid against its contract schema; and the plans that make a page cost the same for a
 * hub as for a leaf.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { edgeDetailSchema, evidencePageSchema, FIRST_PAGE, mentionPageSchema, neighborsSchema, nodeDetailSchema } from '../../contract/api.ts';
import { cypher } from '../../store/cypher-files.ts';
import { degreesQuery } from '../services/nodes.ts';
import { refreshQuery } from '../../store/fact-degrees.ts';
import { writeFixture } from '../../test/fixture-write.ts';
import { HUB_FACT, HUB_ID, HUB_NAME, hubFixture } from '../../test/fixtures/hub.ts';
import { expectProblem, get, startArticleServer } from '../../test/http-kit.ts';
import type { RunningServer } from '../index.ts';

let server: RunningServer;
const fixture = hubFixture(30, 40, 120);

beforeAll(async () => {
  server = await startArticleServer();
  await writeFixture(server.db, 'hub-create', { hub: HUB_ID, name: HUB_NAME, fact: HUB_FACT, ...fixture }, [HUB_ID, 'bcij', ...fixture.neighbours]);
});
afterAll(async () => {
  await writeFixture(server.db, 'hub-delete', {}, [HUB_ID, 'bcij', ...fixture.neighbours]);
  await server.stop();
});

/** Follows `next` from the first page to the last, checking every page against its schema. */
async function allPages<T>(first: { items: T[]; next: string | null }, page: (after: string) => Promise<{ items: T[]; next: string | null }>): Promise<{ items: T[]; pages: number }> {
  const items = [...first.items];
  let next = first.next;
  let pages = 1;
  while (next !== null) {
    const reply = await page(next);
    items.push(...reply.items);
    next = reply.next;
    pages += 1;
    if (pages > 1000) throw new Error('the cursors do not end');
  }
  return { items, pages };
}

const byNewestArticle = (a: { key: string; index: number; start: number }, b: { key: string; index: number; start: number }): number =>
  (a.key < b.key ? 1 : a.key > b.key ? -1 : 0) || a.index - b.index || a.start - b.start;

describe('a hub named 2,400 times', () => {
  it('gives its first page of mentions, newest article first, with the total and the degrees of its facts', async () => {
    const detail = nodeDetailSchema.parse((await get(server, `/api/nodes/${HUB_ID}`)).body);
    expect(detail.mentionTotal).toBe(fixture.mentionCount);
    expect(detail.mentions).toHaveLength(FIRST_PAGE);
    expect(detail.mentionsNext).not.toBeNull();
    const newest = fixture.articles.at(-1)?.id;
    expect(detail.mentions[0]?.article.id).toBe(newest);
    const first = fixture.sentences.find((s) => s.article === newest && s.index === 1);
    expect(detail.mentions.slice(0, 2).map((m) => [m.sentenceId, m.start])).toEqual([
      [first?.id, first?.starts[0]],
      [first?.id, first?.starts[1]],
    ]);
    for (const m of detail.mentions) expect(m.text.slice(m.start, m.end)).toBe(m.surface);
    expect(detail.degrees).toEqual([{ type: 'LINKED_TO', direction: 'out', count: fixture.neighbours.length + 1 }]);
  });

  it('reads every mention exactly once by following the cursors, in order', async () => {
    const detail = nodeDetailSchema.parse((await get(server, `/api/nodes/${HUB_ID}`)).body);
    const { items, pages } = await allPages({ items: detail.mentions, next: detail.mentionsNext }, async (after) => {
      const page = mentionPageSchema.parse((await get(server, `/api/nodes/${HUB_ID}/mentions?after=${after}&limit=500`)).body);
      expect(page.total).toBe(fixture.mentionCount);
      return { items: page.mentions, next: page.next };
    });
    expect(pages).toBe(1 + Math.ceil((fixture.mentionCount - FIRST_PAGE) / 500));
    const keyOf = new Map(fixture.articles.map((a) => [a.id, a.key]));
    const keyed = items.map((m) => ({ key: keyOf.get(m.article.id) ?? '', index: m.index, start: m.start, id: `${m.sentenceId}@${m.start}` }));
    expect(new Set(keyed.map((m) => m.id)).size).toBe(fixture.mentionCount);
    expect(keyed).toEqual([...keyed].sort(byNewestArticle));
  });

  it('pages the evidence of a fact stated by 1,200 sentences, newest article first', async () => {
    const detail = edgeDetailSchema.parse((await get(server, `/api/edges/${HUB_FACT}`)).body);
    expect(detail.evidenceTotal).toBe(fixture.sentences.length);
    expect(detail.evidence).toHaveLength(FIRST_PAGE);
    expect(detail.evidence[0]?.article.id).toBe(fixture.articles.at(-1)?.id);
    expect(detail.evidence[0]?.mentions.map((m) => m.entityId)).toEqual([HUB_ID, HUB_ID]);
    const { items } = await allPages({ items: detail.evidence, next: detail.evidenceNext }, async (after) => {
      const page = evidencePageSchema.parse((await get(server, `/api/edges/${HUB_FACT}/evidence?after=${after}&limit=333`)).body);
      return { items: page.evidence, next: page.next };
    });
    const ids = items.map((s) => s.sentenceId);
    expect(new Set(ids).size).toBe(fixture.sentences.length);
    const expected = [...fixture.sentences].sort((a, b) => byNewestArticle({ ...a, start: 0 }, { ...b, start: 0 })).map((s) => s.id);
    expect(ids).toEqual(expected);
  });

  it('pages its neighbours through one type by cursor, each once, with the total', async () => {
    const seen: string[] = [];
    let next: string | null | undefined = undefined;
    do {
      const reply = await get(server, `/api/nodes/${HUB_ID}/neighbors?types=LINKED_TO&limit=50${next ? `&after=${next}` : ''}`);
      const page = neighborsSchema.parse(reply.body);
      expect(page.total).toBe(fixture.neighbours.length + 1);
      expect(page.edges.length).toBeLessThanOrEqual(50);
      seen.push(...page.edges.map((e) => e.target));
      next = page.next;
    } while (next);
    expect(seen).toEqual(['bcij', ...fixture.neighbours].sort());
    const inward = neighborsSchema.parse((await get(server, `/api/nodes/${HUB_ID}/neighbors?types=LINKED_TO&direction=in`)).body);
    expect([inward.total, inward.edges.length, inward.next]).toEqual([0, 0, null]);
    const places = neighborsSchema.parse((await get(server, `/api/nodes/${HUB_ID}/neighbors?types=LINKED_TO&labels=Place&limit=1000`)).body);
    expect([places.total, places.edges.length]).toEqual([fixture.neighbours.length, fixture.neighbours.length]);
  });

  it('names a cursor that is not one as bad input', async () => {
    expectProblem(await get(server, `/api/nodes/${HUB_ID}/mentions?after=nonsense!`), 400, 'after');
    expectProblem(await get(server, `/api/nodes/${HUB_ID}/mentions?after=WzFd`), 400, 'after');
    expectProblem(await get(server, `/api/edges/${HUB_FACT}/evidence?after=WzFd`), 400, 'after');
    expectProblem(await get(server, `/api/nodes/${HUB_ID}/mentions?limit=100000`), 400, 'limit');
    expectProblem(await get(server, `/api/nodes/${HUB_ID}/neighbors?after=WyJhIiwiYiJd`), 400, 'after');
    expectProblem(await get(server, '/api/nodes/no-such-entity/mentions'), 404);
  });

  it('reads a page of mentions or evidence through the paging indexes, and degrees from the degree store without expanding', async () => {
    const operators = async (query: string, params: Record<string, unknown>): Promise<string[]> => {
      const { summary } = await server.db.driver.executeQuery(`EXPLAIN ${query}`, params, { database: server.db.name });
      const names: string[] = [];
      const walk = (plan: { operatorType: string; children: unknown[] } | false): void => {
        if (!plan) return;
        names.push(plan.operatorType.replace(/@.*$/, ''));
        for (const child of plan.children) walk(child as { operatorType: string; children: unknown[] });
      };
      walk(summary.plan);
      return names;
    };
    const mentions = await operators(cypher('explore/mentions'), { id: HUB_ID, key: '\uffff', index: -1, start: -1, limit: 50 });
    expect(mentions.some((o) => o.includes('RelationshipIndexSeek')), mentions.join(' < ')).toBe(true);
    // The index gives the newest articles first, so Neo4j stops after one page (a PartialTop sorts within an
    // article only); a Top or a Sort would read every index entry of the entity.
    expect(mentions, mentions.join(' < ')).toContain('PartialTop');
    expect(mentions.some((o) => o === 'Sort' || o === 'Top'), mentions.join(' < ')).toBe(false);
    const evidence = await operators(cypher('explore/evidence'), { factId: HUB_FACT, key: '\uffff', index: -1, limit: 50 });
    expect(evidence.some((o) => o.includes('NodeIndexSeek'))).toBe(true);
    expect(evidence, evidence.join(' < ')).toContain('PartialTop');
    expect(evidence.some((o) => o === 'Sort' || o === 'Top'), evidence.join(' < ')).toBe(false);
    const expands = (plan: string[]): boolean => plan.some((o) => o.startsWith('Expand') || o.includes('RelationshipScan'));
    // The node reads the writer's summary; the summary (and the fallback for an entity without one) counts from the degree store.
    const node = await operators(cypher('explore/node'), { id: HUB_ID });
    expect(expands(node), node.join(' < ')).toBe(false);
    const counted = await operators(degreesQuery(['LINKED_TO', 'PART_OF']), { id: HUB_ID });
    expect(expands(counted), counted.join(' < ')).toBe(false);
    const refresh = await operators(refreshQuery(['LINKED_TO', 'PART_OF']), { ids: [HUB_ID], types: ['LINKED_TO', 'PART_OF'] });
    expect(expands(refresh), refresh.join(' < ')).toBe(false);
  });
});
