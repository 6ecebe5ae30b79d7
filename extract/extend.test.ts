/**
 * An extractor extended with the entities (and the new names of known ones) each article brings extracts
 * exactly what an extractor built afresh over all of them extracts: what lets ingestion keep one extractor
 * while its own writes grow the graph (ingest/ingest-article.ts).
 */
import { describe, expect, it } from 'vitest';
import { syntheticArticles } from '../bench/articles.ts';
import { seedKnownEntities } from '../test/known-entities.ts';
import { createExtractor, type Extraction, type KnownEntity } from './index.ts';

/** What the graph would know after an article: its new entities, and the spellings it used for known ones. */
function learned(extraction: Extraction, article: number): KnownEntity[] {
  const out: KnownEntity[] = [];
  for (const e of extraction.entities) {
    const names = [e.name_ar, ...e.aliases_ar, ...(e.name_en === null ? [] : [e.name_en]), ...e.aliases_latin];
    if (e.existingId === null) out.push({ id: `${e.key}~${article}`, kind: e.kind, names });
    else {
      const surfaces = extraction.mentions.filter((m) => m.entity === e.key).map((m) => m.surface);
      if (surfaces.length > 0) out.push({ id: e.existingId, kind: e.kind, names: surfaces });
    }
  }
  return out;
}

describe('createExtractor(...).extend', () => {
  it('extracts what an extractor built over every entity extracts, article after article', () => {
    const all = new Map(seedKnownEntities().map((k) => [k.id, k]));
    const growing = createExtractor([...all.values()]);
    const articles = syntheticArticles(36, 17);
    let compared = 0;
    articles.forEach((article, i) => {
      const options = { published: article.published };
      const extraction = growing.extract(article.text, options);
      if (i % 6 === 5) {
        expect(extraction).toEqual(createExtractor([...all.values()]).extract(article.text, options));
        compared += 1;
      }
      const delta = learned(extraction, i);
      growing.extend(delta);
      for (const k of delta) {
        const before = all.get(k.id);
        all.set(k.id, before === undefined ? k : { ...before, names: [...new Set([...before.names, ...k.names])] });
      }
    });
    expect(compared).toBe(6);
    expect(all.size).toBeGreaterThan(seedKnownEntities().length + 100);
    // 42 extractions and 6 fresh extractors: seconds on the shared 2-core machine, whatever the load; no time is asserted
  }, 60_000);

  it('finds a name added to a known entity, and a new entity named after a new first letter', () => {
    const extractor = createExtractor(seedKnownEntities());
    const text = 'أعلنت مصلحة زيتونية المختصة عن توقيف عنصرين بمدينة الدار البيضاء.';
    expect(extractor.extract(text).entities.some((e) => e.existingId === 'olive-unit')).toBe(false);
    extractor.extend([{ id: 'olive-unit', kind: 'Agency', names: ['مصلحة زيتونية'] }, { id: 'casablanca', kind: 'Place', names: ['كازا'] }]);
    const after = extractor.extract(`${text} وفي كازا أيضا.`);
    expect(after.entities.find((e) => e.existingId === 'olive-unit')?.kind).toBe('Agency');
    expect(after.mentions.filter((m) => m.entity === 'casablanca').map((m) => m.surface)).toEqual(['الدار البيضاء', 'كازا']);
  });
});
