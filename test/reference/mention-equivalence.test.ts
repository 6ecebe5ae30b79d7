/**
 * The indexed mention finder (a trie walked once per word start and clitic) must find exactly what the
 * reference finder (every alias tried at every position) finds, noise flags and aliases included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, readArticleText } from '../../corpus/seed/article-graph.ts';
import { findMentions, type AliasSet } from '../../text/mentions.ts';
import { findMentionsNaive } from './naive-mentions.ts';

const article = readArticleText();
const { model } = analyzeArticle();
const curated: AliasSet[] = model.entities.map((e) => ({ entityId: e.id, aliases: [e.name_ar, ...e.aliases_ar], standaloneOnly: e.standalone_only === true }));
const words = [...new Set(article.split(/[\s,.،«»"“”()]+/u).filter((w) => w.length > 1))];

/** Text noise of the kind articles have: a stray space, a missing space, a wrong letter, a clitic, quotes. */
const noisy = (text: string, edits: { at: number; kind: number }[]): string => {
  let out = text;
  for (const { at, kind } of edits) {
    const i = at % Math.max(1, out.length);
    if (kind === 0) out = `${out.slice(0, i)} ${out.slice(i)}`;
    else if (kind === 1 && out[i] === ' ') out = out.slice(0, i) + out.slice(i + 1);
    else if (kind === 2) out = `${out.slice(0, i)}ك${out.slice(i + 1)}`;
    else if (kind === 3) out = `${out.slice(0, i)} و${out.slice(i)}`;
    else if (kind === 4) out = `${out.slice(0, i)}«${out.slice(i)}`;
    else out = `${out.slice(0, i)}ل${out.slice(i)}`;
  }
  return out;
};

describe('the indexed mention finder', () => {
  it('finds exactly what the reference finds in the seed article with the curated names', () => {
    expect(findMentions(article, curated)).toEqual(findMentionsNaive(article, curated));
  });

  it('agrees with the reference on noisy texts and random name sets', () => {
    const edit = fc.record({ at: fc.nat(), kind: fc.nat({ max: 5 }) });
    const aliasSet = fc.record({
      entityId: fc.constantFrom('a', 'b', 'c'),
      aliases: fc.array(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')), { minLength: 1, maxLength: 4 }),
      standaloneOnly: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: article.length - 400 }), fc.array(edit, { maxLength: 12 }), fc.array(aliasSet, { minLength: 1, maxLength: 6 }), (start, edits, sets) => {
        const text = noisy(article.slice(start, start + 400), edits);
        const names = [...sets, ...curated.slice(0, 10)];
        expect(findMentions(text, names)).toEqual(findMentionsNaive(text, names));
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with the reference on names written with one slip (a wrong letter, a stray or missing space, a clitic)', () => {
    const name = fc.array(fc.constantFrom(...words), { minLength: 2, maxLength: 3 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(name, fc.nat(), fc.constantFrom(0, 1, 2), fc.constantFrom('', 'و', 'ب', 'ل', 'وال'), fc.constantFrom('ك', 'م', ' '), (alias, at, kind, clitic, letter) => {
        const i = at % alias.length;
        const slipped = kind === 0 ? alias.slice(0, i) + letter + alias.slice(i + 1) : kind === 1 ? alias.slice(0, i) + alias.slice(i + 1) : alias.slice(0, i) + letter + alias.slice(i);
        const text = `قال ${clitic}${slipped} أمس`;
        const names = [{ entityId: 'x', aliases: [alias] }, { entityId: 'y', aliases: [alias.split(' ')[0] ?? alias] }];
        expect(findMentions(text, names)).toEqual(findMentionsNaive(text, names));
      }),
      { numRuns: 2000 },
    );
  });
});
