/**
 * A generated corpus ingested article after article through the real use case (`ingestArticle`: extraction
 * against what the graph knows, linking, the writer) into the test Neo4j: what the store then holds merges no
 * groups, events or organisations of different articles and carries no name cut at the wrong word
 * (test/corpus-merges.ts). The extractor-only test (corpus-resolution.test.ts) reads more articles faster.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ingestArticle } from '../ingest/ingest-article.ts';
import { corpusMerges } from '../test/corpus-merges.ts';
import { testCypher } from '../test/cypher.ts';
import { seedKnownEntities } from '../test/known-entities.ts';
import { openTestDatabase, withSeededDatabase } from '../test/seeded-database.ts';
import { syntheticArticles } from './articles.ts';

const ARTICLES = 60;
const db = openTestDatabase();
withSeededDatabase(db);

const rowSchema = z.object({ id: z.string(), kind: z.string(), names: z.array(z.string()), articles: z.number() });

describe('a generated corpus ingested through the real writer', () => {
  it(`stores no entity that merges things of different articles, and no name cut at the wrong word (${ARTICLES} articles)`, async () => {
    for (const a of syntheticArticles(ARTICLES, 11)) {
      const result = await ingestArticle(db, { text: a.text, title: a.title, published: a.published }, 'corpus-test');
      expect(result.duplicate).not.toBe(true);
    }
    const seedIds = new Set(seedKnownEntities().map((k) => k.id));
    const entities = (await db.read(testCypher('corpus-entities'))).map((r) => rowSchema.parse(r)).filter((e) => !seedIds.has(e.id));
    expect(corpusMerges(entities)).toEqual([]);
    // each article's group and cell are its own; the hubs are one entity each
    expect(entities.filter((e) => e.kind === 'Group').length).toBeGreaterThan(ARTICLES / 2);
    const all = (await db.read(testCypher('corpus-entities'))).map((r) => rowSchema.parse(r));
    expect(all.find((e) => e.id === 'bcij')?.articles ?? 0).toBeGreaterThan(ARTICLES / 2);
  }, 600_000);
});
