/**
 * The time axis: entities placed by when they happened (their own date, else their Date node's) and
 * articles by when they were published, so "happened" and "reported" are never the same thing.
 */
import { z } from 'zod';
import type { Timeline, TimelineItem, UndatedItem } from '../../contract/views.ts';
import { cypher } from '../../store/cypher-files.ts';
import type { AppContext } from '../context.ts';
import { graphVersion } from './graph-version.ts';
import { parseTime, spanOf, type TimeSpan } from '../../contract/time-span.ts';
import { cachePerOwner } from './ttl-cache.ts';

const timeProps = z.object({ date: z.unknown(), granularity: z.unknown(), date_start: z.unknown(), date_end: z.unknown() }).partial();
const entityRow = z.object({
  id: z.string(),
  kind: z.string().nullable(),
  label: z.string().nullable(),
  labelEn: z.string().nullable(),
  own: timeProps,
  via: timeProps.nullable(),
});
const articleRow = z.object({ id: z.string(), label: z.string(), labelEn: z.string().nullable(), published: z.unknown() });

const TIMELINE_TTL_MS = 10 * 60_000;
const cacheFor = cachePerOwner<string, Timeline>(TIMELINE_TTL_MS, 4);

function item(base: Omit<TimelineItem, 'start' | 'end' | 'precision'>, span: TimeSpan): TimelineItem {
  return { ...base, start: span.start, ...(span.end !== span.start ? { end: span.end } : {}), precision: span.precision };
}

export async function timeline({ db }: Pick<AppContext, 'db'>, limit: number): Promise<Timeline> {
  const version = await graphVersion(db);
  return cacheFor(db).get(`${version}|${limit}`, async () => {
    const [entities, articles] = await Promise.all([db.read(cypher('views/timeline-entities'), { limit }), db.read(cypher('views/timeline-articles'), { limit })]);
    const items: TimelineItem[] = [];
    const undated: UndatedItem[] = [];
    for (const raw of entities.slice(0, limit)) {
      const row = entityRow.parse(raw);
      const kind = row.kind ?? 'Entity';
      const base = { id: row.id, kind, label: row.label ?? row.labelEn ?? row.id, labelEn: row.labelEn };
      // An event's own date says when it happened; its Date node may be the day it was announced.
      const span = spanOf(row.own) ?? (row.via ? spanOf(row.via) : null);
      if (span) items.push(item({ ...base, time: 'event' }, span));
      else if (kind === 'Event') undated.push(base);
    }
    for (const raw of articles.slice(0, limit)) {
      const row = articleRow.parse(raw);
      const span = typeof row.published === 'string' ? parseTime(row.published) : null;
      if (span) items.push(item({ id: row.id, kind: 'Article', label: row.label, labelEn: row.labelEn, time: 'report' }, span));
    }
    items.sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
    return { items, undated, truncated: entities.length > limit || articles.length > limit };
  });
}
