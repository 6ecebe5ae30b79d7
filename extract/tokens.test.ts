import { describe, expect, it } from 'vitest';
import { PhraseIndex } from './phrase-index.ts';
import { normalizeWord, readings, tokenize } from './tokens.ts';

describe('tokens', () => {
  it('keeps offsets into the sentence and normalises each word', () => {
    const text = 'وأفاد بلاغٌ، صادر عن «الأمن».';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokenize(text).map((t) => t.norm)).toEqual(['وافاد', 'بلاغ', ',', 'صادر', 'عن', '«', 'الامن', '»', '.']);
  });

  it('carries a clitic written apart with a tatweel to the next word', () => {
    const tokens = tokenize('موالية لـ“داعش”');
    expect(tokens.map((t) => t.type)).toEqual(['word', 'clitic', 'punct', 'word', 'punct']);
    expect(tokens[3]?.detached).toBe('ل');
  });

  it('reads a word with and without its proclitic and article', () => {
    expect(readings('وبالدار').map((r) => `${r.clitic}|${r.core}|${r.article}`)).toContain('وب|دار|true');
    expect(readings(normalizeWord('للأمن')).map((r) => `${r.clitic}|${r.core}|${r.article}`)).toContain('ل|امن|true');
    expect(readings('فاس')[0]).toEqual({ core: 'فاس', clitic: '', article: false });
  });
});

describe('the phrase index', () => {
  const index = new PhraseIndex<string>();
  index.add('الدار البيضاء', 'casablanca', { needsArticle: true });
  index.add('الدار البيضاء سطات', 'region', { needsArticle: true });
  index.add('العيون', 'laayoune', { needsArticle: true });
  index.add('بني أنصار', 'beni-ensar');

  it('matches names with a clitic, hyphens or quotes between words, the longest first', () => {
    expect(index.matchAll(tokenize('في مدن العيون وبالدار البيضاء')).map((m) => [m.value, m.clitic])).toEqual([
      ['laayoune', ''],
      ['casablanca', 'وب'],
    ]);
    expect(index.matchAll(tokenize('جهة الدار البيضاء-سطات')).map((m) => m.value)).toEqual(['region']);
    expect(index.matchAll(tokenize('بين فرخانة وبني انصار')).map((m) => m.value)).toEqual(['beni-ensar']);
  });

  it('does not match a name written without its article as another word', () => {
    expect(index.matchAll(tokenize('رأت عيون الشهود'))).toEqual([]);
  });
});
