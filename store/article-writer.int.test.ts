/**
 * The corpus writer against a real Neo4j: the seed article goes in through it, a second article that
 * shares entities and a fact with the seed goes in beside it, and retracting the second leaves the
 * database exactly as it was.
 */
import { describe, expect, it } from 'vitest';
import { buildArticleGraph, seedArticleBatch, seedArticleId } from '../corpus/seed/article-graph.ts';
import { NEW_CELL, SECOND_TEXT, secondArticleBatch } from '../test/fixtures/articles/second-article.ts';
import { testCypher } from '../test/cypher.ts';
import { asGraph, canonical, dumpGraph } from '../test/graph-dump.ts';
import { openTestDatabase, withSeededDatabase } from '../test/seeded-database.ts';
import { articleIdOf, EVIDENCE_LIMIT, sentenceIdOf } from './article-batch.ts';
import { InjectedWriteFailure, addArticle, refreshEntityKeys, retractArticle } from './article-writer.ts';
import { findMentions } from '../text/mentions.ts';
import { splitArticle } from '../text/sentences.ts';
import { undoChange } from './recorded-write.ts';

const db = openTestDatabase();
withSeededDatabase(db);

describe('the writer', () => {
  it('stores the seed article as buildArticleGraph() prints it (write times aside)', async () => {
    expect(canonical(asGraph(await dumpGraph(db)))).toEqual(canonical(buildArticleGraph()));
  });

  it('adds a second article beside the first, sharing entities and a fact, then retracts it to exactly the state before', async () => {
    const before = await dumpGraph(db);
    const summary = await addArticle(db, secondArticleBatch(), { by: 'test' });
    expect(summary.duplicate).toBe(false);
    expect(summary.entities.created).toEqual([NEW_CELL]);
    expect(summary.entities.linked.sort()).toEqual(['bcij', 'casablanca', 'dgst']);
    expect(summary.facts.supported).toEqual(['bcij-part_of-dgst']);

    const after = asGraph(await dumpGraph(db));
    const nodesWithId = (id: string) => after.nodes.filter((n) => n.id === id);
    expect(nodesWithId('bcij')).toHaveLength(1);
    expect(nodesWithId('casablanca')).toHaveLength(1);
    expect(nodesWithId(NEW_CELL)).toHaveLength(1);
    // The entities that already existed keep their own names: an article never rewrites them...
    expect(nodesWithId('bcij')[0]?.properties.name_ar).toBe('المكتب المركزي للأبحاث القضائية');
    // ...but the second article's spelling of the BCIJ becomes searchable.
    expect(nodesWithId('bcij')[0]?.properties.spellings_ar).toEqual(['البسيج']);
    expect(nodesWithId('bcij')[0]?.properties.search_ar).toContain('البسيج');

    const shared = after.edges.find((e) => e.id === 'bcij-part_of-dgst');
    const second = articleIdOf(SECOND_TEXT);
    const seed = seedArticleId();
    expect(shared?.properties.evidence).toEqual([`${seed}-s-1-1`, `${seed}-s-11-2`, `${second}-s-1-1`]);
    expect(shared?.properties.support_count).toBe(3);
    expect(shared?.properties.relation).toBe('attached to (التابع لـ)');
    const supports = after.nodes.filter((n) => n.labels.includes('Support') && n.properties.fact_id === 'bcij-part_of-dgst');
    expect(supports.map((s) => s.properties.article_id).sort()).toEqual([seed, seed, second].sort());

    const retracted = await retractArticle(db, second, { by: 'test' });
    expect(retracted).toMatchObject({ deletedFacts: 2, deletedEntities: 1 });
    expect(await dumpGraph(db)).toEqual(before);
  });

  it("derives the search keys of the entities an article names as a full recompute from every mention does", async () => {
    const before = await dumpGraph(db);
    await addArticle(db, secondArticleBatch(), { by: 'test' });
    // A third article calls the BCIJ by two more names, one a description («الجهاز»), one a spelling that sorts
    // before the second article's «البسيج».
    const text = 'وأعلن مكتب الخيام أن الجهاز فكك خلية البرنوصي بالدار البيضاء.';
    const [sentence] = splitArticle(text).sentences;
    if (!sentence) throw new Error('no sentence');
    const names = [
      { entityId: 'bcij', aliases: ['مكتب الخيام', 'الجهاز'] },
      { entityId: NEW_CELL, aliases: ['خلية البرنوصي'] },
      { entityId: 'casablanca', aliases: ['الدار البيضاء'] },
    ];
    const third = await addArticle(
      db,
      {
        article: { text, title: null, url: null, outlet: null, published: '2026-04-01', language: 'ar', extra: {} },
        sentences: [{ local: sentence.id, index: sentence.index, paragraph: sentence.paragraph, position: sentence.position, line: sentence.line, start: sentence.start, end: sentence.end, text: sentence.text }],
        entities: [
          { id: 'bcij', kind: 'Agency', properties: {}, origin: 'extracted' },
          { id: NEW_CELL, kind: 'Cell', properties: {}, origin: 'extracted' },
          { id: 'casablanca', kind: 'Place', properties: {}, origin: 'extracted' },
        ],
        mentions: findMentions(sentence.text, names).map((m) => ({
          method: 'rule',
          confidence: 0.9,
          status: 'proposed',
          sentence: sentence.id,
          entityId: m.entityId,
          start: m.start,
          end: m.end,
          surface: m.surface,
          alias: m.alias,
          anaphora: m.alias === 'الجهاز',
          clitic: m.clitic,
          noise: m.noise,
        })),
        facts: [],
      },
      { by: 'test' },
    );
    const added = await dumpGraph(db);
    const bcij = added.nodes.find((n) => n.id === 'bcij');
    expect(bcij?.properties.spellings_ar).toEqual(['البسيج', 'مكتب الخيام']);
    expect(bcij?.properties.descriptions_ar).toEqual(['الجهاز']);
    const ids = added.nodes.filter((n) => n.labels.includes('Entity')).map((n) => n.id);
    await db.writeTransaction((run) => refreshEntityKeys(run, ids));
    expect(await dumpGraph(db)).toEqual(added);

    await retractArticle(db, third.articleId, { by: 'test' });
    await retractArticle(db, articleIdOf(SECOND_TEXT), { by: 'test' });
    expect(await dumpGraph(db)).toEqual(before);
  });

  it(`lists the first ${EVIDENCE_LIMIT} stating sentences of a fact as its evidence, oldest article first, and counts them all`, async () => {
    const before = await dumpGraph(db);
    const lines = Array.from({ length: EVIDENCE_LIMIT + 2 }, (_, i) => `وأكد البلاغ رقم ${i + 1} أن المكتب المركزي للأبحاث القضائية تابع للمديرية العامة لمراقبة التراب الوطني.`);
    const text = lines.join('\n\n');
    const { sentences } = splitArticle(text);
    const added = await addArticle(
      db,
      {
        article: { text, title: null, url: null, outlet: null, published: '2026-05-01', language: 'ar', extra: {} },
        sentences: sentences.map((x) => ({ local: x.id, index: x.index, paragraph: x.paragraph, position: x.position, line: x.line, start: x.start, end: x.end, text: x.text })),
        entities: [
          { id: 'bcij', kind: 'Agency', properties: {}, origin: 'extracted' },
          { id: 'dgst', kind: 'Agency', properties: {}, origin: 'extracted' },
        ],
        mentions: [],
        facts: [{ source: 'bcij', type: 'PART_OF', target: 'dgst', properties: {}, supports: sentences.map((x) => ({ method: 'rule', confidence: 0.8, status: 'proposed', sentence: x.id })) }],
      },
      { by: 'test' },
    );
    const fact = asGraph(await dumpGraph(db)).edges.find((e) => e.id === 'bcij-part_of-dgst');
    const seed = seedArticleId();
    const newest = sentences.slice(0, EVIDENCE_LIMIT - 2).map((x) => sentenceIdOf(added.articleId, x.id));
    expect(fact?.properties.evidence).toEqual([`${seed}-s-1-1`, `${seed}-s-11-2`, ...newest]);
    expect(fact?.properties.support_count).toBe(EVIDENCE_LIMIT + 4);
    await retractArticle(db, added.articleId, { by: 'test' });
    expect(await dumpGraph(db)).toEqual(before);
  });

  it('writes nothing for the same text again, whitespace aside', async () => {
    const before = await dumpGraph(db);
    const batch = seedArticleBatch();
    const again = await addArticle(db, { ...batch, article: { ...batch.article, text: `  ${batch.article.text.replaceAll(' ', '  ')}\n` } }, { by: 'test' });
    expect(again.duplicate).toBe(true);
    expect(await dumpGraph(db)).toEqual(before);
  });

  it('is atomic: a failure in the middle of an add or a retract leaves nothing half-written', async () => {
    const before = await dumpGraph(db);
    for (let n = 1; n <= 9; n += 1) {
      await expect(addArticle(db, secondArticleBatch(), { by: 'test', failAfterStatements: n })).rejects.toBeInstanceOf(InjectedWriteFailure);
      expect(await dumpGraph(db)).toEqual(before);
    }
    await addArticle(db, secondArticleBatch(), { by: 'test' });
    const added = await dumpGraph(db);
    await expect(retractArticle(db, articleIdOf(SECOND_TEXT), { by: 'test', failAfterStatements: 3 })).rejects.toBeInstanceOf(InjectedWriteFailure);
    expect(await dumpGraph(db)).toEqual(added);
    await retractArticle(db, articleIdOf(SECOND_TEXT), { by: 'test' });
    expect(await dumpGraph(db)).toEqual(before);
  });

  it('answers null for an article it does not hold', async () => {
    expect(await retractArticle(db, 'a-000000000000', { by: 'test' })).toBeNull();
  });
});

describe('history and undo', () => {
  it('keeps in a change what the write changed and a digest of what it left, and refuses an undo once that was changed behind its back', async () => {
    const before = await dumpGraph(db);
    const added = await addArticle(db, secondArticleBatch(), { by: 'test' });
    const [stored] = await db.read(testCypher('change-snapshots'), { id: added.changeId ?? '' });
    const text = (value: unknown): string => (typeof value === 'string' ? value : '');
    const snapshot = (value: unknown): { nodes: { id: string }[]; relationships: { id: string }[] } => JSON.parse(text(value)) as { nodes: { id: string }[]; relationships: { id: string }[] };
    const [kept, left] = [snapshot(stored?.before), snapshot(stored?.after)];
    // The article's text is not copied into its change; an entity it names and leaves as it was is not in it at all.
    expect(`${text(stored?.before)}${text(stored?.after)}`).not.toContain('خلية البرنوصي تتكون');
    expect([...kept.nodes, ...left.nodes].map((n) => n.id)).not.toContain('casablanca');
    // The BCIJ gained a spelling and the shared fact a support: both are kept as they were before.
    expect(kept.nodes.map((n) => n.id)).toEqual(['bcij']);
    expect(kept.relationships.map((r) => r.id)).toEqual(['bcij-part_of-dgst']);
    expect(left.nodes.map((n) => n.id)).toContain(sentenceIdOf(added.articleId, 's-2-1'));

    const sentence = sentenceIdOf(added.articleId, 's-2-1');
    await db.write(testCypher('tamper-sentence'), { id: sentence, text: 'تغيير' });
    await expect(undoChange(db, added.changeId ?? '', { by: 'test' })).rejects.toMatchObject({ kind: 'conflict', code: 'undo-stale' });
    await retractArticle(db, added.articleId, { by: 'test' });
    expect(await dumpGraph(db)).toEqual(before);
  });

  it('undoes an ingestion and a retraction exactly, newest first, and only once', async () => {
    const before = await dumpGraph(db);
    const added = await addArticle(db, secondArticleBatch(), { by: 'test' });
    const undone = await undoChange(db, added.changeId ?? '', { by: 'test' });
    expect(undone.action).toBe('article.add');
    expect(await dumpGraph(db)).toEqual(before);
    await expect(undoChange(db, added.changeId ?? '', { by: 'test' })).rejects.toMatchObject({ kind: 'conflict', code: 'change-not-undoable' });

    const again = await addArticle(db, secondArticleBatch(), { by: 'test' });
    const withSecond = await dumpGraph(db);
    const retracted = await retractArticle(db, again.articleId, { by: 'test' });
    expect(await dumpGraph(db)).toEqual(before);
    // The retraction is the latest change: the ingestion cannot be undone before it.
    await expect(undoChange(db, again.changeId ?? '', { by: 'test' })).rejects.toMatchObject({ code: 'undo-out-of-order' });
    await undoChange(db, retracted?.changeId ?? '', { by: 'test' });
    const restored = await dumpGraph(db);
    const strip = (d: typeof restored) => ({
      nodes: d.nodes.map((n) => ({ id: n.id, labels: n.labels, properties: n.properties })),
      edges: d.edges.map((e) => ({ id: e.id, type: e.type, source: e.source, target: e.target, properties: e.properties })),
    });
    // Element ids are Neo4j's own and change when an element is recreated; everything else is back.
    expect(strip(restored)).toEqual(strip(withSecond));
    await undoChange(db, again.changeId ?? '', { by: 'test' });
    expect(strip(await dumpGraph(db))).toEqual(strip(before));
  });
});
