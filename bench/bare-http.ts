/**
 * The HTTP floor: a bare node:http server in a process of its own (as the real server is) that answers every
 * GET with the same bytes, so the benchmark can say how much of the API's time over the driver is moving a
 * body of that size between two processes through HTTP at all. `PUT /` sets the bytes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';

export interface BareServer {
  url: string;
  close(): void;
}

/** The child's side: `node --import tsx bench/bare-http.ts serve`. */
function serve(): void {
  let payload: Buffer = Buffer.from('{}');
  const server = http.createServer((request, response) => {
    if (request.method === 'PUT') {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        payload = Buffer.concat(chunks);
        response.writeHead(204).end();
      });
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': payload.length });
    response.end(payload);
  });
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    process.stdout.write(`BARE_HTTP_PORT ${typeof address === 'object' && address !== null ? address.port : 0}\n`);
  });
}

export async function startBareServer(): Promise<BareServer> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', import.meta.filename, 'serve'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      const match = /BARE_HTTP_PORT (\d+)/.exec(chunk.toString('utf8'));
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`the bare HTTP server exited (${code})`)));
  });
  return { url: `http://127.0.0.1:${port}`, close: () => void child.kill('SIGTERM') };
}

/** Sets the bytes a bare server answers with. */
export function putBody(url: string, bytes: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'PUT', headers: { 'content-length': bytes.length } }, (response) => {
      response.resume();
      response.on('end', () => resolve());
    });
    request.on('error', reject);
    request.end(bytes);
  });
}

if (process.argv[2] === 'serve' && process.argv[1] === import.meta.filename) serve();
