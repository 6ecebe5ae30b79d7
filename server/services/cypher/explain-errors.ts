/**
 * What went wrong with a console query, in the console's words. Neo4j reports errors in the text it was
 * given, which for the plan check is the query with "EXPLAIN " in front: positions and excerpts are moved
 * back to the query as typed. Failures that are the query's own (a negative substring length, a value the
 * driver cannot read, no answer from a Neo4j that answers everyone else) are 4xx, never an outage.
 */
import { QueryCancelled, QueryTimeLimit, QueryUnanswered, ResultUnreadable } from '../../../store/console.ts';
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

function timeLimit(timeoutMs: number, neo4jCode?: string): DomainError {
  return new DomainError(
    'timeout',
    'console-time-limit',
    `The query ran longer than the allowed ${timeoutMs / 1000} s (SILA_QUERY_TIMEOUT_MS) and was stopped.`,
    { params: { limitMs: timeoutMs }, ...(neo4jCode ? { neo4jCode } : {}) },
  );
}

/** Failures Neo4j reports in its own words, wherever the query was when it failed. */
function neo4jFailure(error: unknown, query: string, prefixLength: number, timeoutMs: number): DomainError | undefined {
  const failure = describeDatabaseError(error);
  if (failure === undefined) return undefined;
  if (failure.kind === 'timeout') return timeLimit(timeoutMs, failure.code);
  if (failure.kind !== 'syntax' && failure.kind !== 'client' && failure.kind !== 'execution') return undefined;
  const { message, position } = shiftMessage(failure.message, query, prefixLength);
  const code = failure.kind === 'syntax' ? 'cypher-syntax' : failure.kind === 'execution' ? 'cypher-execution-failed' : 'cypher-refused-by-neo4j';
  return new DomainError('invalid', code, message, { neo4jCode: failure.code, ...(position ? { position } : {}) });
}

/**
 * The error for a failed EXPLAIN: Neo4j refused the query itself (syntax, unknown procedure, a constant
 * it could not evaluate...), or gave no answer while answering others. An outage is left to the shared
 * classifier.
 */
export function explainFailure(error: unknown, query: string, prefixLength: number, timeoutMs: number): DomainError | undefined {
  if (error instanceof QueryUnanswered) {
    return new DomainError(
      'unprocessable',
      'cypher-no-answer',
      `${error.message} Neo4j fails this way on input it cannot parse, such as expressions nested very deeply; simplify the query.`,
      { params: { afterMs: error.afterMs } },
    );
  }
  return neo4jFailure(error, query, prefixLength, timeoutMs);
}

/** The error for a failed run: the time limit, a failure of the query itself, or a result the driver cannot read. */
export function runFailure(error: unknown, query: string, timeoutMs: number): DomainError | undefined {
  if (error instanceof QueryTimeLimit) return timeLimit(error.limitMs);
  if (error instanceof QueryCancelled) return new DomainError('invalid', 'console-cancelled', error.message);
  if (error instanceof ResultUnreadable) {
    return new DomainError(
      'unprocessable',
      'cypher-result-unreadable',
      `The result holds a value the server cannot read (${error.reason}): a date-time with a named time zone beyond the years ±275 760, or a value nested thousands of levels deep. Return it with toString(), or less deeply nested.`,
    );
  }
  return neo4jFailure(error, query, 0, timeoutMs);
}
