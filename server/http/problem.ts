import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { ZodError } from 'zod';
import type { Problem } from '../../contract/api.ts';
import type { Json } from '../../contract/json.ts';
import type { InputIssue, ProblemCode } from '../../contract/problems.ts';
import { DomainError, type ErrorKind } from '../../domain/errors.ts';

/** The one error type of the server: it carries the HTTP status and the words a person will read. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly extra: Partial<Pick<Problem, 'errors' | 'neo4jCode' | 'position' | 'params' | 'conflict'>> & { code?: ProblemCode; retryAfterSeconds?: number } = {},
  ) {
    super(detail);
  }

  /** The answer to a use case's error: the status its kind means, its code and details kept. */
  static fromDomain(error: DomainError): HttpError {
    const { status, title } = KIND_STATUS[error.kind];
    const { errors, params, position, neo4jCode, retryAfterSeconds, extra } = error.details;
    const conflict = extra && 'current' in extra && 'yours' in extra ? { current: (extra.current ?? null) as Json, yours: (extra.yours ?? null) as Json } : undefined;
    return new HttpError(status, CODE_TITLES[error.code] ?? title, error.message, {
      code: error.code,
      ...(errors ? { errors } : {}),
      ...(params ? { params } : {}),
      ...(position ? { position } : {}),
      ...(neo4jCode ? { neo4jCode } : {}),
      ...(conflict ? { conflict } : {}),
      ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
    });
  }

  static badRequest(code: ProblemCode, detail: string, extra: Partial<Pick<Problem, 'errors' | 'params'>> = {}): HttpError {
    return new HttpError(400, 'Bad request', detail, { code, ...extra });
  }

  static notFound(code: ProblemCode, detail: string, params?: Problem['params']): HttpError {
    return new HttpError(404, 'Not found', detail, { code, ...(params ? { params } : {}) });
  }

  static fromZod(error: ZodError, where: string): HttpError {
    const errors = error.issues.map((issue) => ({
      path: issue.path.length > 0 ? issue.path.join('.') : where,
      message: issue.message,
      ...inputIssue(issue),
    }));
    const detail = errors.map((e) => `${e.path}: ${e.message}`).join('; ');
    return HttpError.badRequest('invalid-input', `Invalid ${where}: ${detail}`, { errors });
  }
}

type ZodIssue = ZodError['issues'][number];

/** A zod issue as one of the few things a client words itself (contract/problems.ts INPUT_ISSUES). */
function inputIssue(issue: ZodIssue): { code: InputIssue; params?: Record<string, string | number> } {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return { code: 'required' };
      if (issue.expected === 'number') return { code: 'not-a-number' };
      if (issue.expected === 'int') return { code: 'not-an-integer' };
      return { code: 'wrong-type' };
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return { code: 'too-long', params: { max } };
      if (issue.origin === 'array' || issue.origin === 'set') return { code: 'too-many', params: { max } };
      return { code: 'too-big', params: { max } };
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? { code: 'required' } : { code: 'too-short', params: { min } };
      if (issue.origin === 'array' || issue.origin === 'set') return { code: 'too-few', params: { min } };
      return { code: 'too-small', params: { min } };
    }
    case 'invalid_format':
      return { code: 'bad-format' };
    case 'invalid_value':
      return { code: 'not-one-of', params: { values: issue.values.map(String).join(', ') } };
    default:
      return { code: 'unknown' };
  }
}

const KIND_STATUS: Record<ErrorKind, { status: number; title: string }> = {
  invalid: { status: 400, title: 'Bad request' },
  'not-found': { status: 404, title: 'Not found' },
  refused: { status: 403, title: 'Not allowed' },
  conflict: { status: 409, title: 'Conflict' },
  busy: { status: 429, title: 'Too many requests' },
  'too-large': { status: 413, title: 'Too large' },
  unprocessable: { status: 422, title: 'Unprocessable' },
  timeout: { status: 408, title: 'Timed out' },
  unavailable: { status: 503, title: 'Unavailable' },
  unauthenticated: { status: 401, title: 'Unauthorized' },
  forbidden: { status: 403, title: 'Forbidden' },
};

/** Titles more precise than their kind's, for the codes people meet most. */
const CODE_TITLES: Readonly<Partial<Record<ProblemCode, string>>> = {
  'console-read-only': 'Query not allowed',
  'console-busy': 'Too many queries',
  'cypher-syntax': 'Cypher syntax error',
  'cypher-refused-by-neo4j': 'Query refused by Neo4j',
  'cypher-execution-failed': 'Query failed in Neo4j',
  'cypher-too-deep': 'Query nested too deeply',
  'cypher-no-answer': 'No answer from Neo4j',
  'cypher-result-unreadable': 'Result cannot be read',
  'console-time-limit': 'Query timed out',
};

const PROBLEM_TYPE = 'https://sila.invalid/problems/';

function send(res: Parameters<ErrorRequestHandler>[2], problem: Problem, retryAfterSeconds?: number): void {
  if (retryAfterSeconds !== undefined) res.setHeader('Retry-After', String(retryAfterSeconds));
  res.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
}

function slug(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

/** Maps anything thrown to a problem document; never leaks a stack trace. */
export function problemMiddleware(classify: (error: unknown) => HttpError | undefined): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const known = error instanceof HttpError ? error : error instanceof DomainError ? HttpError.fromDomain(error) : classify(error);
    if (known) {
      send(
        res,
        {
          type: PROBLEM_TYPE + (known.extra.code ?? slug(known.title)),
          title: known.title,
          status: known.status,
          detail: known.detail,
          instance: req.originalUrl,
          ...(known.extra.code ? { code: known.extra.code } : {}),
          ...(known.extra.params ? { params: known.extra.params } : {}),
          ...(known.extra.errors ? { errors: known.extra.errors } : {}),
          ...(known.extra.neo4jCode ? { neo4jCode: known.extra.neo4jCode } : {}),
          ...(known.extra.position ? { position: known.extra.position } : {}),
          ...(known.extra.conflict ? { conflict: known.extra.conflict } : {}),
        },
        known.extra.retryAfterSeconds,
      );
      return;
    }
    console.error(`[sila] unexpected error on ${req.method} ${req.originalUrl}:`, error);
    send(res, {
      type: PROBLEM_TYPE + 'internal-error',
      title: 'Internal error',
      status: 500,
      detail: 'Something went wrong on the server; it has been logged.',
      instance: req.originalUrl,
      code: 'internal-error',
    });
  };
}

export const notFoundRoute: RequestHandler = (req, _res, next) => {
  const path = req.originalUrl.split('?')[0] ?? '';
  next(HttpError.notFound('route-not-found', `No API route ${req.method} ${path}`, { method: req.method, path }));
};
