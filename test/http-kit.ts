/**
 * Shared by the exploration API's integration tests: a real server over the article graph, and the
 * checks every error response must pass (problem+json, a detail, the bad parameter named).
 */
import { expect } from 'vitest';
import { problemSchema, type Problem } from '../contract/api.ts';
import { INPUT_ISSUES, isProblemCode } from '../contract/problems.ts';
import { seedIfEmpty } from '../corpus/seed-database.ts';
import { startTestServer } from './server-harness.ts';
import type { RunningServer } from '../server/index.ts';

/** The test server with the article graph loaded (seedIfEmpty is a no-op when it already is). */
export async function startArticleServer(): Promise<RunningServer> {
  const server = await startTestServer();
  await seedIfEmpty(server.db);
  return server;
}

export interface Reply {
  status: number;
  contentType: string;
  body: unknown;
  bytes: number;
}

export async function get(server: RunningServer, path: string): Promise<Reply> {
  const response = await fetch(server.url + path);
  const text = await response.text();
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    body: JSON.parse(text) as unknown,
    bytes: Buffer.byteLength(text),
  };
}

/** Asserts a problem document with this status; `parameter`, when given, must be named in it. */
export function expectProblem(reply: Reply, status: number, parameter?: string): Problem {
  expect(reply.status).toBe(status);
  expect(reply.contentType).toMatch(/^application\/problem\+json/);
  const problem = problemSchema.parse(reply.body);
  expect(problem.status).toBe(status);
  expect(problem.detail.length).toBeGreaterThan(0);
  expect(JSON.stringify(problem)).not.toMatch(/\bat .+\.ts:\d+/);
  // A client words the problem itself from its code (contract/problems.ts), in its own language.
  expect(isProblemCode(problem.code ?? ''), `problem code "${problem.code ?? ''}"`).toBe(true);
  for (const error of problem.errors ?? []) expect(INPUT_ISSUES, `input issue of ${error.path}`).toContain(error.code);
  if (parameter !== undefined) {
    const named = (problem.errors ?? []).some((e) => e.path === parameter) || problem.detail.includes(parameter);
    expect(named, `problem names "${parameter}": ${problem.detail}`).toBe(true);
  }
  return problem;
}

export function expectJson(reply: Reply): void {
  expect(reply.status).toBe(200);
  expect(reply.contentType).toMatch(/^application\/json/);
}

export async function post(server: RunningServer, path: string, body: unknown): Promise<Reply> {
  const response = await fetch(server.url + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', body: JSON.parse(text) as unknown, bytes: Buffer.byteLength(text) };
}
