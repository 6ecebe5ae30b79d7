import { api } from '../../api/endpoints.ts';
import type { AccessStore } from './store.ts';

/** Asks the server who we are; a failure leaves the client a reader, which hides nothing a reader may use. */
export async function loadAccess(access: AccessStore, signal?: AbortSignal): Promise<void> {
  try {
    const me = await api.me(signal);
    access.set({ identity: me.identity, editor: me.editor });
  } catch {
    access.set({ identity: null, editor: false });
  }
}

/**
 * Marks the document with the role, so `[data-editor="false"] .editor-only` (styles.css) hides every editing
 * control at once, including ones a view builds later.
 */
export function reflectAccess(access: AccessStore, root: HTMLElement): () => void {
  const apply = (): void => {
    root.dataset['editor'] = String(access.get().editor);
  };
  apply();
  return access.subscribe(apply);
}
