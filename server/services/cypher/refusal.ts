import type { RefusalReason } from '../../../contract/problems.ts';
import { DomainError } from '../../../domain/errors.ts';

/** Why the console will not run a query, and where in it the reason was found when that is known. */
export interface Refusal {
  /** What a client words in its own language; `reason` says the same in English. */
  code: RefusalReason;
  params?: Record<string, string>;
  reason: string;
  offset?: number;
}

export interface Position {
  offset: number;
  line: number;
  column: number;
}

/** Line and column (both 1-based, as Neo4j reports them) of an offset into the query. */
export function positionAt(query: string, offset: number): Position {
  const clamped = Math.max(0, Math.min(offset, query.length));
  const before = query.slice(0, clamped);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { offset: clamped, line: before.split('\n').length, column: clamped - lineStart + 1 };
}

export function refusalError(refusal: Refusal, query: string): DomainError {
  return new DomainError('refused', 'console-read-only', `The console is read-only: ${refusal.reason}`, {
    params: { ...refusal.params, reason: refusal.code },
    ...(refusal.offset === undefined ? {} : { position: positionAt(query, refusal.offset) }),
  });
}
