/**
 * Neo4j reports errors in the text it was given, which for the console is the query with "EXPLAIN "
 * in front. These helpers give the person positions and excerpts in the query they typed.
 */
import { describeDatabaseError } from '../../../store/errors.ts';
import { DomainError } from '../../../domain/errors.ts';
import { positionAt, type Position } from './refusal.ts';

const POSITION_TEXT = /\(line \d+, column \d+ \(offset: (\d+)\)\)/;

function excerpt(query: string, position: Position): string {
  const line = query.split('\n')[position.line - 1] ?? '';
  return `"${line}"\n${' '.repeat(position.column)}^`;
}

/** The first line of Neo4j's message with the position moved back by `prefixLength`, and a fresh excerpt. */
export function shiftMessage(message: string, query: string, prefixLength: number): { message: string; position?: Position } {
  const [firstLine = ''] = message.split('\n');
  const match = POSITION_TEXT.exec(firstLine);
  if (!match) return { message: firstLine };
  const position = positionAt(query, Number(match[1]) - prefixLength);
  const fixed = firstLine.replace(POSITION_TEXT, `(line ${position.line}, column ${position.column} (offset: ${position.offset}))`);
  return { message: `${fixed}\n${excerpt(query, position)}`, position };
}

/**
 * The HTTP error for a failed EXPLAIN: Neo4j refused the query itself (syntax, unknown procedure,
 * unsupported command...). Anything that is not the query's fault is left to the shared classifier.
 */
export function explainFailure(error: unknown, query: string, prefixLength: number): DomainError | undefined {
  const failure = describeDatabaseError(error);
  if (failure?.kind !== 'syntax' && failure?.kind !== 'client') return undefined;
  const { message, position } = shiftMessage(failure.message, query, prefixLength);
  const code = failure.kind === 'syntax' ? 'cypher-syntax' : 'cypher-refused-by-neo4j';
  return new DomainError('invalid', code, message, { neo4jCode: failure.code, ...(position ? { position } : {}) });
}
