/**
 * Rules of the genre on sentences of their own (not the dev articles'): a title and the name it stands
 * beside are one person, the source of «بناء على معلومات …» is no actor, the members of «من بينها …» are each
 * where a cell acts, the person who speaks at a press conference holds it.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor } from './index.ts';
import type { Extraction } from './types.ts';
import type { KnownEntity } from './types.ts';

const known: KnownEntity[] = [
  { id: 'bcij', kind: 'Agency', names: ['المكتب المركزي للأبحاث القضائية', 'BCIJ'] },
  { id: 'dgst', kind: 'Agency', names: ['المديرية العامة لمراقبة التراب الوطني', 'DGST'] },
  { id: 'dgsn', kind: 'Agency', names: ['المديرية العامة للأمن الوطني', 'DGSN'] },
];
const extractor = createExtractor(known);
const nameOf = (x: Extraction, key: string): string => x.entities.find((e) => e.key === key)?.name_ar ?? key;
const facts = (x: Extraction): string[] => x.facts.map((f) => `${nameOf(x, f.source)} ${f.type} ${nameOf(x, f.target)}`);

describe('rules of the genre', () => {
  it('takes a title and the name beside it for one person, with what the title governs between them', () => {
    const x = extractor.extract('قال رئيس المكتب المركزي للأبحاث القضائية، يوسف بنعلي، إن الخلية كانت تستعد لتنفيذ هجمات.');
    const people = x.entities.filter((e) => e.kind === 'Person');
    expect(people.map((p) => p.name_ar)).toEqual(['يوسف بنعلي']);
    expect(facts(x)).toContain('يوسف بنعلي HEADS المكتب المركزي للأبحاث القضائية');
  });

  it('makes the source of «بناء على معلومات …» the provider, not the actor of the operation', () => {
    const x = extractor.extract('أعلنت المديرية العامة للأمن الوطني أن المكتب المركزي للأبحاث القضائية تمكن، بناء على معلومات دقيقة للمديرية العامة لمراقبة التراب الوطني، من تفكيك خلية إرهابية بمدينة طنجة.');
    const all = facts(x);
    expect(all).toContain('المديرية العامة لمراقبة التراب الوطني PROVIDED_INTELLIGENCE_TO المكتب المركزي للأبحاث القضائية');
    expect(all.some((f) => f.startsWith('المكتب المركزي للأبحاث القضائية DISMANTLED'))).toBe(true);
    expect(all.some((f) => f.startsWith('المديرية العامة لمراقبة التراب الوطني DISMANTLED'))).toBe(false);
  });

  it('places a cell in each city of «بعدة مدن من بينها …»', () => {
    const x = extractor.extract('وكان أعضاء الخلية ينشطون بعدة مدن من بينها مراكش وأكادير وتزنيت.');
    const active = facts(x).filter((f) => f.includes(' ACTIVE_IN '));
    for (const city of ['مراكش', 'أكادير', 'تيزنيت']) expect(active.some((f) => f.endsWith(city))).toBe(true);
  });

  it('gives the press conference to the person who held it', () => {
    const x = extractor.extract('كشف مدير المكتب المركزي للأبحاث القضائية، يوسف بنعلي، خلال ندوة صحفية عقدها بالرباط، أن الخلية فككت.');
    expect(facts(x)).toContain('يوسف بنعلي CONDUCTED ندوة صحفية');
  });
});
