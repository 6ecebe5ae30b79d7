/**
 * When things happened (`fact.date.*`): each date of a sentence belongs to one event or statement — the nearest
 * one before it («مداهمة نفذتها الشرطة يوم 18 نونبر», «بلاغ صدر يوم 21 يناير»), unless «أن» opens a reported
 * clause between them; else the nearest event after it within the clause («تمكن المكتب، يوم الخميس …، من تفكيك
 * خلية»). A sentence that names two events and two dates dates each by its own clause.
 */
import type { FactContext, KeyedSpan } from '../fact-context.ts';
import { normalizeWord } from '../tokens.ts';

const THAT = new Set(['أن', 'بأن', 'إن', 'أنه', 'بأنه', 'أنها', 'بأنها', 'أنهم'].map(normalizeWord));
const FORWARD_REACH = 16;

export function dateFacts(fc: FactContext): void {
  const { spans, word } = fc;
  const owners = spans.filter((s) => s.kind === 'Event' || (s.kind === 'Document' && s.props['seized'] !== true && s.props['document_type'] !== 'strategy' && s.props['document_type'] !== 'policy'));
  const reportedBetween = (a: number, b: number): boolean => {
    for (let k = a + 1; k < b; k += 1) if (THAT.has(word(k))) return true;
    return false;
  };
  for (const d of spans.filter((s) => s.kind === 'Date')) {
    if (d.props['granularity'] === 'period') continue;
    const before: KeyedSpan | undefined = [...owners].reverse().find((e) => e.last < d.first && !reportedBetween(e.last, d.first));
    const after = owners.find((e) => e.kind === 'Event' && e.first > d.last && e.first - d.last <= FORWARD_REACH);
    const owner = before ?? after;
    if (owner !== undefined) fc.add(owner, 'ON_DATE', d, before !== undefined ? 'fact.date.before' : 'fact.date.after', 0.65);
  }
}
