/**
 * XML 1.0 cannot carry most control characters, not even as character references, nor unpaired
 * surrogates; they become U+FFFD so the document stays well-formed. A carriage return is written as
 * `&#13;`, which XML's line-end normalisation would otherwise turn into a line feed.
 */
function allowedInXml(code: number): boolean {
  return code === 0x09 || code === 0x0a || code === 0x0d || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || code >= 0x10000;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\r': '&#13;' };

export function xmlEscape(text: string): string {
  let out = '';
  // for...of walks code points, so a proper surrogate pair arrives as one character above U+FFFF.
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    out += allowedInXml(code) ? (ENTITIES[char] ?? char) : '\uFFFD';
  }
  return out;
}
