/**
 * The prefilter only narrows: the mention finder over the entities it keeps finds exactly what it finds over
 * all known entities, on the seed article, the dev articles and noisy spellings.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticleText } from '../corpus/seed/article-graph.ts';
import { createMentionFinder } from '../text/mentions.ts';
import { seedKnownEntities } from '../test/known-entities.ts';
import { createPrefilter } from './known-prefilter.ts';

const known = seedKnownEntities();
const sets = known.map((k) => ({ entityId: k.id, aliases: k.names, ...(k.standaloneOnly === true ? { standaloneOnly: true } : {}) }));
const all = createMentionFinder(sets);
const prefilter = createPrefilter(known);

const texts = [
  readArticleText(),
  readFileSync(new URL('../test/fixtures/corpus/dev/a1.txt', import.meta.url), 'utf8'),
  readFileSync(new URL('../test/fixtures/corpus/dev/a2.txt', import.meta.url), 'utf8'),
  'أكد عبداللطيف الحموشي، وفي الأ بحاث الجنائية، أن المففكة وللادارة العامة للأمن الوطني وبالدار البيضاء.',
];

describe('the known-entity prefilter', () => {
  it('keeps every entity the finder would find', () => {
    for (const text of texts) expect(createMentionFinder(prefilter(text)).find(text)).toEqual(all.find(text));
  });

  it('leaves out the entities an article cannot name', () => {
    const a1 = texts[1] ?? '';
    expect(prefilter(a1).length).toBeLessThan(known.length / 2);
  });

  it('keeps nothing for a text that names no known entity', () => {
    expect(prefilter('طقس مشمس غدا في معظم المناطق.')).toEqual([]);
  });
});
