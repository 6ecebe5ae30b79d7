/**
 * The API token of a Sila server that requires one (SILA_API_TOKEN). It arrives once in the link
 * (`#token=...`, a fragment, so it never reaches server logs) or from a prompt after a 401, and is kept
 * in sessionStorage for this tab only; share links never carry it.
 */
const STORAGE_KEY = 'sila.apiToken';

function takeTokenFromHash(): void {
  const hash = window.location.hash.replace(/^#/, '');
  if (!hash.includes('token=')) return;
  const params = new URLSearchParams(hash);
  const token = params.get('token');
  params.delete('token');
  if (token) sessionStorage.setItem(STORAGE_KEY, token);
  const rest = params.toString();
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}${rest ? `#${rest}` : ''}`);
}

// Runs when the module is first imported, before the share-link sync rewrites the fragment.
takeTokenFromHash();

export function apiToken(): string | null {
  return sessionStorage.getItem(STORAGE_KEY);
}

let asking: Promise<string | null> | undefined;

/** Asks the person for the token (once, however many requests were refused at the same moment). */
export function askForToken(message: string): Promise<string | null> {
  asking ??= new Promise<string | null>((resolve) => {
    // A native prompt: the token is typed, never rendered, and the dialog is accessible by default.
    const answer = window.prompt(message)?.trim() ?? '';
    if (answer) sessionStorage.setItem(STORAGE_KEY, answer);
    resolve(answer || null);
  }).finally(() => {
    asking = undefined;
  });
  return asking;
}
