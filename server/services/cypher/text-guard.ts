/**
 * Refusals that can be read off the query text alone. They give a clear reason early, before Neo4j is
 * asked anything; the plan check still runs afterwards, so a miss here is not a hole.
 */
import { isWord, nestingOf, tokenize, UnterminatedInput, type Nesting, type Token } from './lexical.ts';
import type { Refusal } from './refusal.ts';
import { decodeUnicodeEscapes } from './unicode-escapes.ts';

const ADMIN_VERBS = ['GRANT', 'DENY', 'REVOKE', 'START', 'STOP', 'ALTER', 'TERMINATE', 'ENABLE', 'DEALLOCATE', 'REALLOCATE', 'RENAME', 'DRYRUN'];
const SCHEMA_OR_ADMIN_OBJECTS = [
  'USER', 'ROLE', 'DATABASE', 'COMPOSITE', 'ALIAS', 'SERVER', 'OR', 'INDEX', 'CONSTRAINT',
  'RANGE', 'TEXT', 'POINT', 'FULLTEXT', 'LOOKUP', 'VECTOR', 'BTREE',
];

/** Index of the first token after the `CYPHER ...` options and an `EXPLAIN`, where the query proper begins. */
function bodyStart(tokens: Token[]): number {
  let i = 0;
  while (isWord(tokens[i], 'CYPHER')) {
    i++;
    for (;;) {
      if (tokens[i]?.kind === 'number') i++;
      else if (tokens[i]?.kind === 'word' && tokens[i + 1]?.text === '=' && tokens[i + 2] !== undefined) i += 3;
      else break;
    }
  }
  return i;
}

function useTarget(tokens: Token[], from: number): { name: string; simple: boolean } {
  const parts: string[] = [];
  let i = from;
  for (;;) {
    const t = tokens[i];
    if (t?.kind !== 'word' && t?.kind !== 'quoted') break;
    parts.push(t.text);
    if (tokens[i + 1]?.text !== '.') break;
    i += 2;
  }
  return { name: parts.join('.'), simple: tokens[i + 1]?.text !== '(' };
}

function clauseStart(previous: Token | undefined, bodyIndex: number, index: number): boolean {
  return index === bodyIndex || previous?.text === '{' || isWord(previous, 'UNION', 'ALL');
}

/** The tokens of the query as Neo4j reads it (escapes decoded), with offsets in the query as typed; undefined when unterminated. */
function tokensAsNeo4jReads(query: string): Token[] | undefined {
  const decoded = decodeUnicodeEscapes(query);
  try {
    return tokenize(decoded.text).map((token) => ({ ...token, offset: decoded.originalOffset(token.offset) }));
  } catch (error) {
    // Unterminated strings and comments are syntax errors; EXPLAIN reports them with Neo4j's words.
    if (error instanceof UnterminatedInput) return undefined;
    throw error;
  }
}

/**
 * A query whose expressions nest deeper than `maxDepth`, with how deep and where. Neo4j's parser
 * recurses once per level; a few hundred levels overflow its stack, and it then cannot even send an
 * error (the request would wait for ever), so such a query must never reach it.
 */
export function tooDeep(query: string, maxDepth: number): Nesting | undefined {
  const decoded = decodeUnicodeEscapes(query);
  let tokens: Token[];
  try {
    tokens = tokenize(decoded.text);
  } catch (error) {
    if (!(error instanceof UnterminatedInput)) throw error;
    // What comes before the unterminated part is still parsed, and can still be too deep.
    tokens = tokenize(decoded.text.slice(0, error.offset));
  }
  const nesting = nestingOf(tokens);
  return nesting.depth > maxDepth ? { depth: nesting.depth, offset: decoded.originalOffset(nesting.offset) } : undefined;
}

export function checkQueryText(query: string, database: string): Refusal | undefined {
  const tokens = tokensAsNeo4jReads(query);
  if (tokens === undefined) return undefined;

  // One trailing ";" is harmless; anything after a ";" is a second statement.
  const multiple = tokens.findIndex((t, i) => t.text === ';' && i < tokens.length - 1);
  if (multiple >= 0) {
    return { code: 'several-statements', reason: 'it runs one statement at a time; remove the ";" and what follows it.', offset: tokens[multiple]?.offset };
  }

  let start = bodyStart(tokens);
  if (isWord(tokens[start], 'PROFILE')) {
    return { code: 'profile', reason: 'PROFILE executes the query with instrumentation; leave it out, the console reports timings itself.', offset: tokens[start]?.offset };
  }
  if (isWord(tokens[start], 'EXPLAIN')) start++;

  const first = tokens[start];
  if (isWord(first, ...ADMIN_VERBS)) {
    const verb = first?.text.toUpperCase() ?? '';
    return { code: 'administration', params: { verb }, reason: `${verb} is an administration command.`, offset: first?.offset };
  }
  if (isWord(first, 'CREATE', 'DROP') && isWord(tokens[start + 1], ...SCHEMA_OR_ADMIN_OBJECTS)) {
    const verb = first?.text.toUpperCase() ?? '';
    const object = tokens[start + 1]?.text.toUpperCase() ?? '';
    return { code: 'schema-change', params: { verb, object }, reason: `${verb} ${object} changes the schema or the server.`, offset: first?.offset };
  }

  for (let i = start; i < tokens.length; i++) {
    const t = tokens[i];
    const previous = tokens[i - 1];
    const next = tokens[i + 1];
    // `{use: 1}` is a map key, not a clause: a USE clause is followed by a graph name.
    if (isWord(t, 'USE') && clauseStart(previous, start, i) && (next?.kind === 'word' || next?.kind === 'quoted')) {
      const target = useTarget(tokens, i + 1);
      if (!target.simple || target.name.toLowerCase() !== database.toLowerCase()) {
        return { code: 'other-database', params: { database, target: target.name }, reason: `it reads only the database "${database}"; USE ${target.name || '...'} is not allowed.`, offset: t?.offset };
      }
    }
    if (isWord(t, 'LOAD') && isWord(tokens[i + 1], 'CSV') && previous?.text !== '.') {
      return { code: 'load-csv', reason: 'LOAD CSV reads files and URLs from the server, which the console does not allow.', offset: t?.offset };
    }
    if (previous?.text === '}' && isWord(t, 'IN')) {
      let j = i + 1;
      if (tokens[j]?.kind === 'number' || tokens[j]?.kind === 'parameter') j++;
      if (isWord(tokens[j], 'CONCURRENT')) j++;
      if (isWord(tokens[j], 'TRANSACTIONS')) {
        return { code: 'in-transactions', reason: 'CALL { ... } IN TRANSACTIONS commits in batches, which is for writing.', offset: t?.offset };
      }
    }
  }
  return undefined;
}
