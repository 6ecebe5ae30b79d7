import { describe, expect, it } from 'vitest';
import { wholeWords } from './word-bounds.ts';

const widened = (text: string, surface: string): string => {
  const start = text.indexOf(surface);
  const span = wholeWords(text, start, start + surface.length);
  return text.slice(span.start, span.end);
};

describe('whole words around a mention', () => {
  it('take in the clitic before a name and any letters after it', () => {
    expect(widened('ولاءه لتنظيم داعش', 'تنظيم')).toBe('لتنظيم');
    expect(widened('بالتنظيمات الإرهابية', 'التنظيمات')).toBe('بالتنظيمات');
    expect(widened('والساحل والصحراء', 'الساحل')).toBe('والساحل');
    expect(widened('مقاتلوه في الساحل', 'مقاتلو')).toBe('مقاتلوه');
  });

  it('leave a span that already holds whole words, and stop at spaces and punctuation', () => {
    expect(widened('خلية «أسود الخلافة» بالساحل', 'أسود الخلافة')).toBe('أسود الخلافة');
    expect(widened('(DGST) في', 'DGST')).toBe('DGST');
    expect(widened('تفكيك خلية، أمس', 'خلية')).toBe('خلية');
  });

  it('keep diacritics and tatweel inside the word', () => {
    expect(widened('لِلتنظيم', 'تنظيم')).toBe('لِلتنظيم');
    expect(widened('بـداعش', 'داعش')).toBe('بـداعش');
  });
});
