/**
 * The promise every endpoint keeps whatever it is sent: a 2xx whose body its contract schema accepts, or
 * a 4xx problem document with a detail, and never a 5xx or anything that looks like a stack trace.
 */
import { expect } from 'vitest';
import type { z } from 'zod';
import { problemSchema } from '../../contract/api.ts';

export interface RawReply {
  status: number;
  contentType: string;
  text: string;
  retryAfter: string | null;
}

export async function send(url: string, init: RequestInit = {}): Promise<RawReply> {
  const response = await fetch(url, init);
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    text: await response.text(),
    retryAfter: response.headers.get('retry-after'),
  };
}

export function postJson(url: string, body: string): Promise<RawReply> {
  return send(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
}

/** Traces of a leaked stack or source location: `at fn (file.ts:1:2)`, `/server/x.ts:12`, `node:internal`. */
const STACK_TRACE = /\bat [^\s]+ \(|\.ts:\d+|\.js:\d+:\d+|node:internal|node_modules/;

/** Asserts the reply is an acceptable answer to hostile input; `ok` validates a successful body. */
export function expectSafe(reply: RawReply, ok?: z.ZodType, what = ''): void {
  const context = `${what.slice(0, 160)} → ${reply.status} ${reply.text.slice(0, 300)}`;
  expect(reply.status, context).toBeGreaterThanOrEqual(200);
  expect(reply.status, context).toBeLessThan(500);
  expect(reply.text, context).not.toMatch(STACK_TRACE);
  if (reply.status >= 400) {
    expect(reply.contentType, context).toMatch(/^application\/problem\+json/);
    const problem = problemSchema.parse(JSON.parse(reply.text));
    expect(problem.status, context).toBe(reply.status);
    expect(problem.detail.length, context).toBeGreaterThan(0);
  } else if (ok) {
    const parsed = ok.safeParse(JSON.parse(reply.text));
    expect(parsed.success, `${context}\n${parsed.error?.message ?? ''}`).toBe(true);
  }
}
