import { describe, expect, it } from 'vitest';
import { xmlEscape } from './xml.ts';

describe('xmlEscape', () => {
  it('escapes markup and keeps Arabic and emoji as they are', () => {
    expect(xmlEscape(`a<b>&"c"'d'`)).toBe('a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;');
    expect(xmlEscape('أسود الخلافة 🦁')).toBe('أسود الخلافة 🦁');
  });

  it('keeps tabs and line feeds, writes CR as a reference, and replaces what XML 1.0 cannot hold', () => {
    expect(xmlEscape('a\tb\nc\rd')).toBe('a\tb\nc&#13;d');
    expect(xmlEscape(`x${String.fromCharCode(1)}y${String.fromCharCode(0xd800)}z`)).toBe('x\uFFFDy\uFFFDz');
  });
});
