import { ApiError } from '../../api/http.ts';
import { language, t, type MessageKey } from '../../i18n.ts';
import { problemWords } from '../../problem-text.ts';

export interface Explained {
  title: string;
  detail: string;
  hint: string;
}

function hintFor(status: number): MessageKey {
  if (status === 0) return 'hint.network';
  if (status === 503) return 'hint.unavailable';
  if (status === 408 || status === 504) return 'hint.timeout';
  if (status === 404) return 'hint.notFound';
  if (status >= 400 && status < 500) return 'hint.badRequest';
  return 'hint.server';
}

/**
 * Turns any failure into words a person can act on, in the interface language: what happened, the
 * details (worded from the problem's code; the server's own detail when the code is unknown), what to try.
 */
export function explain(error: unknown): Explained {
  if (error instanceof ApiError) {
    if (error.status === 0) return { title: t('error.network'), detail: error.message, hint: t('hint.network') };
    const words = error.problem ? problemWords(error.problem, language()) : null;
    return {
      title: words?.title ?? error.problem?.title ?? `HTTP ${error.status}`,
      detail: words?.detail ?? error.problem?.detail ?? error.message,
      hint: t(hintFor(error.status)),
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { title: t('error.unexpected'), detail: message, hint: t('hint.server') };
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
