/**
 * Checks every request passes before any route sees it. The server answers only its own host names
 * (hosts.ts), and a request that writes or runs the console (every API method but GET and HEAD, present
 * and future: console, export, ingestion, edits) must declare JSON or a multipart upload and, when the
 * browser says where it comes from, come from the server's own origin. A cross-site form or `fetch` can
 * send neither a JSON content type without a preflight (which is never granted) nor a false Origin.
 */
import type { RequestHandler } from 'express';
import { hostAllowed, type HostRule } from './hosts.ts';
import { HttpError } from './problem.ts';

export function requireKnownHost(rules: () => readonly HostRule[]): RequestHandler {
  return (req, _res, next) => {
    const host = req.headers.host;
    if (host === undefined || host === '') {
      // HTTP/1.0 has no Host header; HTTP/1.1 requires one (and browsers always send it).
      if (req.httpVersion === '1.0') {
        next();
        return;
      }
      next(new HttpError(400, 'Bad request', 'An HTTP/1.1 request needs a Host header.', { code: 'host-missing' }));
      return;
    }
    if (hostAllowed(host, rules())) {
      next();
      return;
    }
    next(
      new HttpError(421, 'Misdirected request', `This server does not answer to the host "${host.slice(0, 200)}". Add it to SILA_ALLOWED_HOSTS if it is the server's own name.`, {
        code: 'host-not-allowed',
      }),
    );
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD']);
const WRITE_TYPES = /^(application\/json|multipart\/form-data)\s*(;|$)/i;

/** The Origin a browser sends, reduced to `host[:port]`, or undefined when it is not an http(s) origin. */
function originHost(origin: string): string | undefined {
  try {
    const url = new URL(origin);
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.pathname !== '/' || url.search !== '' || url.username !== '') return undefined;
    return url.host.toLowerCase();
  } catch {
    return undefined;
  }
}

/** Host header as URL would write it: lower case, the default port left out. */
function normalHost(host: string, protocol: string): string {
  try {
    return new URL(`${protocol}//${host}`).host.toLowerCase();
  } catch {
    return host.toLowerCase();
  }
}

export const guardWrites: RequestHandler = (req, _res, next) => {
  if (SAFE_METHODS.has(req.method)) {
    next();
    return;
  }
  const type = req.headers['content-type'] ?? '';
  // A DELETE carries no body to declare; like PUT and PATCH it cannot leave another site without a CORS
  // preflight, which is never granted, and its Origin is still checked below.
  const bodiless = req.method === 'DELETE' && type === '' && (req.headers['content-length'] ?? '0') === '0' && req.headers['transfer-encoding'] === undefined;
  if (!bodiless && !WRITE_TYPES.test(type)) {
    next(
      new HttpError(415, 'Unsupported media type', `${req.method} requests to the API must send Content-Type: application/json (or multipart/form-data for uploads); this one sent ${type === '' ? 'none' : `"${type.slice(0, 100)}"`}.`, {
        code: 'content-type-required',
      }),
    );
    return;
  }
  const origin = req.headers.origin;
  if (origin !== undefined) {
    const from = originHost(origin);
    const protocol = from === undefined ? 'http:' : new URL(origin).protocol;
    if (from === undefined || from !== normalHost(req.headers.host ?? '', protocol)) {
      next(new HttpError(403, 'Forbidden', `Requests that change data or run queries are accepted only from this server's own pages, not from ${origin.slice(0, 200)}.`, { code: 'origin-not-allowed' }));
      return;
    }
  }
  next();
};
