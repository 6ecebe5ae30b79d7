import type { InputIssue, ProblemCode } from '../contract/problems.ts';

/**
 * The errors use cases raise. They say what went wrong in the domain's words (an entity is unknown, an
 * edit conflicts with another); only the HTTP layer decides which status and problem document that is.
 * `code` is machine-readable and stable, so a client can show the message in its own language.
 */
export type ErrorKind =
  | 'invalid'
  | 'not-found'
  | 'refused'
  | 'conflict'
  | 'busy'
  | 'too-large'
  | 'unprocessable'
  | 'timeout'
  | 'unavailable'
  | 'unauthenticated'
  | 'forbidden';

export interface ErrorDetails {
  /** Which input is wrong and why, one entry per field. */
  errors?: { path: string; message: string; code?: InputIssue; params?: Record<string, string | number> }[];
  /** Values the message is about (ids, limits), for a client that words it itself. */
  params?: Record<string, string | number>;
  /** Where in a query text the problem is. */
  position?: { offset: number; line: number; column: number };
  /** The database's own status code, when the database reported the problem. */
  neo4jCode?: string;
  /** For `busy` and `unavailable`: when trying again makes sense. */
  retryAfterSeconds?: number;
  /** Anything else the answer should carry (the two versions of a conflict, say). */
  extra?: Record<string, unknown>;
}

export class DomainError extends Error {
  override name = 'DomainError';

  constructor(
    readonly kind: ErrorKind,
    /** One of contract/problems.ts, so every client knows how to word it. */
    readonly code: ProblemCode,
    message: string,
    readonly details: ErrorDetails = {},
  ) {
    super(message);
  }
}

export const notFound = (code: ProblemCode, message: string, params?: ErrorDetails['params']): DomainError =>
  new DomainError('not-found', code, message, params ? { params } : {});

export const invalid = (code: ProblemCode, message: string, details: ErrorDetails = {}): DomainError =>
  new DomainError('invalid', code, message, details);
