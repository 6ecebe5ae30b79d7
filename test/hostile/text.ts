/**
 * Hostile text for property tests: what an attacker, a broken client or a careless paste can send.
 * Each arbitrary aims at one way text has broken servers before: direction and joiner marks, NUL,
 * unpaired UTF-16 halves, very long input, and the syntax of the languages the server speaks to.
 */
import fc from 'fast-check';

const BIDI_AND_INVISIBLE = [
  '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069',
  '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u061c', '\u0640', '\u00ad',
];

const LUCENE = [
  '*', '?', '~', '~2', '^10', '"', '\\', '/', '/.*/', '(', ')', '[', ']', '{', '}', ':', '+', '-', '!', '&&', '||',
  'AND', 'OR', 'NOT', 'TO', '[a TO z]', 'name_ar:*', '*:*', 'a~0.5', '"a b"~10', '\\\\',
];

const CYPHER = [
  "' OR 1=1 //", "'}) MATCH (n) DETACH DELETE n //", '$q', '`', '`x`', 'MATCH (n) RETURN n', 'CALL db.labels()',
  'LOAD CSV FROM "file:///etc/passwd" AS r RETURN r', ';', '/*', '*/', '//', 'UNION ALL', 'CREATE (:X)',
];

const MARKUP = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '&lt;', '&#0;', '%00', '%', '%ZZ', '%E0%A4%A', '../..', '?', '#', '&', '='];

const ARABIC = ['حموشي', 'الحموشي', 'أسود الخلافة', 'ﷲ', 'ـــ', 'َُِّْ', '٠١٢', 'فاس', 'سَطَات'];

/** An unpaired half of a UTF-16 surrogate pair: not a character, and not encodable as UTF-8. */
export const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit));

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 2, arbitrary: fc.constantFrom(...BIDI_AND_INVISIBLE) },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 1, arbitrary: fc.constant('\u0000') },
  { weight: 2, arbitrary: fc.constantFrom(...LUCENE) },
  { weight: 2, arbitrary: fc.constantFrom(...CYPHER) },
  { weight: 1, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 2, arbitrary: fc.constantFrom(...ARABIC) },
  { weight: 1, arbitrary: fc.constantFrom(' ', '  ', '\t', '\n', '\r\n') },
);

/** Mixed hostile text of modest length. */
export const hostileText = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));

/** Hostile text, sometimes repeated past 10 kB. */
export const hostileOrHuge = fc.oneof(
  { weight: 5, arbitrary: hostileText },
  { weight: 1, arbitrary: fc.tuple(hostileText, fc.integer({ min: 1, max: 4 })).map(([text, k]) => (text || 'x').repeat(Math.ceil((10_240 * k) / Math.max(1, (text || 'x').length)))) },
);

/** Whatever might stand where a number is expected. */
export const numberish = fc.oneof(
  fc.integer().map(String),
  fc.double().map(String),
  fc.constantFrom('', '-0', '1e309', 'NaN', 'Infinity', '-Infinity', '0x10', '1_000', ' 5 ', '5abc', '9007199254740993', '1.5', '00000000000000000000001'),
  hostileText,
);

/** Any JSON value, including the deep and the odd. */
export const anyJson = fc.jsonValue({ maxDepth: 4 });

/**
 * Percent-encodes text the way a raw client could send it: well-formed characters as UTF-8, unpaired
 * surrogates as the three bytes a lenient encoder (WTF-8) would emit, which are not valid UTF-8.
 */
export function percentEncode(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      out += encodeURIComponent(text.slice(i, i + 2));
      i++;
    } else if (unit >= 0xd800 && unit <= 0xdfff) {
      const bytes = [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)];
      out += bytes.map((b) => `%${b.toString(16).toUpperCase()}`).join('');
    } else {
      out += encodeURIComponent(text.charAt(i));
    }
  }
  return out;
}

/** Raw bytes, percent-encoded, most of them not UTF-8 at all. */
export const rawBytes = fc.uint8Array({ maxLength: 24 }).map((bytes) => [...bytes].map((b) => `%${b.toString(16).padStart(2, '0')}`).join(''));

/** A query-string or path value: hostile text percent-encoded, or raw bytes. */
export const encodedValue = fc.oneof({ weight: 4, arbitrary: hostileOrHuge.map(percentEncode) }, { weight: 1, arbitrary: rawBytes });
