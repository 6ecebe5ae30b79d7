/**
 * Payloads of the views over the whole graph: the timeline (when it happened, when it was reported), the
 * map of places, the structure measures and communities, and the co-occurrence layer. Written once; the
 * server validates with them and the client imports their types.
 */
import { z } from 'zod';
import { entityIdSchema } from './graph.ts';

// ---------- timeline ----------

export const timePrecisions = ['day', 'month', 'year', 'period'] as const;
export type TimePrecision = (typeof timePrecisions)[number];

export const timelineQuerySchema = z.object({
  /** How many dated items at most: the most connected entities and the newest articles first. */
  limit: z.coerce.number().int().min(1).max(5000).default(1000),
});

/**
 * One item on the time axis. `time: 'event'` is when it happened (events, dates, documents, placed by
 * their own date or their Date node), `time: 'report'` when an article was published. `start`/`end` are
 * ISO days (inclusive); `end` is left out when the item is one day.
 */
export const timelineItemSchema = z.object({
  id: z.string(),
  kind: z.string(),
  label: z.string(),
  labelEn: z.string().nullable(),
  start: z.iso.date(),
  end: z.iso.date().optional(),
  precision: z.enum(timePrecisions),
  time: z.enum(['event', 'report']),
});
export type TimelineItem = z.infer<typeof timelineItemSchema>;

export const undatedItemSchema = z.object({ id: z.string(), kind: z.string(), label: z.string(), labelEn: z.string().nullable() });
export type UndatedItem = z.infer<typeof undatedItemSchema>;

export const timelineSchema = z.object({
  items: z.array(timelineItemSchema),
  /** Events with no date of their own nor a Date node: listed beside the axis. */
  undated: z.array(undatedItemSchema),
  /** More dated entities or articles existed than `limit`. */
  truncated: z.boolean(),
});
export type Timeline = z.infer<typeof timelineSchema>;

// ---------- places ----------

export const placesQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(5000).default(1000),
});

/** An entity joined to a place by a fact: an operation that took place there, an organisation active there. */
export const placeTieSchema = z.object({
  id: z.string(),
  kind: z.string(),
  label: z.string(),
  labelEn: z.string().nullable(),
  /** The fact's type and which way it points, seen from the place. */
  type: z.string(),
  direction: z.enum(['out', 'in']),
});
export type PlaceTie = z.infer<typeof placeTieSchema>;

export const placeSchema = z.object({
  id: z.string(),
  label: z.string(),
  labelEn: z.string().nullable(),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  /** country, region, province, city, neighbourhood, site (null when not known). */
  placeType: z.string().nullable(),
  /** What the coordinates point at: `city` centre, `area` rough centre, `approximate` a best estimate. */
  precision: z.string().nullable(),
  ties: z.array(placeTieSchema),
  /** How many entities are tied to it in all; `ties` holds the first of them. */
  tieCount: z.number().int(),
});
export type Place = z.infer<typeof placeSchema>;

export const placesSchema = z.object({ places: z.array(placeSchema), truncated: z.boolean() });
export type Places = z.infer<typeof placesSchema>;

// ---------- structure ----------

export const structureMeasures = ['degree', 'betweenness', 'pagerank', 'articles'] as const;
export type StructureMeasure = (typeof structureMeasures)[number];

export const structureQuerySchema = z.object({
  measure: z.enum(structureMeasures, { error: `measure must be one of ${structureMeasures.join(', ')}` }).default('degree'),
});

export const structureSchema = z.object({
  measure: z.enum(structureMeasures),
  /** Every entity's score under `measure`, computed over the whole graph. */
  scores: z.record(z.string(), z.number()),
  /** Every entity's Louvain community: 0 is the largest, 1 the next… */
  communities: z.record(z.string(), z.number().int()),
  /** Sizes of the communities, in the same numbering. */
  communitySizes: z.array(z.number().int()),
  /** How the scores were computed (betweenness is sampled on large graphs). */
  method: z.object({ exact: z.boolean(), sources: z.number().int().optional() }),
  nodes: z.number().int(),
  edges: z.number().int(),
  graphVersion: z.number().int(),
});
export type Structure = z.infer<typeof structureSchema>;

// ---------- co-occurrence ----------

export const cooccurrenceRequestSchema = z.object({
  nodeIds: z.array(entityIdSchema).min(2, 'nodeIds needs at least two ids').max(10_000, 'nodeIds holds at most 10000 ids'),
  /** Mentioned in one sentence, or anywhere in one article. */
  scope: z.enum(['sentence', 'article']).default('sentence'),
  /** Pairs seen together fewer times than this are left out. */
  minWeight: z.number().int().min(1).max(1000).default(1),
  /** The heaviest pairs first, at most this many. */
  limit: z.number().int().min(1).max(5000).default(500),
});
export type CooccurrenceRequest = z.input<typeof cooccurrenceRequestSchema>;

/** One sentence that names both ends of a co-occurrence link. */
export const cooccurrenceCitationSchema = z.object({ sentenceId: z.string(), articleId: z.string(), text: z.string() });
export type CooccurrenceCitation = z.infer<typeof cooccurrenceCitationSchema>;

export const cooccurrenceLinkSchema = z.object({
  source: z.string(),
  target: z.string(),
  /** Sentences (or articles) that mention both. */
  weight: z.number().int(),
  /** The first sentences that name both, to cite. */
  sentences: z.array(cooccurrenceCitationSchema),
});
export type CooccurrenceLink = z.infer<typeof cooccurrenceLinkSchema>;

export const cooccurrenceSchema = z.object({
  scope: z.enum(['sentence', 'article']),
  links: z.array(cooccurrenceLinkSchema),
  truncated: z.boolean(),
});
export type Cooccurrence = z.infer<typeof cooccurrenceSchema>;
