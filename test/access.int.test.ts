/**
 * Who can reach the API: loopback only by default, a bearer token whenever the server listens beyond
 * loopback, no cross-origin grants, and a Content-Security-Policy that runs no inline script.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { healthSchema, problemSchema } from '../contract/api.ts';
import { start, type RunningServer } from '../server/index.ts';
import { neo4jEnv } from './neo4j-target.ts';
import { startTestServer } from './server-harness.ts';

const TOKEN = 'sila-access-test-token-0123456789';
const running: RunningServer[] = [];

afterAll(async () => {
  for (const server of running) await server.stop();
});

async function launch(env: NodeJS.ProcessEnv): Promise<RunningServer> {
  const server = await start({ ...neo4jEnv(), PORT: '0', ...env });
  running.push(server);
  return server;
}

/** The local addresses of listening TCP sockets on `port`, read from the kernel rather than from the server's own report. */
function listeningAddresses(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const found: string[] = [];
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let table: string;
    try {
      table = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    for (const line of table.split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (state !== '0A' || !local?.endsWith(`:${hexPort}`)) continue;
      const hex = local.split(':')[0] ?? '';
      if (hex.length === 8) {
        const bytes = hex.match(/../g)?.map((b) => parseInt(b, 16)).reverse() ?? [];
        found.push(bytes.join('.'));
      } else {
        found.push(hex === '00000000000000000000000001000000' ? '::1' : hex === '0'.repeat(32) ? '::' : hex);
      }
    }
  }
  return found;
}

describe('binding', () => {
  it('listens on 127.0.0.1 only when HOST is not set', async () => {
    const env = neo4jEnv();
    const server = await launch({ NEO4J_URI: env.NEO4J_URI, NEO4J_USER: env.NEO4J_USER, NEO4J_PASSWORD: env.NEO4J_PASSWORD, NEO4J_DATABASE: env.NEO4J_DATABASE });
    expect(server.config.HOST).toBe('127.0.0.1');
    expect(listeningAddresses(server.port)).toEqual(['127.0.0.1']);
    expect((await fetch(`http://127.0.0.1:${server.port}/api/health`)).status).toBe(200);
  });

  it.each(['0.0.0.0', '::', '192.0.2.10', 'example.org'])('refuses to start on HOST=%s without SILA_API_TOKEN', async (host) => {
    await expect(start({ ...neo4jEnv(), PORT: '0', HOST: host })).rejects.toThrow(/SILA_API_TOKEN/);
  });

  it('refuses a token shorter than 16 characters', async () => {
    await expect(start({ ...neo4jEnv(), PORT: '0', HOST: '0.0.0.0', SILA_API_TOKEN: 'short' })).rejects.toThrow(/SILA_API_TOKEN/);
  });

  it('starts beyond loopback once a token is set', async () => {
    const server = await launch({ HOST: '0.0.0.0', SILA_API_TOKEN: TOKEN });
    expect(listeningAddresses(server.port)).toEqual(['0.0.0.0']);
    const response = await fetch(`http://127.0.0.1:${server.port}/api/health`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(200);
  });
});

describe('with SILA_API_TOKEN set', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await launch({ HOST: '127.0.0.1', SILA_API_TOKEN: TOKEN });
  });

  const refused: [string, Record<string, string>][] = [
    ['no Authorization header', {}],
    ['an empty bearer token', { authorization: 'Bearer ' }],
    ['a wrong token of the same length', { authorization: `Bearer ${TOKEN.slice(0, -1)}X` }],
    ['a prefix of the token', { authorization: `Bearer ${TOKEN.slice(0, 20)}` }],
    ['the token with more after it', { authorization: `Bearer ${TOKEN}x` }],
    ['the token in lower-case "bearer"', { authorization: `bearer ${TOKEN}` }],
    ['the token as Basic credentials', { authorization: `Basic ${Buffer.from(`neo4j:${TOKEN}`).toString('base64')}` }],
    ['the token in another header', { 'x-api-token': TOKEN }],
  ];

  it.each(refused)('answers 401 problem+json to %s', async (_name, headers) => {
    for (const [method, path] of [['GET', '/api/health'], ['GET', '/api/search?q=fes'], ['POST', '/api/cypher']] as const) {
      const response = await fetch(server.url + path, {
        method,
        headers: { ...headers, 'content-type': 'application/json' },
        ...(method === 'POST' ? { body: JSON.stringify({ query: 'RETURN 1' }) } : {}),
      });
      expect(response.status, `${method} ${path}`).toBe(401);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const problem = problemSchema.parse(await response.json());
      expect(problem.detail).toMatch(/Bearer/);
      expect(problem.detail).not.toContain(TOKEN);
    }
  });

  it('serves the API to the right token', async () => {
    const response = await fetch(`${server.url}/api/health`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(200);
    expect(healthSchema.parse(await response.json()).status).toBe('ok');
  });
});

describe('browser-facing headers', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startTestServer();
  });

  afterAll(async () => {
    await server.stop();
  });

  it('grants no other origin: no Access-Control-Allow-* on requests or preflights', async () => {
    const origin = 'http://attacker.test';
    const simple = await fetch(`${server.url}/api/health`, { headers: { origin } });
    expect(simple.headers.get('access-control-allow-origin')).toBeNull();
    expect(simple.headers.get('access-control-allow-credentials')).toBeNull();
    const preflight = await fetch(`${server.url}/api/cypher`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
    });
    expect(preflight.status).toBeLessThan(500);
    for (const header of ['access-control-allow-origin', 'access-control-allow-methods', 'access-control-allow-headers', 'access-control-allow-credentials']) {
      expect(preflight.headers.get(header), header).toBeNull();
    }
  });

  it('sends a Content-Security-Policy that allows no inline or foreign script', async () => {
    for (const path of ['/', '/api/health']) {
      const response = await fetch(server.url + path);
      const policy = response.headers.get('content-security-policy') ?? '';
      const directives = new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name = '', ...values]) => [name, values]));
      const scripts = directives.get('script-src') ?? directives.get('default-src') ?? [];
      expect(scripts, path).toEqual(["'self'"]);
      expect(directives.get('script-src-attr') ?? ["'none'"], path).toEqual(["'none'"]);
      expect(directives.get('object-src'), path).toEqual(["'none'"]);
      expect(directives.get('frame-ancestors'), path).toEqual(["'none'"]);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('serves a page whose scripts are all files of its own origin, none inline', async () => {
    const html = await (await fetch(`${server.url}/`)).text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    for (const [, attributes = '', body = ''] of scripts) {
      expect(attributes).toMatch(/\bsrc="\/[^/]/);
      expect(body.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  });
});
