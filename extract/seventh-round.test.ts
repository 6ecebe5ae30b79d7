/**
 * The seventh round's rules on sentences of their own (not the dev articles'): prepositional attachment by the kinds
 * of the two ends, counted parts and broken plurals of people, offices quoted without a name, a title governing
 * through «باسم», and a name closed by the sentence's full stop.
 */
import { describe, expect, it } from 'vitest';
import { readersOf } from '../test/extraction-facts.ts';
import { createExtractor } from './index.ts';
import type { KnownEntity } from './types.ts';

const known: KnownEntity[] = [
  { id: 'dgsn', kind: 'Agency', names: ['المديرية العامة للأمن الوطني'] },
  { id: 'daesh', kind: 'Organization', names: ['تنظيم داعش', 'داعش'] },
];
const extractor = createExtractor(known);
const { read, entities } = readersOf(extractor);

describe('prepositional attachment', () => {
  it('locates a counted group by the place its phrase names right after it', () => {
    expect(read('وتمكنت عناصر الدرك من ضبط ستة متطرفين بمدينة تازة ليلة أمس')).toContain('ستة متطرفين ACTIVE_IN تازة');
  });

  it('never takes the country of a nisba inside a title as the head', () => {
    const found = read('وصرحت السفيرة البريطانية بالرباط بأن التنسيق قائم');
    expect(found.some((f) => f.startsWith('المملكة المتحدة LOCATED_IN') || f.startsWith('بريطانيا LOCATED_IN'))).toBe(false);
  });

  it('leaves a pair another rule joined to that rule', () => {
    const found = read('داهمت القوات الخاصة منزلا بحي السلام في مدينة أكادير');
    expect(found.filter((f) => f.includes('أكادير') && f.includes('السلام'))).toHaveLength(1);
  });
});

describe('people counted in other words', () => {
  it('reads broken plurals and kinship nouns after a count', () => {
    expect(entities('وأوقفت الشرطة أربعة طلاب ينشطون في مواقع التواصل')).toContain('Group:أربعة طلاب');
    expect(entities('تم توقيف ثلاثة إخوة في حي شعبي')).toContain('Group:ثلاثة إخوة');
  });

  it('reads a counted part of people, a possessive read off, without the glued conjunction', () => {
    expect(entities('اعتقلت الفرقة أمير الشبكة وخمسة من أتباعه')).toContain('Group:خمسة من أتباعه');
  });

  it('leaves a counted part of the suspects to the suspects', () => {
    expect(entities('وأحيل اثنان من المتهمين على السجن').some((e) => e === 'Group:اثنان من المتهمين')).toBe(false);
  });
});

describe('offices and names', () => {
  it('reads an ambassador or a consul without a name as a person', () => {
    expect(entities('وأشاد القنصل العام الفرنسي، خلال لقاء صحفي، بجهود الأمن')).toContain('Person:القنصل العام الفرنسي');
  });

  it('gives a title that governs through «باسم» to the name in apposition after it', () => {
    const found = read('وقال المتحدث باسم المديرية العامة للأمن الوطني، نور الدين الصالحي، إن الخلية خطيرة');
    expect(found).toContain('نور الدين الصالحي SPOKESPERSON_OF المديرية العامة للأمن الوطني');
    expect(entities('وقال الناطق الرسمي باسم المديرية العامة للأمن الوطني إن البحث جار')).not.toContain('Person:باسم');
  });

  it('leaves the sentence’s full stop out of a name said by «يدعى»', () => {
    const people = entities('وكان يتلقى الأوامر من قيادي في تنظيم داعش يدعى أبو حمزة.').filter((e) => e.startsWith('Person:'));
    expect(people).toEqual(['Person:أبو حمزة']);
  });
});
