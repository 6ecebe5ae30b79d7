/**
 * The keyset pages of the long lists of a hub (its mentions, a fact's evidence): the query reads one row
 * more than the page, and the page's last key becomes the cursor of the next.
 */
import { encodeCursor } from '../../contract/page-cursor.ts';

/** Above every article key (`<published>|<article id>`, ASCII), so that a first page starts at the newest. */
export const ABOVE_EVERY_KEY = '\uffff';

export function splitPage<T>(rows: readonly T[], limit: number, keyOf: (row: T) => readonly (string | number)[]): { items: T[]; next: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, next: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null };
}
