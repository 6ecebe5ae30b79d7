/**
 * The kinds of entity Sila knows, in legend order: one list for the curated model, extraction, the
 * store, the client's legend and styles, and the benchmarks. A kind is a Neo4j label beside :Entity.
 */
export const ENTITY_KINDS = ['Agency', 'Person', 'Organization', 'Group', 'Cell', 'Place', 'Event', 'Date', 'Document', 'Item'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** What each kind is called, in the two interface languages (singular and plural). */
export const KIND_NAMES: Readonly<Record<EntityKind, { ar: string; en: string; arPlural: string; enPlural: string }>> = {
  Agency: { ar: 'جهاز', en: 'Agency', arPlural: 'أجهزة', enPlural: 'Agencies' },
  Person: { ar: 'شخص', en: 'Person', arPlural: 'أشخاص', enPlural: 'People' },
  Organization: { ar: 'تنظيم', en: 'Organization', arPlural: 'تنظيمات', enPlural: 'Organizations' },
  Group: { ar: 'مجموعة', en: 'Group', arPlural: 'مجموعات', enPlural: 'Groups' },
  Cell: { ar: 'خلية', en: 'Cell', arPlural: 'خلايا', enPlural: 'Cells' },
  Place: { ar: 'مكان', en: 'Place', arPlural: 'أماكن', enPlural: 'Places' },
  Event: { ar: 'حدث', en: 'Event', arPlural: 'أحداث', enPlural: 'Events' },
  Date: { ar: 'تاريخ', en: 'Date', arPlural: 'تواريخ', enPlural: 'Dates' },
  Document: { ar: 'وثيقة', en: 'Document', arPlural: 'وثائق', enPlural: 'Documents' },
  Item: { ar: 'محجوز', en: 'Seized item', arPlural: 'محجوزات', enPlural: 'Seized items' },
};

export function isEntityKind(value: string): value is EntityKind {
  return (ENTITY_KINDS as readonly string[]).includes(value);
}
