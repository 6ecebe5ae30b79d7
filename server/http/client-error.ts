/**
 * Answers what Node's HTTP server would otherwise answer itself, with a bare status line or an HTML page:
 * requests its parser rejects (a URL or headers past the 16 kB limit, malformed request lines), an
 * `Expect` it does not meet, CONNECT, and request targets that are not a path (`OPTIONS *`). Each gets a
 * problem document like every other error.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Problem } from '../../contract/api.ts';

const PROBLEM_TYPE = 'https://sila.invalid/problems/';

function problemFor(code: string | undefined): { problem: Problem; reason: string } {
  if (code === 'HPE_HEADER_OVERFLOW') {
    return {
      reason: 'Request Header Fields Too Large',
      problem: { type: `${PROBLEM_TYPE}request-too-large`, code: 'request-too-large', title: 'Request too large', status: 431, detail: 'The URL or the headers are longer than the server accepts (16 kB).' },
    };
  }
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return {
      reason: 'Request Timeout',
      problem: { type: `${PROBLEM_TYPE}request-timeout`, code: 'request-timeout', title: 'Request timeout', status: 408, detail: 'The request was not received completely in time.' },
    };
  }
  return {
    reason: 'Bad Request',
    problem: { type: `${PROBLEM_TYPE}bad-request`, code: 'bad-request', title: 'Bad request', status: 400, detail: 'The request could not be read as HTTP.' },
  };
}

function rawAnswer(socket: Duplex, reason: string, problem: Problem): void {
  const body = JSON.stringify(problem);
  socket.end(
    `HTTP/1.1 ${problem.status} ${reason}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const { problem, reason } = problemFor(error.code);
  rawAnswer(socket, reason, problem);
}

function answer(res: ServerResponse, problem: Problem): void {
  const body = JSON.stringify(problem);
  res.writeHead(problem.status, { 'content-type': 'application/problem+json', 'content-length': Buffer.byteLength(body), connection: 'close' });
  res.end(body);
}

/** `Expect` values other than 100-continue (which Node handles): 417, as Node would, but as a problem. */
export function answerExpectation(req: IncomingMessage, res: ServerResponse): void {
  answer(res, {
    type: `${PROBLEM_TYPE}expectation-failed`,
    title: 'Expectation failed',
    status: 417,
    detail: `The server cannot meet "Expect: ${String(req.headers.expect).slice(0, 100)}"; only 100-continue is supported.`,
    code: 'expectation-failed',
  });
}

/** CONNECT asks the server to be a proxy, which it is not. */
export function answerConnect(_req: IncomingMessage, socket: Duplex): void {
  rawAnswer(socket, 'Method Not Allowed', {
    type: `${PROBLEM_TYPE}method-not-allowed`,
    title: 'Method not allowed',
    status: 405,
    detail: 'This server is not a proxy: CONNECT is not supported.',
    code: 'method-not-allowed',
  });
}

/** True when the request target is not a path the app can route (`OPTIONS *`, a bare authority), which it then answers. */
export function answeredUnroutable(req: IncomingMessage, res: ServerResponse): boolean {
  const target = req.url ?? '';
  if (target.startsWith('/') || /^https?:\/\//i.test(target)) return false;
  answer(res, {
    type: `${PROBLEM_TYPE}not-found`,
    title: 'Not found',
    status: 404,
    detail: `There is no resource "${target.slice(0, 100)}" here; requests name a path starting with "/".`,
    code: 'not-found',
  });
  return true;
}
