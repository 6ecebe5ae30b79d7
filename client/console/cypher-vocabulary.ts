/**
 * The words the console highlights and offers. Kept as data so the tokenizer and the completion
 * agree on one list.
 */

/** Clause and operator keywords, upper-case; matching is case-insensitive as in Cypher. */
export const cypherKeywords: readonly string[] = [
  'MATCH', 'OPTIONAL', 'WHERE', 'RETURN', 'WITH', 'UNWIND', 'CALL', 'YIELD', 'ORDER', 'BY', 'LIMIT', 'SKIP',
  'OFFSET', 'DISTINCT', 'AS', 'AND', 'OR', 'NOT', 'XOR', 'IN', 'IS', 'NULL', 'CASE', 'WHEN', 'THEN', 'ELSE', 'END',
  'EXISTS', 'COUNT', 'COLLECT', 'ALL', 'ANY', 'NONE', 'SINGLE', 'SHORTESTPATH', 'ALLSHORTESTPATHS', 'SHORTEST',
  'ASC', 'ASCENDING', 'DESC', 'DESCENDING', 'UNION', 'STARTS', 'ENDS', 'CONTAINS', 'USING', 'INDEX', 'SCAN',
  'CREATE', 'MERGE', 'DELETE', 'DETACH', 'SET', 'REMOVE', 'ON', 'FOREACH', 'LOAD', 'CSV', 'FROM', 'HEADERS',
  'PROFILE', 'EXPLAIN', 'SHOW', 'FINISH', 'TRANSACTIONS', 'USE',
];

/** Pattern keywords written like calls, `shortestPath((a)-[*]-(b))`, yet part of the pattern syntax. */
export const patternKeywords: ReadonlySet<string> = new Set(['SHORTESTPATH', 'ALLSHORTESTPATHS']);

/** Literal words that are values rather than clauses. */
export const cypherAtoms: ReadonlySet<string> = new Set(['TRUE', 'FALSE']);

/** Built-in functions offered by completion, in their conventional spelling. */
export const cypherFunctions: readonly string[] = [
  'count', 'collect', 'sum', 'avg', 'min', 'max', 'percentileCont', 'percentileDisc', 'stDev', 'stDevP',
  'size', 'length', 'labels', 'type', 'id', 'elementId', 'keys', 'properties', 'nodes', 'relationships',
  'startNode', 'endNode', 'head', 'last', 'tail', 'range', 'reverse', 'coalesce', 'isEmpty',
  'all', 'any', 'none', 'single', 'reduce',
  'toString', 'toInteger', 'toFloat', 'toBoolean', 'toStringOrNull', 'toIntegerOrNull', 'toLower', 'toUpper',
  'trim', 'ltrim', 'rtrim', 'replace', 'split', 'substring', 'left', 'right', 'normalize',
  'abs', 'ceil', 'floor', 'round', 'sqrt', 'sign', 'rand', 'exp', 'log', 'log10',
  'date', 'datetime', 'localdatetime', 'time', 'localtime', 'duration', 'timestamp', 'point', 'point.distance',
  'valueType', 'randomUUID',
];

const keywordSet: ReadonlySet<string> = new Set(cypherKeywords);
const functionSet: ReadonlySet<string> = new Set(cypherFunctions.map((name) => name.toLowerCase()));

export function isKeyword(word: string): boolean {
  return keywordSet.has(word.toUpperCase());
}

/** Some words are both: `count(n)` is a call while `COUNT { ... }` is a subquery. */
export function isBuiltinFunction(word: string): boolean {
  return functionSet.has(word.toLowerCase());
}
