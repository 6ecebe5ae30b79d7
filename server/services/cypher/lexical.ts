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

const OPENERS: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };
/** Binary, prefix and postfix operators: each one is a level of Neo4j's recursive parser and planner. */
const OPERATOR_SYMBOLS = new Set(['+', '-', '*', '/', '%', '^', '=', '<', '>', '.', '!', '~']);
const OPERATOR_WORDS = ['NOT', 'IN', 'IS', 'STARTS', 'ENDS', 'CONTAINS'];
/** Words and symbols that end an expression: what follows starts afresh, not one level deeper. */
const SEPARATOR_SYMBOLS = new Set([',', ';', ':', '|']);
const SEPARATOR_WORDS = [
  'AND', 'OR', 'XOR', 'WHEN', 'THEN', 'ELSE', 'AS', 'WHERE', 'RETURN', 'WITH', 'MATCH', 'OPTIONAL', 'UNWIND', 'ORDER', 'BY',
  'SKIP', 'OFFSET', 'LIMIT', 'UNION', 'CALL', 'YIELD', 'DISTINCT', 'FINISH', 'USE', 'FILTER', 'LET',
];

export interface Nesting {
  depth: number;
  /** Where the depth was first reached. */
  offset: number;
}

/**
 * How deep the expression tree of a query goes, counted on its tokens: each open bracket or CASE is a
 * level, and so is each operator chained after the last separator (`a + b + c`, `x.a.b`, `NOT NOT x`),
 * since Neo4j's parser recurses on those too. Unclosed brackets count: Neo4j recurses before it finds
 * them missing.
 */
export function nestingOf(tokens: readonly Token[]): Nesting {
  interface Frame {
    closer: string;
    base: number;
    weight: number;
  }
  const stack: Frame[] = [{ closer: '', base: 0, weight: 0 }];
  let deepest: Nesting = { depth: 0, offset: 0 };
  const reach = (depth: number, offset: number): void => {
    if (depth > deepest.depth) deepest = { depth, offset };
  };
  let previous: Token | undefined;
  for (const token of tokens) {
    const top = stack[stack.length - 1] as Frame;
    const after = previous;
    previous = token;
    const opener = token.kind === 'symbol' ? OPENERS[token.text] : isWord(token, 'CASE') ? 'END' : undefined;
    if (opener !== undefined) {
      const level = top.base + top.weight + 1;
      stack.push({ closer: opener, base: level, weight: 0 });
      reach(level, token.offset);
    } else if ((token.kind === 'symbol' || isWord(token, 'END')) && stack.some((frame, i) => i > 0 && frame.closer === token.text.toUpperCase())) {
      while (stack.length > 1 && (stack.pop() as Frame).closer !== token.text.toUpperCase());
    } else if ((token.kind === 'symbol' && SEPARATOR_SYMBOLS.has(token.text)) || isWord(token, ...SEPARATOR_WORDS)) {
      top.weight = 0;
    } else if ((token.kind === 'symbol' && OPERATOR_SYMBOLS.has(token.text)) || isWord(token, ...OPERATOR_WORDS)) {
      // `->`, `<=`, `=~` are one operator written with two symbols.
      if (token.kind === 'symbol' && after?.kind === 'symbol' && OPERATOR_SYMBOLS.has(after.text) && after.offset === token.offset - 1) continue;
      top.weight++;
      reach(top.base + top.weight, token.offset);
    }
  }
  return deepest;
}
