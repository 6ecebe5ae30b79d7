/**
 * How a failed run reaches the console: an Error carrying the server's problem document, so the
 * console can show Neo4j's message and point at the position it names.
 */
import { problemSchema, type Problem } from '../../contract/api.ts';

export class ConsoleError extends Error {
  override readonly name = 'ConsoleError';

  constructor(
    readonly problem: Problem,
    options?: ErrorOptions,
  ) {
    super(problem.detail === '' ? problem.title : problem.detail, options);
  }
}

export function isConsoleError(error: unknown): error is ConsoleError {
  return error instanceof ConsoleError;
}

/**
 * The problem document behind a rejection. Any Error with a valid `problem` property counts, so an
 * API layer with its own error class works as well as `ConsoleError`.
 */
export function problemOf(error: unknown): Problem | null {
  if (error instanceof ConsoleError) return error.problem;
  if (typeof error !== 'object' || error === null || !('problem' in error)) return null;
  const parsed = problemSchema.safeParse(error.problem);
  return parsed.success ? parsed.data : null;
}
