/**
 * Neo4j 5 reads `\uXXXX` as the character it names anywhere in a query, before anything else: inside a
 * string (`'a\u0027` ends the string), a comment, a backticked name (`\u0060` ends the name) or plain
 * syntax (`\u005b` is `[`). As in Java source, the backslash counts only when an even number of
 * backslashes precedes it, and a backslash produced by an escape starts nothing. The console's guards
 * look at the query as Neo4j will read it, so they cannot be fooled by an escape.
 */

export interface DecodedQuery {
  /** The query with every escape replaced by its character. */
  text: string;
  /** The offset in the original query of an offset in `text`. */
  originalOffset(offset: number): number;
}

const HEX4 = /^[0-9A-Fa-f]{4}$/;

export function decodeUnicodeEscapes(query: string): DecodedQuery {
  if (!query.includes('\\u')) return { text: query, originalOffset: (offset) => offset };
  let text = '';
  // origins[k] is where the k-th character of `text` came from.
  const origins: number[] = [];
  let backslashes = 0;
  for (let i = 0; i < query.length; ) {
    const c = query.charAt(i);
    if (c === '\\' && backslashes % 2 === 0 && query.charAt(i + 1) === 'u' && HEX4.test(query.slice(i + 2, i + 6))) {
      text += String.fromCharCode(Number.parseInt(query.slice(i + 2, i + 6), 16));
      origins.push(i);
      i += 6;
      backslashes = 0;
      continue;
    }
    backslashes = c === '\\' ? backslashes + 1 : 0;
    text += c;
    origins.push(i);
    i++;
  }
  return { text, originalOffset: (offset) => (offset >= origins.length ? query.length : (origins[offset] ?? offset)) };
}
