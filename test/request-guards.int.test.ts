/**
 * Issue 16, against a real server: every error the server gives is a problem document (compressed bodies
 * that are not, no Host, an Expect it cannot meet, TRACE, OPTIONS *, CONNECT); it answers only its own
 * host names (a DNS-rebinding page sends its own); and whatever writes or runs the console must say JSON
 * (or multipart) and, when an Origin is sent, come from the server's own.
 */
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemSchema } from '../contract/api.ts';
import type { RunningServer } from '../server/index.ts';
import { startArticleServer } from './http-kit.ts';
import { rawRequest } from './raw-http.ts';
import { startTestServer } from './server-harness.ts';

let server: RunningServer;

beforeAll(async () => {
  server = await startArticleServer();
});

afterAll(async () => {
  await server.stop();
});

function expectProblem(status: number, contentType: string | undefined, body: string, code?: string): void {
  expect(status, body.slice(0, 300)).toBeGreaterThanOrEqual(400);
  expect(status, body.slice(0, 300)).toBeLessThan(500);
  expect(contentType ?? '').toMatch(/^application\/problem\+json/);
  const problem = problemSchema.parse(JSON.parse(body));
  expect(problem.status).toBe(status);
  if (code !== undefined) expect(problem.code).toBe(code);
}

const routes = [
  ['GET', '/api/health'],
  ['GET', '/api/schema'],
  ['GET', '/api/graph'],
  ['GET', '/api/nodes/bcij'],
  ['GET', '/api/nodes/bcij/neighbors'],
  ['GET', '/api/edges/x'],
  ['GET', '/api/search?q=bcij'],
  ['GET', '/api/paths?from=bcij&to=dgst'],
  ['GET', '/api/article'],
  ['GET', '/api/examples'],
  ['POST', '/api/cypher'],
  ['POST', '/api/export'],
  ['GET', '/'],
  ['POST', '/api/no-such-route'],
] as const;

describe('a body whose Content-Encoding it does not match', () => {
  const garbage: [string, Buffer][] = [
    ['gzip', Buffer.from('this is not gzip')],
    ['deflate', Buffer.from('nor deflate')],
    ['br', Buffer.from([0xff, 0xff, 0xff, 0x00])],
  ];

  it.each(garbage)('%s on every route is a 400 problem', async (encoding, body) => {
    for (const [method, path] of routes) {
      // Raw, because fetch will not send a body with GET.
      const head = `${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nContent-Encoding: ${encoding}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`;
      const answer = await rawRequest(server.port, Buffer.concat([Buffer.from(head), body]));
      expect(answer.status, `${method} ${path}`).toBe(400);
      expectProblem(answer.status, answer.headers['content-type'], answer.body, 'body-not-decodable');
    }
  });

  it('is still read when it is what it says', async () => {
    const query = JSON.stringify({ query: 'RETURN 1 AS one' });
    for (const [encoding, body] of [
      ['gzip', gzipSync(query)],
      ['br', brotliCompressSync(query)],
    ] as const) {
      const response = await fetch(`${server.url}/api/cypher`, { method: 'POST', headers: { 'content-encoding': encoding, 'content-type': 'application/json' }, body });
      expect(response.status, encoding).toBe(200);
    }
  });
});

describe("answers Node would give bare", () => {
  it('HTTP/1.1 without Host: 400 problem', async () => {
    const answer = await rawRequest(server.port, 'GET /api/health HTTP/1.1\r\nConnection: close\r\n\r\n');
    expectProblem(answer.status, answer.headers['content-type'], answer.body, 'host-missing');
  });

  it('an Expect it cannot meet: 417 problem', async () => {
    const answer = await rawRequest(server.port, `GET /api/health HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nExpect: 200-ok\r\nConnection: close\r\n\r\n`);
    expect(answer.status).toBe(417);
    expectProblem(answer.status, answer.headers['content-type'], answer.body, 'expectation-failed');
  });

  it.each([
    ['TRACE /', 404],
    ['TRACE /api/health', 415],
    ['OPTIONS *', 404],
    ['CONNECT example.org:443', 405],
    ['FOO /', 400],
  ])('%s: a problem', async (line, status) => {
    const answer = await rawRequest(server.port, `${line} HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nConnection: close\r\n\r\n`);
    expect(answer.status).toBe(status);
    expectProblem(answer.status, answer.headers['content-type'], answer.body);
  });
});

describe('the Host the server answers to', () => {
  it('refuses a page that rebound its own name to 127.0.0.1: 421 on the API, the page and writes', async () => {
    for (const [method, path] of [...routes, ['GET', '/index.html']] as const) {
      const answer = await rawRequest(
        server.port,
        `${method} ${path} HTTP/1.1\r\nHost: attacker.example:${server.port}\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`,
      );
      expect(answer.status, `${method} ${path}`).toBe(421);
      expectProblem(answer.status, answer.headers['content-type'], answer.body, 'host-not-allowed');
    }
  });

  it('answers its own addresses, and refuses a port it does not listen on', async () => {
    for (const host of [`127.0.0.1:${server.port}`, `localhost:${server.port}`, `LOCALHOST:${server.port}`]) {
      const answer = await rawRequest(server.port, `GET /api/health HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
      expect(answer.status, host).toBe(200);
    }
    for (const host of ['127.0.0.1', `127.0.0.1:${server.port + 1}`, 'localhost:abc', '']) {
      const answer = await rawRequest(server.port, `GET /api/health HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
      expect(answer.status, host).toBeGreaterThanOrEqual(400);
      expectProblem(answer.status, answer.headers['content-type'], answer.body);
    }
  });

  it('answers the names in SILA_ALLOWED_HOSTS, on any port or the one given', async () => {
    const named = await startTestServer({ SILA_ALLOWED_HOSTS: 'sila.example.org, proxy.example.org:8443' });
    try {
      const status = async (host: string): Promise<number> =>
        (await rawRequest(named.port, `GET /api/health HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`)).status;
      expect(await status('sila.example.org')).toBe(200);
      expect(await status('Sila.Example.org:3000')).toBe(200);
      expect(await status('proxy.example.org:8443')).toBe(200);
      expect(await status('proxy.example.org')).toBe(421);
      expect(await status('evil.sila.example.org')).toBe(421);
    } finally {
      await named.stop();
    }
  });
});

describe('requests that write or run the console', () => {
  const cypher = JSON.stringify({ query: 'RETURN 1 AS one' });
  const post = (path: string, headers: Record<string, string>, body: RequestInit['body'] = cypher): Promise<Response> => fetch(server.url + path, { method: 'POST', headers, body });

  it('need Content-Type: application/json (or multipart for uploads): 415 otherwise, before the body is read', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/jsonp', '']) {
      for (const path of ['/api/cypher', '/api/export', '/api/articles']) {
        // A Blob without a type is sent with no Content-Type at all.
        const response = await post(path, type === '' ? {} : { 'content-type': type }, type === '' ? new Blob([cypher]) : cypher);
        expect(response.status, `${path} ${type}`).toBe(415);
        expectProblem(response.status, response.headers.get('content-type') ?? undefined, await response.text(), 'content-type-required');
      }
    }
    expect((await post('/api/cypher', { 'content-type': 'application/json; charset=utf-8' })).status).toBe(200);
    // A multipart body passes the guard; the console then says what it expected.
    const form = new FormData();
    form.set('query', 'RETURN 1');
    const multipart = await fetch(`${server.url}/api/cypher`, { method: 'POST', body: form });
    expect(multipart.status).toBe(400);
    expect(problemSchema.parse(await multipart.json()).code).not.toBe('content-type-required');
  });

  it('when an Origin is sent, need it to be the server itself: 403 otherwise', async () => {
    for (const origin of ['http://attacker.example', `http://attacker.example:${server.port}`, 'null', `https://127.0.0.1.attacker.example:${server.port}`, `http://127.0.0.1:${server.port + 1}`]) {
      for (const [method, path] of [['POST', '/api/cypher'], ['POST', '/api/export'], ['DELETE', '/api/articles/x'], ['PATCH', '/api/entities/bcij']] as const) {
        const response = await fetch(server.url + path, { method, headers: { 'content-type': 'application/json', origin }, body: cypher });
        expect(response.status, `${origin} ${method} ${path}`).toBe(403);
        expectProblem(response.status, response.headers.get('content-type') ?? undefined, await response.text(), 'origin-not-allowed');
      }
    }
    for (const origin of [`http://127.0.0.1:${server.port}`, `http://localhost:${server.port}`]) {
      const host = new URL(origin).host;
      const answer = await rawRequest(
        server.port,
        `POST /api/cypher HTTP/1.1\r\nHost: ${host}\r\nOrigin: ${origin}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(cypher)}\r\nConnection: close\r\n\r\n${cypher}`,
      );
      expect(answer.status, origin).toBe(200);
    }
    expect((await post('/api/cypher', { 'content-type': 'application/json' })).status).toBe(200);
  });

  it('leave reads alone: GET needs neither', async () => {
    const response = await fetch(`${server.url}/api/health`, { headers: { origin: 'http://attacker.example' } });
    expect(response.status).toBe(200);
  });
});
