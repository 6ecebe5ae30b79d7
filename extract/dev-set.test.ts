/**
 * The dev set (test/fixtures/corpus/dev/) as a regression floor: each article is extracted with the seed
 * graph's entities known, its Graph JSON scored against the gold file (test/extraction-score.ts), and the
 * figures printed. The floors sit a little under what the engine reaches; held-out articles are the measure.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goldSchema, scoreGraph, share, type Score } from '../test/extraction-score.ts';
import { seedKnownEntities } from '../test/known-entities.ts';
import { createExtractor, extractionGraph } from './index.ts';

const DEV = new URL('../test/fixtures/corpus/dev/', import.meta.url);
const ARTICLES = ['a1', 'a2'];
const FLOOR = { linking: 0.95, recall: 0.85, facts: 0.85, precision: 0.85 };

const known = seedKnownEntities();
const names = new Map(known.map((k) => [k.id, k.names]));
const extractor = createExtractor(known);

const scores = new Map<string, Score>();
for (const a of ARTICLES) {
  const gold = goldSchema.parse(JSON.parse(readFileSync(new URL(`${a}.gold.json`, DEV), 'utf8')));
  const text = readFileSync(new URL(`${a}.txt`, DEV), 'utf8');
  const extraction = extractor.extract(text, gold.published === null ? {} : { published: gold.published });
  scores.set(a, scoreGraph(extractionGraph(extraction), gold, names));
}

const pct = (p: { hit: number; total: number }): string => `${p.hit}/${p.total} (${(share(p) * 100).toFixed(0)} %)`;

describe('the dev set', () => {
  it('prints the scores', () => {
    const rows = [...scores].map(([a, s]) => ({
      article: a,
      linking: pct(s.linking),
      duplicates: s.duplicates.length,
      recall: pct(s.recall),
      facts: pct(s.facts),
      precision: pct(s.precision),
    }));
    console.table(rows);
    for (const [a, s] of scores) {
      const missed = [...s.linking.missed, ...s.recall.missed, ...s.facts.missed];
      if (missed.length > 0 || s.precision.unmatched.length > 0) console.log(`${a}: missed ${missed.join(', ') || '—'}; unmatched nodes ${s.precision.unmatched.join(', ') || '—'}`);
    }
    expect(rows).toHaveLength(ARTICLES.length);
  });

  for (const a of ARTICLES) {
    it(`${a}: links every known entity and creates no duplicate`, () => {
      const s = scores.get(a);
      expect(s).toBeDefined();
      if (s === undefined) return;
      expect(share(s.linking)).toBeGreaterThanOrEqual(FLOOR.linking);
      expect(s.duplicates).toEqual([]);
    });

    it(`${a}: stays above the floor for new entities, facts and precision`, () => {
      const s = scores.get(a);
      if (s === undefined) throw new Error(`no score for ${a}`);
      expect(share(s.recall)).toBeGreaterThanOrEqual(FLOOR.recall);
      expect(share(s.facts)).toBeGreaterThanOrEqual(FLOOR.facts);
      expect(share(s.precision)).toBeGreaterThanOrEqual(FLOOR.precision);
    });
  }
});
