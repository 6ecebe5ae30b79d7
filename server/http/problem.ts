import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { ZodError } from 'zod';
import type { Problem } from '../../contract/api.ts';

/** The one error type of the server: it carries the HTTP status and the words a person will read. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly extra: Partial<Pick<Problem, 'errors' | 'neo4jCode' | 'position'>> & { retryAfterSeconds?: number } = {},
  ) {
    super(detail);
  }

  static badRequest(detail: string, errors?: Problem['errors']): HttpError {
    return new HttpError(400, 'Bad request', detail, errors ? { errors } : {});
  }

  static notFound(detail: string): HttpError {
    return new HttpError(404, 'Not found', detail);
  }

  static fromZod(error: ZodError, where: string): HttpError {
    const errors = error.issues.map((issue) => ({
      path: issue.path.length > 0 ? issue.path.join('.') : where,
      message: issue.message,
    }));
    const detail = errors.map((e) => `${e.path}: ${e.message}`).join('; ');
    return HttpError.badRequest(`Invalid ${where}: ${detail}`, errors);
  }
}

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
    const known = error instanceof HttpError ? error : classify(error);
    if (known) {
      send(
        res,
        {
          type: PROBLEM_TYPE + slug(known.title),
          title: known.title,
          status: known.status,
          detail: known.detail,
          instance: req.originalUrl,
          ...(known.extra.errors ? { errors: known.extra.errors } : {}),
          ...(known.extra.neo4jCode ? { neo4jCode: known.extra.neo4jCode } : {}),
          ...(known.extra.position ? { position: known.extra.position } : {}),
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
    });
  };
}

export const notFoundRoute: RequestHandler = (req, _res, next) => {
  next(HttpError.notFound(`No API route ${req.method} ${req.originalUrl.split("?")[0] ?? ""}`));
};
