/**
 * Labels, relationship types and property keys written into Cypher text, by every place that writes Cypher
 * (the Cypher export, the typed neighbours query, the console's completions): one rule, so that no name can
 * end its quoting and become syntax.
 *
 * Backticks alone are not enough. Neo4j 5 reads `\uXXXX` as its character before anything else, inside
 * backticks too: the text `\u0060` in a name closes the backtick, and what follows runs as Cypher (a
 * label `x\u0060]-() DETACH DELETE m //` became a delete in an exported script). So inside the backticks a
 * backslash is written as the escape `\u005C` (which Neo4j decodes to a backslash that starts nothing), a
 * backtick is doubled, and characters a query cannot carry as they are (controls, line separators, lone
 * surrogates) are written as escapes.
 */

/** Names written as they are: letters (Arabic too), decimal digits and `_`, not starting with a digit. */
const PLAIN = /^[\p{L}_][\p{L}\p{Nd}_]*$/u;

function escapeCode(code: number): string {
  return `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** True for UTF-16 units that do not form a pair: UTF-8 cannot carry them, so the driver would replace them. */
function loneSurrogateAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    return !(next >= 0xdc00 && next <= 0xdfff);
  }
  if (code >= 0xdc00 && code <= 0xdfff) {
    const previous = text.charCodeAt(i - 1);
    return !(previous >= 0xd800 && previous <= 0xdbff);
  }
  return false;
}

/**
 * A label, type or key as Cypher text that Neo4j reads back as exactly `name`. Neo4j has no token that is
 * empty or holds a NUL character, so there is nothing to write for those: they are refused.
 */
export function cypherName(name: string): string {
  if (PLAIN.test(name)) return name;
  if (name === '' || name.includes('\u0000')) throw new RangeError(`${JSON.stringify(name)} cannot be a label, type or property key: Neo4j refuses empty names and NUL characters.`);
  let out = '`';
  for (let i = 0; i < name.length; i++) {
    const char = name.charAt(i);
    const code = name.charCodeAt(i);
    if (char === '`') out += '``';
    else if (char === '\\') out += escapeCode(code);
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029 || loneSurrogateAt(name, i)) out += escapeCode(code);
    else out += char;
  }
  return `${out}\``;
}

/** Relationship types as a pattern's type expression (`A|B`); an empty list names a type that cannot exist. */
export function typeAlternatives(types: readonly string[], none: string): string {
  return (types.length > 0 ? types : [none]).map(cypherName).join('|');
}
