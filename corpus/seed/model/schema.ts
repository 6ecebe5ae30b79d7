/**
 * The zod schemas of the curated model. Data files are plain TypeScript modules; `validateModelFile`
 * checks each at load time and a failure names the file, the path inside it and what is wrong.
 */
import { z } from 'zod';
import { entityIdSchema } from '../../../contract/graph.ts';
import { ENTITY_KINDS, type EntityKind } from '../../../contract/kinds.ts';

/** The curated model uses every kind but Item (the seed article reports no seizure). */
export const KINDS = ENTITY_KINDS;
export type Kind = EntityKind;

/** A value Neo4j can store as a property: a primitive or a homogeneous list of primitives. */
export const scalarSchema = z.union([z.string(), z.number(), z.boolean()]);
export const propertyValueSchema = z.union([
  scalarSchema,
  z.array(z.string()),
  z.array(z.number()),
  z.array(z.boolean()),
]);
export type PropertyValue = z.infer<typeof propertyValueSchema>;

const arabic = z.string().regex(/[\u0621-\u064A]/, 'must contain Arabic letters');
const latin = z.string().regex(/^[^\u0600-\u06FF]+$/, 'must not contain Arabic letters').min(1);
/** ISO 8601 calendar date, year-month or year: 2025-02-19, 2025-02, 2002. */
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD');
const reserved = ['id', 'labels', 'kind', 'search_ar', 'search_latin', 'keys_norm', 'spellings_ar', 'descriptions_ar', 'origin', 'standalone_only'];

/** Extra properties of an entity, beyond the typed ones. */
const extraProperties = z
  .record(z.string().regex(/^[a-z][a-z0-9_]*$/, 'property names are snake_case'), propertyValueSchema)
  .refine((p) => reserved.every((k) => !(k in p)), { error: `may not redefine ${reserved.join(', ')}` });

const base = {
  id: entityIdSchema,
  name_ar: arabic,
  name_en: latin,
  /** Arabic names the entity goes by, as the article writes them (searched for in the text by the mention finder). */
  aliases_ar: z.array(arabic),
  /**
   * How this article refers to it without naming it (anaphora, generic phrases: «التنظيم الإرهابي», «بيان»): found as
   * its mentions here, but never names it goes by elsewhere, so other articles are not matched against them.
   */
  descriptions_ar: z.array(arabic).optional(),
  /** English and French names, romanisations, acronyms. */
  aliases_latin: z.array(latin),
  description_en: latin.refine((s) => !s.includes('\n'), 'must be one line'),
  /** Set when the article only implies the entity: why it is in the model although no alias occurs in the text. */
  implied: z.string().min(10).optional(),
  /**
   * Set for generic names (e.g. «التنظيمات الإرهابية»): an occurrence inside a longer name of ANOTHER entity
   * («التنظيمات الإرهابية بمنطقة الساحل…») is then not a mention of this one.
   */
  standalone_only: z.boolean().optional(),
  properties: extraProperties.optional(),
};

const agency = z.object({ ...base, kind: z.literal('Agency'), acronym: z.string().optional() }).strict();
const person = z
  .object({
    ...base,
    kind: z.literal('Person'),
    /** false for a person the article does not name. */
    named: z.boolean(),
    role: z.string().optional(),
  })
  .strict();
const group = z
  .object({
    ...base,
    kind: z.literal('Group'),
    count: z.number().int().positive().optional(),
    /** How `count` is meant: exact, at_least, more_than, approximate. */
    count_qualifier: z.enum(['exact', 'at_least', 'more_than', 'approximate']).optional(),
    age_min: z.number().int().positive().optional(),
    age_max: z.number().int().positive().optional(),
  })
  .strict()
  .refine((g) => g.age_min === undefined || g.age_max === undefined || g.age_min <= g.age_max, {
    error: 'age_min must not exceed age_max',
    path: ['age_min'],
  });
const organization = z.object({ ...base, kind: z.literal('Organization'), org_type: z.string() }).strict();
const cell = z
  .object({
    ...base,
    kind: z.literal('Cell'),
    count: z.number().int().positive().optional(),
    count_qualifier: z.enum(['exact', 'at_least', 'more_than', 'approximate']).optional(),
    /** When the article says the cell was dismantled. */
    dismantled_date: isoDate.optional(),
  })
  .strict();
const place = z
  .object({
    ...base,
    kind: z.literal('Place'),
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    place_type: z.enum(['country', 'region', 'province', 'city', 'neighbourhood', 'site']),
    /**
     * How precise lat/lon are: `city` (the city centre), `area` (a rough centre of a country, region or province,
     * or of the only area the article gives), `approximate` (a best estimate of a small place).
     */
    coordinates_precision: z.enum(['city', 'area', 'approximate']),
  })
  .strict();
const event = z
  .object({
    ...base,
    kind: z.literal('Event'),
    event_type: z.string(),
    date: isoDate.optional(),
    /** When the date is only relative or approximate, the article's words for it (in English). */
    date_text: z.string().optional(),
  })
  .strict();
const date = z
  .object({
    ...base,
    kind: z.literal('Date'),
    /** The ISO form of the date; for a period, an ISO interval such as 2022/2026. */
    date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?(\/\d{4}(-\d{2}(-\d{2})?)?)?$/, 'must be an ISO date or interval'),
    granularity: z.enum(['day', 'month', 'year', 'period']),
    date_start: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    date_end: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    weekday: z.string().optional(),
  })
  .strict()
  .refine((d) => d.date_start <= d.date_end, { error: 'date_start must not be after date_end', path: ['date_end'] });
const documentKind = z.object({ ...base, kind: z.literal('Document'), document_type: z.string(), date: isoDate.optional() }).strict();

export const entitySchema = z.discriminatedUnion('kind', [agency, person, group, organization, cell, place, event, date, documentKind]);
export type EntityInput = z.input<typeof entitySchema>;
export type EntityModel = z.output<typeof entitySchema>;

export const sentenceIdSchema = z.string().regex(/^s-\d+-\d+$/, 'sentence ids look like s-4-1');

export const relationshipSchema = z
  .object({
    source: entityIdSchema,
    type: z.string().regex(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/, 'relationship types are UPPER_SNAKE'),
    target: entityIdSchema,
    /** The sentences that state the fact. */
    evidence: z.array(sentenceIdSchema).min(1),
    /** Why the evidence does not mention both ends by name, when it does not (anaphora, passive voice…). */
    evidence_note: z.string().min(10).optional(),
    properties: z
      .record(z.string().regex(/^[a-z][a-z0-9_]*$/, 'property names are snake_case'), propertyValueSchema)
      .refine((p) => !('id' in p) && !('evidence' in p) && !('evidence_note' in p), {
        error: 'may not redefine id, evidence or evidence_note',
      })
      .optional(),
  })
  .strict()
  .refine((r) => r.source !== r.target, { error: 'a relationship needs two different ends', path: ['target'] });
export type RelationshipInput = z.input<typeof relationshipSchema>;
export type RelationshipModel = z.output<typeof relationshipSchema>;

export class ModelValidationError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`Invalid model file ${file}:\n  ${problems.join('\n  ')}`);
    this.name = 'ModelValidationError';
  }
}

function pathText(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
}

/** Validates the array exported by one data file; each problem is `<path>: <message>` with the entry's id. */
export function validateModelFile<T extends z.ZodType>(file: string, data: unknown, schema: T): z.output<T>[] {
  const parsed = z.array(schema).safeParse(data);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const index = issue.path[0];
    const entry = typeof index === 'number' && Array.isArray(data) ? (data[index] as { id?: unknown } | undefined) : undefined;
    const label = entry && typeof entry.id === 'string' ? ` (id "${entry.id}")` : '';
    return `${pathText(issue.path) || '(root)'}${label}: ${issue.message}`;
  });
  throw new ModelValidationError(file, problems);
}
