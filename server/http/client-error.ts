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

/**
 * Answers requests that Node's HTTP parser rejects before Express sees them (a URL or headers past the
 * 16 kB limit, malformed request lines) with a problem document like every other error, instead of
 * Node's bare status line.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const { problem, reason } = problemFor(error.code);
  const body = JSON.stringify(problem);
  socket.end(
    `HTTP/1.1 ${problem.status} ${reason}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
