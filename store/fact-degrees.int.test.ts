/**
 * The writer's degree summaries against the real Neo4j: after every kind of write (an article added through
 * ingestion, two at once, a retraction, a merge and its undo, a load, the migration of a database from before),
 * each entity's summary says what walking its relationships counts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../ingest/ingest-article.ts';
import type { AppContext } from '../server/context.ts';
import { nodeDetail } from '../server/services/nodes.ts';
import { testCypher } from '../test/cypher.ts';
import { asGraph, dumpGraph, str } from '../test/graph-dump.ts';
import { openTestDatabase, withSeededDatabase } from '../test/seeded-database.ts';
import { retractArticle } from './article-writer.ts';
import { mergeEntities } from './corrections.ts';
import { loadGraph } from './load-graph.ts';
import { undoChange } from './recorded-write.ts';
import { applySchema } from './schema.ts';
import { refreshFactDegrees } from './fact-degrees.ts';

const db = openTestDatabase();
withSeededDatabase(db);
const by = { by: 'degrees-test' };
const devText = (name: string): string => readFileSync(new URL(`../test/fixtures/corpus/dev/${name}.txt`, import.meta.url), 'utf8');

const sorted = (value: unknown): string[] => (Array.isArray(value) ? value.map(String).sort() : []);

/** Every entity's summary beside its walked counts; an entity without a summary and a summary without an entity both show. */
async function expectSummariesTrue(): Promise<number> {
  const counted = new Map((await db.read(testCypher('fact-degrees-counted'))).map((row) => [str(row.id), sorted(row.degrees)]));
  const keptRows = await db.read(testCypher('fact-degrees-kept'));
  const kept = new Map(keptRows.map((row) => [str(row.id), row.degrees === null ? null : sorted(row.degrees)]));
  expect(kept).toEqual(counted);
  expect(keptRows[0]?.orphans ?? 0).toBe(0);
  return counted.size;
}

describe('degree summaries', () => {
  it('are kept for every entity of the seed article', async () => {
    expect(await expectSummariesTrue()).toBeGreaterThan(50);
  });

  it('follow two articles ingested at once (hubs shared), their retraction, a merge and its undo', async () => {
    const [first, second] = await Promise.all([ingestArticle(db, { text: devText('a1') }, 'degrees-test'), ingestArticle(db, { text: devText('a2') }, 'degrees-test')]);
    expect(first.duplicate).toBeFalsy();
    expect(second.duplicate).toBeFalsy();
    await expectSummariesTrue();

    const cells = asGraph(await dumpGraph(db)).nodes.filter((n) => n.labels.includes('Cell')).map((n) => n.id).sort();
    expect(cells.length).toBeGreaterThanOrEqual(2);
    const [from = '', into = ''] = cells;
    const merged = await mergeEntities(db, from, into, by);
    await expectSummariesTrue();
    await undoChange(db, merged.changeId, by);
    await expectSummariesTrue();

    await retractArticle(db, first.article.id, by);
    await expectSummariesTrue();
    await retractArticle(db, second.article.id, by);
    await expectSummariesTrue();
  }, 120_000);

  it('are counted again by a load, which drops those of entities it deletes', async () => {
    const graph = asGraph(await dumpGraph(db));
    const fewer = { nodes: graph.nodes.filter((n) => n.id !== 'tamesna'), edges: graph.edges.filter((e) => e.source !== 'tamesna' && e.target !== 'tamesna') };
    await loadGraph(db, fewer);
    await expectSummariesTrue();
    await loadGraph(db, graph);
    await expectSummariesTrue();
  });

  it('are what node detail reads; an entity without one has its degrees counted when it is read', async () => {
    const ctx = { db, config: {} } as unknown as AppContext;
    const kept = await nodeDetail(ctx, 'bcij');
    expect(kept.degrees.length).toBeGreaterThan(3);
    await db.write(testCypher('fact-degrees-forget-one'), { id: 'bcij' });
    expect((await nodeDetail(ctx, 'bcij')).degrees).toEqual(kept.degrees);
    await db.writeTransaction((run) => refreshFactDegrees(run, ['bcij']));
  });

  it('are counted once for a database from before them, when the schema is applied', async () => {
    await db.write(testCypher('fact-degrees-forget-all'));
    const [none] = await db.read(testCypher('fact-degrees-kept'));
    expect(none?.degrees).toBeNull();
    await applySchema(db);
    await expectSummariesTrue();
  });
});
