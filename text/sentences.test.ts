import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticleText } from '../corpus/seed/article-graph.ts';
import { nonProseReason, sentenceSpans, splitArticle, splitLines, splitParagraphs } from './sentences.ts';

const fixture = readFileSync(new URL('../test/fixtures/seed/scraped-article.txt', import.meta.url), 'utf8');

describe('the ad-line rule (nonProseReason)', () => {
  it('drops the advertising script of the article', () => {
    expect(nonProseReason("googletag.cmd.push(function() { googletag.display('div-gpt-ad-1667386526530-0'); });")).toBe('script');
  });

  it('drops other scripts and markup found in scraped pages', () => {
    expect(nonProseReason('window.dataLayer = window.dataLayer || [];')).toBe('script');
    expect(nonProseReason('(adsbygoogle = window.adsbygoogle || []).push({});')).toBe('script');
    expect(nonProseReason('<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>')).toBe('script');
    expect(nonProseReason('<div class="ad-slot"></div>')).toBe('script');
  });

  it('drops page furniture and lines that are not Arabic prose', () => {
    expect(nonProseReason('إعلان')).toBe('boilerplate');
    expect(nonProseReason('Advertisement')).toBe('boilerplate');
    expect(nonProseReason('اقرأ أيضا:')).toBe('boilerplate');
    expect(nonProseReason('Photo: AFP')).toBe('not-arabic');
    expect(nonProseReason('   ')).toBe('blank');
  });

  it('keeps Arabic prose, even with Latin acronyms, numbers, quotes or a semicolon', () => {
    expect(nonProseReason('أعلن المكتب المركزي للأبحاث القضائية (BCIJ) عن توقيف 12 متطرفا.')).toBeNull();
    expect(nonProseReason('قال المسؤول: "لا تهاون مع الإرهاب"؛ وأضاف أن العملية مستمرة;')).toBeNull();
    expect(nonProseReason('تابعونا على "فيسبوك" و"إنستغرام" للمزيد من الأخبار.')).toBeNull();
  });

  it('keeps every line of the article except line 3', () => {
    const lines = splitLines(readArticleText());
    expect(lines).toHaveLength(12);
    const dropped = lines.filter((l) => nonProseReason(l.text) !== null).map((l) => l.number);
    expect(dropped).toEqual([3]);
  });

  it('drops the furniture of another scraped article, wherever it stands', () => {
    const { paragraphs, dropped } = splitParagraphs(fixture);
    expect(dropped.map((d) => [d.number, d.reason])).toEqual([
      [1, 'script'],
      [3, 'script'],
      [4, 'script'],
      [6, 'boilerplate'],
      [8, 'boilerplate'],
      [9, 'not-arabic'],
    ]);
    expect(paragraphs.map((p) => p.line)).toEqual([2, 7, 11]);
  });
});

describe('page furniture rules', () => {
  it('drops «read also» teasers with their link title, in Arabic, French and English', () => {
    expect(nonProseReason('اقرأ أيضا: تفكيك خلية إرهابية بطنجة')).toBe('boilerplate');
    expect(nonProseReason('إقرأ أيضاً.. توقيف متطرف بفاس')).toBe('boilerplate');
    expect(nonProseReason('اقرأ كذلك - الأمن يحجز أسلحة')).toBe('boilerplate');
    expect(nonProseReason('Lire aussi : démantèlement d’une cellule')).toBe('boilerplate');
  });

  it('drops share and like lines', () => {
    expect(nonProseReason('شارك المقال')).toBe('share');
    expect(nonProseReason('شارك على فيسبوك')).toBe('share');
    expect(nonProseReason('Facebook Twitter WhatsApp')).toBe('share');
    expect(nonProseReason('أضف تعليقك')).toBe('share');
  });

  it('drops bare date-time stamps', () => {
    expect(nonProseReason('الأربعاء 19 فبراير 2025 - 10:30')).toBe('timestamp');
    expect(nonProseReason('نشر في: 2025/02/19 على الساعة 14:05')).toBe('timestamp');
    expect(nonProseReason('منذ 3 ساعات')).toBe('timestamp');
    expect(nonProseReason('١٩ فبراير ٢٠٢٥')).toBe('timestamp');
  });

  it('keeps prose that shares their words', () => {
    expect(nonProseReason('شارك المتهم في التخطيط لعمليات إرهابية منذ سنة 2019.')).toBeNull();
    expect(nonProseReason('وتم توقيف المشتبه فيه يوم الأربعاء 19 فبراير 2025 بمدينة طنجة.')).toBeNull();
    expect(nonProseReason('تفكيك خلية إرهابية بطنجة')).toBeNull();
  });
});

describe('splitLines', () => {
  it('understands \\n, \\r\\n and \\r, with offsets into the text', () => {
    const text = 'أ\r\nب\nج\rد';
    const lines = splitLines(text);
    expect(lines.map((l) => l.text)).toEqual(['أ', 'ب', 'ج', 'د']);
    for (const l of lines) expect(text.slice(l.start, l.end)).toBe(l.text);
  });
});

describe('sentenceSpans', () => {
  const sentences = (p: string): string[] => sentenceSpans(p).map((s) => p.slice(s.start, s.end));

  it('splits after . ! ? ؟ … followed by a space or the end', () => {
    expect(sentences('جملة أولى. جملة ثانية! ثالثة؟ رابعة… خامسة?')).toEqual([
      'جملة أولى.',
      'جملة ثانية!',
      'ثالثة؟',
      'رابعة…',
      'خامسة?',
    ]);
  });

  it('does not split inside numbers, after a one-letter abbreviation, or on a comma', () => {
    expect(sentences('بلغت النسبة 3.5 في المائة, حسب د. أحمد.')).toEqual(['بلغت النسبة 3.5 في المائة, حسب د. أحمد.']);
  });

  it('keeps closing quotes with their sentence and drops surrounding spaces', () => {
    expect(sentences('  قال: "انتهى." ثم غادر .  ')).toEqual(['قال: "انتهى."', 'ثم غادر .']);
  });

  it('keeps a paragraph without terminal punctuation as one sentence', () => {
    expect(sentences('بدون نقطة في النهاية')).toEqual(['بدون نقطة في النهاية']);
  });
});

describe('splitArticle on the article', () => {
  const text = readArticleText();
  const split = splitArticle(text);

  it('finds 11 prose paragraphs and 13 sentences', () => {
    expect(split.paragraphs).toHaveLength(11);
    expect(split.sentences.map((s) => s.id)).toEqual([
      's-1-1',
      's-2-1',
      's-3-1',
      's-4-1',
      's-5-1',
      's-6-1',
      's-7-1',
      's-8-1',
      's-9-1',
      's-10-1',
      's-10-2',
      's-11-1',
      's-11-2',
    ]);
    expect(split.dropped.map((d) => d.number)).toEqual([3]);
  });

  it('gives offsets into the original text', () => {
    for (const s of split.sentences) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).toBe(s.text.trim());
    }
    for (const p of split.paragraphs) expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it('numbers sentences in order and covers every prose paragraph without overlap', () => {
    split.sentences.forEach((s, i) => expect(s.index).toBe(i + 1));
    for (let i = 1; i < split.sentences.length; i += 1) {
      expect(split.sentences[i]?.start ?? 0).toBeGreaterThan(split.sentences[i - 1]?.end ?? Infinity);
    }
    const joined = split.paragraphs.map((p) => p.text.replace(/\s+/g, '')).join('');
    expect(split.sentences.map((s) => s.text.replace(/\s+/g, '')).join('')).toBe(joined);
  });

  it('splits the two two-sentence paragraphs where the article puts a full stop', () => {
    const byId = new Map(split.sentences.map((s) => [s.id, s.text]));
    expect(byId.get('s-10-1')?.endsWith('ظلت لها بالمرصاد.')).toBe(true);
    expect(byId.get('s-10-2')?.startsWith('وذلك تنفيذا')).toBe(true);
    expect(byId.get('s-11-1')?.endsWith('ضد التطرف والإرهاب.')).toBe(true);
    expect(byId.get('s-11-2')?.startsWith('وهذا الالتزام')).toBe(true);
  });

  it('never includes the ad script in a sentence', () => {
    for (const s of split.sentences) expect(s.text).not.toContain('googletag');
  });
});
