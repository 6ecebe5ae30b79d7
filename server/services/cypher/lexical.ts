/**
 * A small Cypher tokenizer: just enough to see statement boundaries and leading keywords without being
 * fooled by strings, comments or backticked names. It is the first, cheapest layer of the console's
 * guard; the plan check after EXPLAIN is the one that decides.
 */

export interface Token {
  /** `word` is an unquoted identifier or keyword; `quoted` a backticked name; `string` a literal. */
  kind: 'word' | 'quoted' | 'string' | 'number' | 'symbol' | 'parameter';
  text: string;
  offset: number;
}

export class UnterminatedInput extends Error {
  constructor(
    readonly what: string,
    readonly offset: number,
  ) {
    super(`Unterminated ${what} starting at offset ${offset}`);
  }
}

const WORD_START = /[\p{L}_]/u;
const WORD_PART = /[\p{L}\p{N}_]/u;
const DIGIT = /[0-9]/;

/** Splits a query into tokens; comments and whitespace are dropped. */
export function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const at = (k: number): string => query.charAt(k);
  while (i < query.length) {
    const c = at(i);
    if (/\s/.test(c)) {
      i++;
    } else if (c === '/' && at(i + 1) === '/') {
      while (i < query.length && at(i) !== '\n') i++;
    } else if (c === '/' && at(i + 1) === '*') {
      const end = query.indexOf('*/', i + 2);
      if (end < 0) throw new UnterminatedInput('comment', i);
      i = end + 2;
    } else if (c === "'" || c === '"') {
      const start = i;
      i++;
      while (i < query.length && at(i) !== c) i += at(i) === '\\' ? 2 : 1;
      if (i >= query.length) throw new UnterminatedInput('string', start);
      i++;
      tokens.push({ kind: 'string', text: query.slice(start, i), offset: start });
    } else if (c === '`') {
      const start = i;
      i++;
      // A doubled backtick stands for one backtick inside the name.
      while (i < query.length && !(at(i) === '`' && at(i + 1) !== '`')) i += at(i) === '`' ? 2 : 1;
      if (i >= query.length) throw new UnterminatedInput('quoted name', start);
      i++;
      tokens.push({ kind: 'quoted', text: query.slice(start + 1, i - 1).replaceAll('``', '`'), offset: start });
    } else if (c === '$') {
      const start = i;
      i++;
      while (i < query.length && WORD_PART.test(at(i))) i++;
      tokens.push({ kind: 'parameter', text: query.slice(start, i), offset: start });
    } else if (WORD_START.test(c)) {
      const start = i;
      while (i < query.length && WORD_PART.test(at(i))) i++;
      tokens.push({ kind: 'word', text: query.slice(start, i), offset: start });
    } else if (DIGIT.test(c)) {
      const start = i;
      while (i < query.length && /[0-9A-Za-z_.]/.test(at(i)) && !(at(i) === '.' && at(i + 1) === '.')) i++;
      tokens.push({ kind: 'number', text: query.slice(start, i), offset: start });
    } else {
      tokens.push({ kind: 'symbol', text: c, offset: i });
      i++;
    }
  }
  return tokens;
}

export function isWord(token: Token | undefined, ...words: string[]): boolean {
  return token?.kind === 'word' && words.includes(token.text.toUpperCase());
}
