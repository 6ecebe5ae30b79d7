/**
 * `GET /api/me`: who the server takes the caller for and whether they may write, by the same rules the
 * write routes enforce, so that a reader's client shows no editing controls and an editor's shows them all.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { meSchema } from '../../contract/workbench.ts';
import { startTestServer } from '../../test/server-harness.ts';
import type { RunningServer } from '../index.ts';

const READER = 'sila-me-test-reader-token-0123456789';
const EDITOR = 'sila-me-test-editor-token-0123456789';
const running: RunningServer[] = [];

afterAll(async () => {
  for (const server of running) await server.stop();
});

async function launch(env: NodeJS.ProcessEnv = {}): Promise<RunningServer> {
  const server = await startTestServer(env);
  running.push(server);
  return server;
}

function headers(token?: string, extra: Record<string, string> = {}): Record<string, string> {
  return token === undefined ? extra : { authorization: `Bearer ${token}`, ...extra };
}

async function me(server: RunningServer, token?: string, extra: Record<string, string> = {}): Promise<{ identity: string; editor: boolean }> {
  const response = await fetch(`${server.url}/api/me`, { headers: headers(token, extra) });
  expect(response.status).toBe(200);
  return meSchema.parse(await response.json());
}

/** What a write answers: an empty note passes the role check (then fails validation, 400) only for an editor. */
async function writeStatus(server: RunningServer, token?: string): Promise<number> {
  const response = await fetch(`${server.url}/api/notes`, { method: 'POST', headers: headers(token, { 'content-type': 'application/json' }), body: '{}' });
  return response.status;
}

describe('GET /api/me', () => {
  it('names the local user of a loopback server without tokens an editor, as the write routes do', async () => {
    const server = await launch();
    expect(await me(server)).toEqual({ identity: 'local', editor: true });
    expect(await writeStatus(server)).toBe(400);
  });

  it('gives the holder of the API token alone a reader identity that never writes, and refuses callers without it', async () => {
    const server = await launch({ SILA_API_TOKEN: READER });
    expect((await fetch(`${server.url}/api/me`)).status).toBe(401);
    const reader = await me(server, READER);
    expect(reader.editor).toBe(false);
    expect(reader.identity).toMatch(/^reader-[0-9a-f]{12}$/);
    expect(reader.identity).not.toContain(READER);
    expect(await writeStatus(server, READER)).toBe(403);
  });

  it('tells the editor token from the reader token, and agrees with the write routes on each', async () => {
    const server = await launch({ SILA_API_TOKEN: READER, SILA_EDITOR_TOKEN: EDITOR });
    expect(await me(server, EDITOR)).toEqual({ identity: 'editor', editor: true });
    expect(await writeStatus(server, EDITOR)).toBe(400);
    expect((await me(server, READER)).editor).toBe(false);
    expect(await writeStatus(server, READER)).toBe(403);
  });

  it('on a loopback server with only an editor token, the local user reads but does not write', async () => {
    const server = await launch({ SILA_EDITOR_TOKEN: EDITOR });
    expect(await me(server)).toEqual({ identity: 'local', editor: false });
    expect(await writeStatus(server)).toBe(401);
    expect(await me(server, EDITOR)).toEqual({ identity: 'editor', editor: true });
  });

  it('takes the identity from a trusted proxy header when one is configured, and only then', async () => {
    const server = await launch({ SILA_IDENTITY_HEADER: 'X-Forwarded-User' });
    expect(await me(server, undefined, { 'x-forwarded-user': 'amina' })).toEqual({ identity: 'user:amina', editor: true });
    const plain = await launch();
    expect((await me(plain, undefined, { 'x-forwarded-user': 'amina' })).identity).toBe('local');
  });
});
