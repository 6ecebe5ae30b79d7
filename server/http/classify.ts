import { describeDatabaseError } from '../../store/errors.ts';
import { HttpError } from './problem.ts';

interface BodyParserError {
  type: string;
  status: number;
  limit?: number;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  return typeof error === 'object' && error !== null && 'type' in error && 'status' in error;
}

/** zlib's errors for gzip, deflate and Brotli data that is not what its Content-Encoding says. */
function isUndecodableBody(error: unknown): error is { code: string } {
  if (typeof error !== 'object' || error === null || !('code' in error) || typeof error.code !== 'string') return false;
  return /^(Z_|ERR__ERROR_|ERR_BROTLI)/.test(error.code);
}

/** Turns errors raised below the routes (driver, body parser) into HTTP errors a person can act on. */
export function classifyError(error: unknown): HttpError | undefined {
  const db = describeDatabaseError(error);
  if (db) {
    switch (db.kind) {
      case 'unavailable':
        return new HttpError(503, 'Database unavailable', `Neo4j cannot be reached right now (${db.code}). Try again shortly.`, {
          code: 'database-unavailable',
          neo4jCode: db.code,
          retryAfterSeconds: 5,
        });
      case 'syntax':
        return new HttpError(400, 'Cypher syntax error', db.message, {
          code: 'cypher-syntax',
          neo4jCode: db.code,
          ...(db.position ? { position: db.position } : {}),
        });
      case 'timeout':
        return new HttpError(408, 'Query timed out', `The query ran longer than the allowed time and was stopped. ${db.message}`, {
          code: 'query-timeout',
          neo4jCode: db.code,
        });
      case 'memory':
        return new HttpError(413, 'Query too large', `The query needed more memory than allowed: ${db.message}`, {
          code: 'query-too-large',
          neo4jCode: db.code,
        });
      case 'client':
        return new HttpError(400, 'Query refused by Neo4j', db.message, { code: 'cypher-refused-by-neo4j', neo4jCode: db.code });
      case 'execution':
        // Outside the console this is a query of Sila's own that failed: a bug, answered as one (500, logged).
        break;
    }
  }
  if (isBodyParserError(error)) {
    if (error.type === 'entity.too.large') {
      return new HttpError(413, 'Body too large', `The request body is larger than the ${error.limit ?? ''} byte limit.`, {
        code: 'body-too-large',
        ...(error.limit === undefined ? {} : { params: { limit: error.limit } }),
      });
    }
    if (error.type === 'entity.parse.failed') return HttpError.badRequest('invalid-json', 'The request body is not valid JSON.');
    if (error.status >= 400 && error.status < 500) return new HttpError(error.status, 'Bad request', `The request body could not be read (${error.type}).`, { code: 'unreadable-body' });
  }
  if (isUndecodableBody(error)) {
    return new HttpError(400, 'Bad request', `The request body could not be decompressed (${error.code}): its Content-Encoding says it is compressed, but it is not valid compressed data.`, {
      code: 'body-not-decodable',
    });
  }
  if (error instanceof URIError) return HttpError.badRequest('invalid-url', 'The URL is not validly encoded.');
  return undefined;
}
