/**
 * A Cypher tokenizer in CodeMirror's stream-parser form. It is DOM-free: the editor drives it line by
 * line through `StreamLanguage`, and `lexCypher` drives it over a whole text for tests and completion.
 *
 * Beyond lexing it tracks the little context Cypher's punctuation needs: a name after `:` is a label
 * inside `(...)` but a relationship type inside `-[...]` and nothing special inside a map `{k: v}`.
 */
import { StringStream, type StreamParser } from '@codemirror/language';
import { cypherAtoms, isBuiltinFunction, isKeyword, patternKeywords } from './cypher-vocabulary.ts';

export type CypherTokenType =
  | 'keyword'
  | 'function'
  | 'string'
  | 'number'
  | 'comment'
  | 'label'
  | 'relType'
  | 'param'
  | 'property'
  | 'variable'
  | 'atom'
  | 'operator'
  | 'punctuation'
  | 'invalid';

/** What an open bracket means: a node pattern or call, a relationship pattern, a list, a map, a subquery. */
export type BracketKind = 'paren' | 'rel' | 'list' | 'map' | 'block';

/** The kind of name the punctuation just before it announces. */
export type NameExpectation = 'label' | 'relType' | 'property' | null;

export interface CypherLexState {
  inBlockComment: boolean;
  openQuote: "'" | '"' | null;
  brackets: BracketKind[];
  expect: NameExpectation;
  /** Inside `:A|B`, `:A&B` or `:!A` the next name continues the same expression. */
  labelExpression: 'label' | 'relType' | null;
  previousText: string;
  previousType: CypherTokenType | null;
}

export function startCypherState(): CypherLexState {
  return { inBlockComment: false, openQuote: null, brackets: [], expect: null, labelExpression: null, previousText: '', previousType: null };
}

const namePattern = /^[\p{L}_][\p{L}\p{N}_]*/u;
const dottedCallPattern = /^[\p{L}_][\p{L}\p{N}_]*(?:\.[\p{L}_][\p{L}\p{N}_]*)+(?=\s*\()/u;
const numberPatterns = [/^0x[0-9a-f_]+/i, /^0o[0-7_]+/i, /^\d[\d_]*(?:\.\d[\d_]*)?(?:e[+-]?\d+)?/i, /^\.\d[\d_]*(?:e[+-]?\d+)?/i];
const operatorPattern = /^(?:=~|<>|!=|<=|>=|->|<-|\.\.|\+=|[-+*/%^=<>|&!])/;
const subqueryKeywords: ReadonlySet<string> = new Set(['CALL', 'EXISTS', 'COUNT', 'COLLECT']);

function readBlockComment(stream: StringStream, state: CypherLexState): CypherTokenType {
  while (!stream.eol()) {
    if (stream.match('*/')) {
      state.inBlockComment = false;
      return 'comment';
    }
    stream.next();
  }
  return 'comment';
}

function readString(stream: StringStream, state: CypherLexState, quote: "'" | '"'): CypherTokenType {
  for (let ch = stream.next(); ch !== undefined; ch = stream.next()) {
    if (ch === '\\') {
      stream.next();
    } else if (ch === quote) {
      state.openQuote = null;
      return 'string';
    }
  }
  // Cypher strings may span lines; the quote stays open for the next one.
  state.openQuote = quote;
  return 'string';
}

/** Reads `` `escaped name` ``, where a doubled backtick stands for one. */
function readBacktickName(stream: StringStream): void {
  stream.next();
  while (!stream.eol()) {
    if (stream.next() === '`') {
      if (stream.peek() === '`') stream.next();
      else return;
    }
  }
}

function classifyName(stream: StringStream, state: CypherLexState, word: string, quoted: boolean): CypherTokenType {
  if (state.expect !== null) return state.expect;
  const top = state.brackets.at(-1);
  if (top === 'map' && stream.match(/^\s*:/, false)) return 'property';
  if (quoted) return 'variable';
  const upper = word.toUpperCase();
  if (stream.match(/^\s*\(/, false)) {
    if (patternKeywords.has(upper)) return 'keyword';
    if (isBuiltinFunction(word) || !isKeyword(word)) return 'function';
    return 'keyword';
  }
  if (cypherAtoms.has(upper)) return 'atom';
  if (isKeyword(word)) return 'keyword';
  return 'variable';
}

function readToken(stream: StringStream, state: CypherLexState): CypherTokenType | null {
  if (state.inBlockComment) return readBlockComment(stream, state);
  if (state.openQuote !== null) return readString(stream, state, state.openQuote);
  if (stream.eatSpace()) return null;

  if (stream.match('//')) {
    stream.skipToEnd();
    return 'comment';
  }
  if (stream.match('/*')) {
    state.inBlockComment = true;
    return readBlockComment(stream, state);
  }

  const ch = stream.peek() ?? '';
  if (ch === "'" || ch === '"') {
    stream.next();
    return readString(stream, state, ch);
  }
  if (ch === '`') {
    readBacktickName(stream);
    return classifyName(stream, state, stream.current(), true);
  }
  if (ch === '$') {
    stream.next();
    if (stream.peek() === '`') readBacktickName(stream);
    else stream.match(/^(?:[\p{L}_][\p{L}\p{N}_]*|\d+)/u);
    return 'param';
  }
  if (state.expect !== 'property' && !stream.match('..', false)) {
    for (const pattern of numberPatterns) if (stream.match(pattern)) return 'number';
  }
  if (state.expect === null && stream.match(dottedCallPattern)) return 'function';
  if (stream.match(namePattern)) return classifyName(stream, state, stream.current(), false);
  if (stream.match(operatorPattern)) return 'operator';
  if (stream.eat(/[()[\]{},;:.]/) !== undefined) return 'punctuation';
  stream.next();
  return 'invalid';
}

function openBracket(state: CypherLexState, bracket: string): void {
  if (bracket === '(') state.brackets.push('paren');
  else if (bracket === '[') state.brackets.push(state.previousText.endsWith('-') ? 'rel' : 'list');
  else state.brackets.push(state.previousType === 'keyword' && subqueryKeywords.has(state.previousText.toUpperCase()) ? 'block' : 'map');
}

/** Updates the context a token leaves behind: open brackets and what kind of name may follow. */
function afterToken(state: CypherLexState, type: CypherTokenType, text: string): void {
  const expected = state.expect;
  state.expect = null;
  if (type === 'punctuation' || type === 'operator') {
    if (text === '(' || text === '[' || text === '{') openBracket(state, text);
    else if (text === ')' || text === ']' || text === '}') state.brackets.pop();
    else if (text === '.') state.expect = 'property';
    else if (text === ':') {
      const top = state.brackets.at(-1);
      state.expect = top === 'rel' ? 'relType' : top === 'map' ? null : 'label';
    } else if ((text === '|' || text === '&') && state.labelExpression !== null) state.expect = state.labelExpression;
    else if (text === '!' && expected !== null) state.expect = expected;
  }
  if (type === 'label' || type === 'relType') state.labelExpression = type;
  else if (!['|', '&', '!', ':'].includes(text)) state.labelExpression = null;
  state.previousText = text;
  state.previousType = type;
}

function tokenize(stream: StringStream, state: CypherLexState): CypherTokenType | null {
  const type = readToken(stream, state);
  if (type !== null && type !== 'comment') afterToken(state, type, stream.current());
  return type;
}

export const cypherStreamParser: StreamParser<CypherLexState> = {
  name: 'cypher',
  startState: startCypherState,
  copyState: (state) => ({ ...state, brackets: [...state.brackets] }),
  token: tokenize,
  languageData: { commentTokens: { line: '//', block: { open: '/*', close: '*/' } } },
};

export interface CypherToken {
  type: CypherTokenType;
  text: string;
  from: number;
  to: number;
}

/** Tokenizes a whole text the way the editor does, returning the tokens and the state at its end. */
export function lexCypher(text: string): { tokens: CypherToken[]; state: CypherLexState } {
  const state = startCypherState();
  const tokens: CypherToken[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const stream = new StringStream(line, 2, 2);
    while (!stream.eol()) {
      stream.start = stream.pos;
      const type = tokenize(stream, state);
      if (type !== null) tokens.push({ type, text: stream.current(), from: lineStart + stream.start, to: lineStart + stream.pos });
    }
    lineStart += line.length + 1;
  }
  return { tokens, state };
}
