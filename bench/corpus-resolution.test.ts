/**
 * A generated corpus read article after article by one extractor that learns what each article leaves in the
 * graph (its new entities, and the spellings its mentions gave known ones, as the writer stores them): no entity
 * may then merge things of different articles or carry a name cut at the wrong word (test/corpus-merges.ts).
 * The extractor alone shows the merges a 10,001-article ingestion showed, in seconds; the ingestion test
 * (corpus-resolution.int.test.ts) checks the same on what the real writer stores.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor, type Extraction, type KnownEntity } from '../extract/index.ts';
import { corpusMerges, type CorpusEntity } from '../test/corpus-merges.ts';
import { seedKnownEntities } from '../test/known-entities.ts';
import { syntheticArticles } from './articles.ts';

const ARTICLES = 300;

interface Learned {
  kind: KnownEntity['kind'];
  names: Set<string>;
  articles: Set<number>;
}

/** What the writer keeps of one article: new entities with their names, every mention's surface as a spelling. */
function learn(extraction: Extraction, article: number, corpus: Map<string, Learned>): KnownEntity[] {
  const idOf = new Map(extraction.entities.map((e) => [e.key, e.existingId ?? e.key]));
  for (const e of extraction.entities) {
    const id = e.existingId ?? e.key;
    const entry = corpus.get(id) ?? { kind: e.kind, names: new Set<string>(), articles: new Set<number>() };
    if (e.existingId === null) for (const n of [e.name_ar, ...e.aliases_ar, ...(e.name_en === null ? [] : [e.name_en]), ...e.aliases_latin]) entry.names.add(n);
    corpus.set(id, entry);
  }
  for (const m of extraction.mentions) {
    const entry = corpus.get(idOf.get(m.entity) ?? m.entity);
    if (entry === undefined) continue;
    entry.articles.add(article);
    // anaphors («الخلية», «المشتبه فيهم») are descriptions the writer keeps apart, not names (store/entity-keys.ts)
    if (!m.rule.startsWith('anaphor.')) entry.names.add(m.surface);
  }
  return [...new Set(idOf.values())].flatMap((id) => {
    const entry = corpus.get(id);
    return entry === undefined ? [] : [{ id, kind: entry.kind, names: [...entry.names] }];
  });
}

describe('a generated corpus read by a growing extractor', () => {
  it(`merges no groups, events or organisations of different articles and cuts no name wrongly (${ARTICLES} articles)`, () => {
    const seed = seedKnownEntities();
    const extractor = createExtractor(seed);
    const corpus = new Map<string, Learned>(seed.map((k) => [k.id, { kind: k.kind, names: new Set(k.names), articles: new Set<number>() }]));
    syntheticArticles(ARTICLES, 11).forEach((article, i) => {
      extractor.extend(learn(extractor.extract(article.text, { published: article.published }), i, corpus));
    });
    const seedIds = new Set(seed.map((k) => k.id));
    const entities: CorpusEntity[] = [...corpus].filter(([id]) => !seedIds.has(id)).map(([id, e]) => ({ id, kind: e.kind, names: [...e.names], articles: e.articles.size }));
    expect(corpusMerges(entities)).toEqual([]);
    // every article's group and leader are entities of their own (a few leaders share a generated name)
    expect(entities.filter((e) => e.kind === 'Group').length).toBeGreaterThan(ARTICLES / 2);
    expect(entities.filter((e) => e.kind === 'Person').length).toBeGreaterThan(ARTICLES / 2);
    // the hubs still recur: the BCIJ and Daesh are one entity each across the corpus
    expect(corpus.get('bcij')?.articles.size ?? 0).toBeGreaterThan(ARTICLES / 2);
    expect(corpus.get('daesh')?.articles.size ?? 0).toBeGreaterThan(ARTICLES / 3);
  }, 120_000);
});
