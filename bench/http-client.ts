/**
 * The load generator's HTTP client: node:http over kept-alive sockets. The benchmark measures what the
 * server adds over the driver, so the client should add as little as it can; undici's fetch costs about a
 * millisecond a call of its own on this machine (bench:api prints the two side by side).
 */
import http from 'node:http';

export interface HttpClient {
  /** Sends one request, reads the whole body, and fails on a status other than 2xx. */
  call(method: 'GET' | 'POST', path: string, body?: unknown): Promise<void>;
  /** As `call`, keeping the body. */
  body(method: 'GET' | 'POST', path: string, body?: unknown): Promise<Buffer>;
  close(): void;
}

export function httpClient(baseUrl: string): HttpClient {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const base = new URL(baseUrl);
  const once = (method: 'GET' | 'POST', path: string, body: unknown, keep: boolean, retried = false): Promise<Buffer | null> =>
    new Promise((resolve, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const request = http.request(
        {
          agent,
          method,
          host: base.hostname,
          port: base.port,
          path,
          headers: payload === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => {
            if (keep) chunks.push(chunk);
          });
          response.on('error', reject);
          response.on('end', () => {
            const status = response.statusCode ?? 0;
            if (status >= 200 && status < 300) resolve(keep ? Buffer.concat(chunks) : null);
            else reject(new Error(`${method} ${path}: HTTP ${status}`));
          });
        },
      );
      request.on('error', (error: NodeJS.ErrnoException) => {
        // The server closes a socket left idle past its keep-alive timeout; a request sent on it just then
        // fails without reaching the server, and is sent again on a fresh socket (as Node's docs advise).
        if (request.reusedSocket && error.code === 'ECONNRESET' && !retried) once(method, path, body, keep, true).then(resolve, reject);
        else reject(error);
      });
      request.end(payload);
    });
  return {
    call: async (method, path, body) => {
      await once(method, path, body, false);
    },
    body: async (method, path, body) => (await once(method, path, body, true)) ?? Buffer.alloc(0),
    close: () => agent.destroy(),
  };
}
