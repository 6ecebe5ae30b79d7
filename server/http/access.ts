import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { HttpError } from './problem.ts';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;

export function isLoopback(host: string): boolean {
  return LOOPBACK.test(host.replace(/^\[|\]$/g, ''));
}

/** Refuses a configuration that would expose the API beyond this machine without a token. */
export function assertSafeBinding(host: string, token: string | undefined): void {
  if (!isLoopback(host) && !token) {
    throw new Error(`HOST=${host} is not a loopback address: set SILA_API_TOKEN (16+ characters) so the API is not open to the network.`);
  }
}

function digest(value: string): Buffer {
  // Hashing first gives equal-length buffers, so the comparison time does not depend on the guess.
  return createHash('sha256').update(value, 'utf8').digest();
}

/** Requires `Authorization: Bearer <token>` on every API call when a token is configured. */
export function requireToken(token: string | undefined): RequestHandler {
  if (!token) return (_req, _res, next) => next();
  const expected = digest(token);
  return (req, _res, next) => {
    const header = req.get('authorization') ?? '';
    const given = header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '';
    if (given && timingSafeEqual(digest(given), expected)) {
      next();
      return;
    }
    next(new HttpError(401, 'Unauthorized', 'This Sila server requires an API token: send it as "Authorization: Bearer <token>".', { code: 'unauthorized' }));
  };
}
