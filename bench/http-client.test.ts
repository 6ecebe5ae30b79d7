import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { putBody, startBareServer, type BareServer } from './bare-http.ts';
import { httpClient, type HttpClient } from './http-client.ts';

describe('the load generator client against the bare HTTP server', () => {
  let bare: BareServer;
  let client: HttpClient;
  beforeAll(async () => {
    bare = await startBareServer();
    client = httpClient(bare.url);
  });
  afterAll(() => {
    client.close();
    bare.close();
  });

  it('reads back exactly the bytes the bare server was given, Arabic included', async () => {
    const bytes = Buffer.from(JSON.stringify({ name_ar: 'المكتب المركزي للأبحاث القضائية', padding: 'x'.repeat(100_000) }));
    await putBody(bare.url, bytes);
    expect((await client.body('GET', '/api/anything')).equals(bytes)).toBe(true);
    await expect(client.call('GET', '/')).resolves.toBeUndefined();
  });

  it('fails a call that gets no answer', async () => {
    const nobody = httpClient('http://127.0.0.1:1');
    await expect(nobody.call('GET', '/')).rejects.toThrow();
    nobody.close();
  });
});
