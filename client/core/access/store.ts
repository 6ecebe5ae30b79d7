import { createStore, type Store } from '../store-kit.ts';

/**
 * Who the server takes this client for (`GET /api/me`). Until it has answered, and when it cannot be
 * asked, the client is a reader: editing controls appear only once the server has said they may be used.
 */
export interface AccessState {
  readonly identity: string | null;
  readonly editor: boolean;
}

export type AccessStore = Store<AccessState>;

export function createAccessStore(): AccessStore {
  return createStore<AccessState>({ identity: null, editor: false });
}
