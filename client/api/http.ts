import type { z } from 'zod';
import { problemSchema, type Problem } from '../../contract/api.ts';
import { apiToken, askForToken } from './token.ts';

/** A failed API call, with the server's problem document when it sent one (status 0: no answer at all). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | null,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

async function fetchWithToken(path: string, init: RequestInit): Promise<Response> {
  const headers = new Headers(init.headers);
  if (!headers.has('accept')) headers.set('accept', 'application/json');
  const token = apiToken();
  if (token) headers.set('authorization', `Bearer ${token}`);
  try {
    return await fetch(path, { ...init, headers });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, null, error instanceof Error ? error.message : String(error));
  }
}

const TOKEN_PROMPT = 'This Sila server requires an access token (SILA_API_TOKEN). / يتطلب هذا الخادم رمز وصول.';

async function send(path: string, init: RequestInit): Promise<Response> {
  const sentWith = apiToken();
  let response = await fetchWithToken(path, init);
  // A server started with SILA_API_TOKEN refuses calls without it: ask once, then try again. A call that was
  // already on its way when another one's prompt got the token just tries again with it.
  if (response.status === 401) {
    const since = apiToken();
    if ((since !== null && since !== sentWith) || (await askForToken(TOKEN_PROMPT))) response = await fetchWithToken(path, init);
  }
  if (response.ok) return response;
  let problem: Problem | null = null;
  try {
    const parsed = problemSchema.safeParse(await response.json());
    if (parsed.success) problem = parsed.data;
  } catch {
    // A proxy's HTML error page is not a problem document; the status alone has to do.
  }
  throw new ApiError(response.status, problem, problem ? `${problem.title}: ${problem.detail}` : `HTTP ${response.status}`);
}

async function parsed<T>(response: Response, schema: z.ZodType<T>, path: string): Promise<T> {
  const result = schema.safeParse(await response.json());
  if (!result.success) throw new ApiError(502, null, `The server answered ${path} with an unexpected shape: ${result.error.message}`);
  return result.data;
}

export async function getJson<T>(path: string, schema: z.ZodType<T>, signal?: AbortSignal): Promise<T> {
  return parsed(await send(path, { signal }), schema, path);
}

export async function postJson<T>(path: string, body: unknown, schema: z.ZodType<T>, signal?: AbortSignal, method: 'POST' | 'PUT' | 'PATCH' = 'POST'): Promise<T> {
  const response = await send(path, {
    method,
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
    signal,
  });
  return parsed(response, schema, path);
}

/** A DELETE that answers 204 with no body. */
export async function deleteResource(path: string, signal?: AbortSignal): Promise<void> {
  await send(path, { method: 'DELETE', signal });
}

export interface Download {
  blob: Blob;
  filename: string;
}

function filenameOf(disposition: string | null, fallback: string): string {
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '');
  if (star?.[1]) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(disposition ?? '');
  return plain?.[1] ?? fallback;
}

export async function postForFile(path: string, body: unknown, fallbackName: string, signal?: AbortSignal): Promise<Download> {
  const response = await send(path, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', accept: '*/*' },
    signal,
  });
  return { blob: await response.blob(), filename: filenameOf(response.headers.get('content-disposition'), fallbackName) };
}

export function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** A multipart upload (an article file with its form fields); the browser sets the boundary. */
export async function postForm<T>(path: string, form: FormData, schema: z.ZodType<T>, signal?: AbortSignal): Promise<T> {
  return parsed(await send(path, { method: 'POST', body: form, signal }), schema, path);
}
