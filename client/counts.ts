/**
 * The counted nouns of the interface, each in every plural form its language has (client/plural.ts).
 * Arabic forms are nominative unless the noun is only ever used after a preposition (hops: «بطول
 * خطوتين», «في حدود 6 خطوات»), which is noted beside it.
 */
import type { PluralForms } from './plural.ts';

export type CountedNoun = 'nodes' | 'relationships' | 'paths' | 'hops' | 'rows' | 'labels' | 'types' | 'selected' | 'missingIds' | 'morePaths' | 'characters' | 'items';

export const COUNTED: Readonly<Record<CountedNoun, { ar: PluralForms; en: PluralForms }>> = {
  nodes: {
    ar: { zero: 'لا عقد', one: 'عقدة واحدة', two: 'عقدتان', few: '{count} عقد', many: '{count} عقدة', other: '{count} عقدة' },
    en: { one: '{count} node', other: '{count} nodes' },
  },
  relationships: {
    ar: { zero: 'لا علاقات', one: 'علاقة واحدة', two: 'علاقتان', few: '{count} علاقات', many: '{count} علاقة', other: '{count} علاقة' },
    en: { one: '{count} relationship', other: '{count} relationships' },
  },
  paths: {
    ar: { zero: 'لا مسارات', one: 'مسار واحد', two: 'مساران', few: '{count} مسارات', many: '{count} مسارًا', other: '{count} مسار' },
    en: { one: '{count} path', other: '{count} paths' },
  },
  // After a preposition (genitive).
  hops: {
    ar: { zero: '{count} خطوة', one: 'خطوة واحدة', two: 'خطوتين', few: '{count} خطوات', many: '{count} خطوة', other: '{count} خطوة' },
    en: { one: '{count} hop', other: '{count} hops' },
  },
  rows: {
    ar: { zero: 'لا صفوف', one: 'صف واحد', two: 'صفان', few: '{count} صفوف', many: '{count} صفًا', other: '{count} صف' },
    en: { one: '{count} row', other: '{count} rows' },
  },
  labels: {
    ar: { zero: 'لا تصنيفات', one: 'تصنيف واحد', two: 'تصنيفان', few: '{count} تصنيفات', many: '{count} تصنيفًا', other: '{count} تصنيف' },
    en: { one: '{count} label', other: '{count} labels' },
  },
  types: {
    ar: { zero: 'لا أنواع علاقات', one: 'نوع علاقة واحد', two: 'نوعا علاقة', few: '{count} أنواع من العلاقات', many: '{count} نوعًا من العلاقات', other: '{count} نوع علاقة' },
    en: { one: '{count} relationship type', other: '{count} relationship types' },
  },
  selected: {
    ar: { zero: 'لم تُحدَّد أي عقدة', one: 'حُدِّدت عقدة واحدة', two: 'حُدِّدت عقدتان', few: 'حُدِّدت {count} عقد', many: 'حُدِّدت {count} عقدة', other: 'حُدِّدت {count} عقدة' },
    en: { zero: 'No node selected', one: '{count} node selected', other: '{count} nodes selected' },
  },
  missingIds: {
    ar: {
      zero: 'كل ما في الرابط موجود.',
      one: 'معرّف واحد في الرابط غير موجود: {list}',
      two: 'معرّفان في الرابط غير موجودين: {list}',
      few: '{count} معرّفات في الرابط غير موجودة: {list}',
      many: '{count} معرّفًا في الرابط غير موجودة: {list}',
      other: '{count} معرّف في الرابط غير موجودة: {list}',
    },
    en: { zero: 'Everything the link names exists.', one: 'One id in the link was not found: {list}', other: '{count} ids in the link were not found: {list}' },
  },
  // After «لا يتجاوز» / «لا يقل عن» (accusative or genitive).
  characters: {
    ar: { zero: '{count} حرف', one: 'حرفًا واحدًا', two: 'حرفين', few: '{count} أحرف', many: '{count} حرفًا', other: '{count} حرف' },
    en: { one: '{count} character', other: '{count} characters' },
  },
  items: {
    ar: { zero: '{count} عنصر', one: 'عنصرًا واحدًا', two: 'عنصرين', few: '{count} عناصر', many: '{count} عنصرًا', other: '{count} عنصر' },
    en: { one: '{count} item', other: '{count} items' },
  },
  morePaths: {
    ar: { one: 'ومسار آخر', two: 'ومساران آخران', few: 'و{count} مسارات أخرى', many: 'و{count} مسارًا آخر', other: 'و{count} مسار آخر' },
    en: { one: 'and one more path', other: 'and {count} more paths' },
  },
};
