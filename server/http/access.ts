import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
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

function bearer(header: string | undefined): string {
  const value = header ?? '';
  return value.startsWith('Bearer ') ? value.slice('Bearer '.length) : '';
}

function matches(given: string, expected: Buffer | null): boolean {
  return expected !== null && given !== '' && timingSafeEqual(digest(given), expected);
}

export interface AccessConfig {
  HOST: string;
  SILA_API_TOKEN?: string | undefined;
  SILA_EDITOR_TOKEN?: string | undefined;
}

/**
 * Requires `Authorization: Bearer <token>` on every API call when a token is configured; the editor's
 * token reads too.
 */
export function requireReader(config: AccessConfig): RequestHandler {
  const reader = config.SILA_API_TOKEN ? digest(config.SILA_API_TOKEN) : null;
  const editor = config.SILA_EDITOR_TOKEN ? digest(config.SILA_EDITOR_TOKEN) : null;
  if (reader === null) return (_req, _res, next) => next();
  return (req, _res, next) => {
    const given = bearer(req.get('authorization'));
    if (matches(given, reader) || matches(given, editor)) {
      next();
      return;
    }
    next(new HttpError(401, 'Unauthorized', 'This Sila server requires an API token: send it as "Authorization: Bearer <token>".', { code: 'unauthorized' }));
  };
}

/** Who is writing: the holder of the editor token, or the local user of a loopback server without tokens. */
export type Actor = 'editor' | 'local';

const actors = new WeakMap<Request, Actor>();

/** The writer of a request that passed `requireEditor`. */
export function actorOf(req: Request): Actor {
  const actor = actors.get(req);
  if (actor === undefined) throw new Error('actorOf() needs requireEditor() in front of the route');
  return actor;
}

/**
 * Writes need the editor role: with SILA_EDITOR_TOKEN set, that token as the bearer; on a loopback server
 * with no token configured, the local user is the editor. SILA_API_TOKEN alone gives reading, never writing.
 */
export function requireEditor(config: AccessConfig): RequestHandler {
  const editor = config.SILA_EDITOR_TOKEN ? digest(config.SILA_EDITOR_TOKEN) : null;
  const localEditor = editor === null && !config.SILA_API_TOKEN && isLoopback(config.HOST);
  return (req, _res, next) => {
    if (localEditor) {
      actors.set(req, 'local');
      next();
      return;
    }
    const given = bearer(req.get('authorization'));
    if (matches(given, editor)) {
      actors.set(req, 'editor');
      next();
      return;
    }
    if (editor !== null && given === '') {
      next(new HttpError(401, 'Unauthorized', 'Writing needs the editor token: send it as "Authorization: Bearer <token>".', { code: 'editor-token-required' }));
      return;
    }
    next(
      new HttpError(
        403,
        'Forbidden',
        editor === null
          ? 'This server takes no writes: set SILA_EDITOR_TOKEN to give editors a token (the API token only reads).'
          : 'Writing needs the editor role; this token only reads.',
        { code: 'editor-role-required' },
      ),
    );
  };
}

export interface IdentityConfig extends AccessConfig {
  /** A header a trusted proxy in front of Sila sets to the signed-in user (e.g. X-Forwarded-User). */
  SILA_IDENTITY_HEADER?: string | undefined;
}

/**
 * Who a reader is, without user management (docs/decisions/0017-corrections-and-history.md): the user a trusted
 * proxy names; else the holder of a token (`editor`, or `reader-<first 12 hex of the token's SHA-256>`, so the
 * token itself never lands in the database); else, on a server without tokens, the local user.
 */
export function identityOf(req: Request, config: IdentityConfig): string {
  if (config.SILA_IDENTITY_HEADER) {
    const user = req.get(config.SILA_IDENTITY_HEADER)?.trim();
    if (user) return `user:${user.slice(0, 200)}`;
  }
  const given = bearer(req.get('authorization'));
  if (given !== '' && config.SILA_EDITOR_TOKEN && matches(given, digest(config.SILA_EDITOR_TOKEN))) return 'editor';
  if (given !== '') return `reader-${digest(given).toString('hex').slice(0, 12)}`;
  return 'local';
}
