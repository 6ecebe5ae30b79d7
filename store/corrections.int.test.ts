/**
 * An analyst's corrections against the real Neo4j: each is one recorded change, conflicts are detected by
 * the entity's edit version, and undoing a correction gives back exactly the graph before it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedIfEmpty } from '../corpus/seed-database.ts';
import { NEW_CELL, secondArticleBatch } from '../test/fixtures/articles/second-article.ts';
import { testCypher } from '../test/cypher.ts';
import { asGraph, dumpGraph, type Dump } from '../test/graph-dump.ts';
import { neo4jTarget } from '../test/neo4j-target.ts';
import { addArticle } from './article-writer.ts';
import { addNote, editEntity, mergeEntities, redirectsOf, reviewFact } from './corrections.ts';
import { Database } from './database.ts';
import { loadGraph } from './load-graph.ts';
import { undoChange } from './recorded-write.ts';
import { applySchema } from './schema.ts';

const target = neo4jTarget();
const db = new Database({ uri: target.uri, user: target.user, password: target.password, database: target.database });
const by = { by: 'analyst-test' };

/** A dump without Neo4j's element ids, which change when an undo recreates an element. */
const state = (d: Dump) => ({
  nodes: d.nodes.map((n) => ({ id: n.id, labels: n.labels, properties: n.properties })),
  edges: d.edges.map((e) => ({ id: e.id, type: e.type, source: e.source, target: e.target, properties: e.properties })),
});

beforeAll(async () => {
  await applySchema(db);
  await loadGraph(db, { nodes: [], edges: [] });
  await seedIfEmpty(db);
});
afterAll(async () => {
  await loadGraph(db, { nodes: [], edges: [] });
  await seedIfEmpty(db);
  await db.close();
});

describe('corrections', () => {
  it('edits an entity, refuses a stale edit with both versions, and undoes the edit exactly', async () => {
    const before = state(await dumpGraph(db));
    const edited = await editEntity(db, 'bcij', { version: 0, name_en: 'Central Bureau of Judicial Investigation (BCIJ)', aliases_ar: ['المكتب المركزي للأبحاث القضائية', 'البسيج'] }, by);
    expect(edited.result.version).toBe(1);
    const bcij = asGraph(await dumpGraph(db)).nodes.find((n) => n.id === 'bcij');
    expect(bcij?.properties).toMatchObject({ name_en: 'Central Bureau of Judicial Investigation (BCIJ)', edited_by: 'analyst-test', version: 1 });
    expect(bcij?.properties.search_ar).toContain('البسيج');
    await expect(editEntity(db, 'bcij', { version: 0, name_en: 'Someone else' }, by)).rejects.toMatchObject({
      kind: 'conflict',
      code: 'entity-edit-conflict',
      details: { extra: { current: { version: 1 }, yours: { version: 0, name_en: 'Someone else' } } },
    });
    await undoChange(db, edited.changeId, by);
    expect(state(await dumpGraph(db))).toEqual(before);
  });

  it('changes a kind, and rejects a fact whose supports then say who rejected them', async () => {
    const before = state(await dumpGraph(db));
    const kind = await editEntity(db, 'sahel-warlords', { version: 0, kind: 'Person' }, by);
    const warlords = asGraph(await dumpGraph(db)).nodes.find((n) => n.id === 'sahel-warlords');
    expect(warlords?.labels.sort()).toEqual(['Entity', 'Person']);
    const fact = { id: 'bcij-coordinated_with-dgst', source: 'bcij', target: 'dgst' };
    const rejected = await reviewFact(db, fact, 'rejected', by);
    const after = asGraph(await dumpGraph(db));
    expect(after.edges.find((e) => e.id === fact.id)?.properties).toMatchObject({ status: 'rejected', evidence: [], support_count: 0 });
    const supports = after.nodes.filter((n) => n.labels.includes('Support') && n.properties.fact_id === fact.id);
    expect(supports.length).toBeGreaterThan(0);
    for (const s of supports) expect(s.properties).toMatchObject({ status: 'rejected', reviewed_by: 'analyst-test' });
    await undoChange(db, rejected.changeId, by);
    await undoChange(db, kind.changeId, by);
    expect(state(await dumpGraph(db))).toEqual(before);
  });

  it('merges two entities (mentions, facts, supports and notes move; the old id redirects) and undoes the merge', async () => {
    const seeded = state(await dumpGraph(db));
    await addArticle(db, secondArticleBatch(), by);
    const note = await addNote(db, { text: 'الخلية نفسها؟ / The same cell?', lang: 'ar', entity: NEW_CELL }, by);
    const before = state(await dumpGraph(db));
    const merged = await mergeEntities(db, NEW_CELL, 'lions-of-the-caliphate', by);
    expect(merged.result.mentions).toBeGreaterThan(0);
    const after = asGraph(await dumpGraph(db));
    expect(after.nodes.filter((n) => n.id === NEW_CELL).map((n) => n.labels)).toEqual([['Redirect']]);
    const lions = after.nodes.find((n) => n.id === 'lions-of-the-caliphate');
    expect(lions?.properties.aliases_ar).toContain('خلية البرنوصي');
    expect(after.edges.some((e) => e.type === 'MENTIONS' && e.target === 'lions-of-the-caliphate' && e.properties.surface === 'خلية البرنوصي')).toBe(true);
    expect(after.edges.some((e) => e.type === 'ACTIVE_IN' && e.source === 'lions-of-the-caliphate' && e.target === 'casablanca')).toBe(true);
    expect(after.edges.filter((e) => e.source === NEW_CELL || e.target === NEW_CELL)).toEqual([]);
    expect(after.nodes.filter((n) => n.labels.includes('Support') && (n.properties.source_id === NEW_CELL || n.properties.target_id === NEW_CELL))).toEqual([]);
    expect(await redirectsOf(db, [NEW_CELL, 'bcij'])).toEqual(new Map([[NEW_CELL, 'lions-of-the-caliphate']]));
    const movedNote = after.nodes.find((n) => n.id === note.result.id);
    expect(movedNote?.properties.entity_id).toBe('lions-of-the-caliphate');

    await undoChange(db, merged.changeId, by);
    expect(state(await dumpGraph(db))).toEqual(before);
    expect(await redirectsOf(db, [NEW_CELL])).toEqual(new Map());
    await undoChange(db, note.changeId, by);
    const list = await db.read(testCypher('latest-change'));
    expect(list[0]?.action).toBe('article.add');
    await undoChange(db, typeof list[0]?.id === 'string' ? list[0].id : '', by);
    expect(state(await dumpGraph(db))).toEqual(seeded);
  });

  it('is atomic: a failure part-way through a merge or an edit leaves nothing half-written', async () => {
    const before = await dumpGraph(db);
    for (const n of [2, 4, 6, 8, 10]) {
      await expect(mergeEntities(db, 'tamesna', 'rabat', { by: 'analyst-test', failAfterStatements: n })).rejects.toThrow(/injected failure/);
      expect(await dumpGraph(db)).toEqual(before);
    }
    await expect(editEntity(db, 'rabat', { version: 0, name_en: 'Rabat (edited)' }, { by: 'analyst-test', failAfterStatements: 3 })).rejects.toThrow(/injected failure/);
    expect(await dumpGraph(db)).toEqual(before);
  });
});
