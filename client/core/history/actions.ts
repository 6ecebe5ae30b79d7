import type { Change } from '../../../contract/workbench.ts';
import { api } from '../../api/endpoints.ts';
import type { ClientContext } from '../context.ts';
import { attempt } from '../explore/operations.ts';
import type { HistoryState, HistoryStore } from './store.ts';

/** The latest change still in effect that may be undone: the server refuses any other (409 undo-out-of-order). */
export function nextUndoOf(changes: readonly Change[]): string | null {
  return changes.find((change) => change.undoable && change.undoneAt === null)?.id ?? null;
}

/** Fetches the history through the current filter, and the whole history's head to know what may be undone. */
export async function loadHistory(ctx: ClientContext, filter: HistoryState['filter'] = ctx.history.get().filter): Promise<void> {
  const lists = await attempt(ctx, 'task.history', () => Promise.all([api.changes(filter), filter.entity || filter.article ? api.changes({}) : null]));
  if (!lists) return;
  const [changes, all] = lists;
  ctx.history.set({ ...ctx.history.get(), changes, filter, nextUndo: nextUndoOf(all ?? changes), loaded: true });
}

/** After any write: panels fetch what is stored again, and an open history shows the new change. */
export async function noteWrite(ctx: ClientContext): Promise<void> {
  const state = ctx.history.get();
  ctx.history.set({ ...state, revision: state.revision + 1 });
  if (state.loaded) await loadHistory(ctx);
}

export function historyRevision(store: HistoryStore): number {
  return store.get().revision;
}
