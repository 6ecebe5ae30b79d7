/**
 * The analyst's workbench payloads: corrections of the main graph, notes, the history of changes with
 * undo, the review of a dry run, and saved investigations (workspaces).
 */
import { z } from 'zod';
import { articleInputSchema } from './api.ts';

export { noteSchema, type Note } from './api.ts';
import { entityIdSchema, graphNodeSchema } from './graph.ts';
import { jsonSchema } from './json.ts';
import { ENTITY_KINDS } from './kinds.ts';

const arabicName = z.string().trim().min(1).max(300).regex(/[\u0621-\u064A]/u, 'must contain Arabic letters');
const latinName = z.string().trim().min(1).max(300);

// ---------- who is asking ----------

/**
 * Who the server takes the caller for (`GET /api/me`): the identity that owns the workspaces they save, and
 * whether they may write. The client shows editing controls only when `editor` is true.
 */
export const meSchema = z.object({ identity: z.string(), editor: z.boolean() });
export type Me = z.infer<typeof meSchema>;

// ---------- corrections ----------

export const entityEditSchema = z
  .object({
    /** The entity's edit version as the analyst saw it (`properties.version`, 0 when never edited). */
    version: z.number().int().min(0),
    name_ar: arabicName.optional(),
    name_en: latinName.optional(),
    aliases_ar: z.array(arabicName).max(100).optional(),
    aliases_latin: z.array(latinName).max(100).optional(),
    description_en: z.string().trim().max(2000).nullable().optional(),
    kind: z.enum(ENTITY_KINDS).optional(),
    status: z.enum(['accepted', 'rejected']).optional(),
  })
  .strict()
  .refine((e) => Object.keys(e).some((k) => k !== 'version'), { error: 'an edit changes at least one field' });
export type EntityEditRequest = z.infer<typeof entityEditSchema>;

export const mergeRequestSchema = z.object({ into: entityIdSchema }).strict();

export const splitRequestSchema = z
  .object({
    sentence: z.string().min(1).max(300),
    start: z.number().int().min(0),
    entity: z.object({ id: entityIdSchema.optional(), kind: z.enum(ENTITY_KINDS), name_ar: arabicName, name_en: latinName.optional() }).strict(),
  })
  .strict();

export const factReviewSchema = z.object({ status: z.enum(['accepted', 'rejected']) }).strict();

export const noteRequestSchema = z
  .object({
    text: z.string().trim().min(1, 'a note needs text').max(5000),
    lang: z.enum(['ar', 'en']),
    entity: entityIdSchema.optional(),
    edge: z.string().min(1).max(500).optional(),
  })
  .strict()
  .refine((n) => (n.entity === undefined) !== (n.edge === undefined), { error: 'a note is on one entity or one relationship', path: ['entity'] });

/** What every write answers: the change it recorded (for undo) and the graph version it made. */
export const writeResultSchema = z.object({ change: z.string(), version: z.number().int() });

export const entityEditResultSchema = writeResultSchema.extend({ node: graphNodeSchema });
export const mergeResultSchema = writeResultSchema.extend({ into: z.string(), facts: z.number().int(), mentions: z.number().int() });

// ---------- history ----------

export const changesQuerySchema = z.object({
  entity: entityIdSchema.optional(),
  article: z.string().regex(/^a-[0-9a-f]{12}$/, 'article ids look like a-0123456789ab').optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const changeSchema = z.object({
  id: z.string(),
  at: z.string(),
  by: z.string(),
  action: z.string(),
  summary: z.string(),
  articleId: z.string().nullable(),
  entityIds: z.array(z.string()),
  /** Still in effect and may be undone (the latest such change first). */
  undoable: z.boolean(),
  undoneAt: z.string().nullable(),
  undoneBy: z.string().nullable(),
  /** For an undo: the change it undid. */
  undoes: z.string().nullable(),
});
export const changeListSchema = z.object({ changes: z.array(changeSchema) });
export type Change = z.infer<typeof changeSchema>;
export const undoResultSchema = writeResultSchema.extend({ undone: z.string(), action: z.string() });

// ---------- review of a dry run ----------

const key = z.string().min(1).max(200);

/** An analyst's decisions on a dry run's proposals, sent back with the article to commit it. */
export const reviewSchema = z
  .object({
    /** Per proposed entity (by the dry run's id): accept, reject, change its kind, or link it to a known entity instead. */
    entities: z.array(z.object({ id: key, decision: z.enum(['accept', 'reject']), kind: z.enum(ENTITY_KINDS).optional(), linkTo: entityIdSchema.optional() }).strict()).max(2000).default([]),
    /** Per proposed fact (by the dry run's edge id). */
    facts: z.array(z.object({ id: key, decision: z.enum(['accept', 'reject']) }).strict()).max(5000).default([]),
    /** Per proposed mention (by the dry run's edge id): reject it, or put it on another entity. */
    mentions: z.array(z.object({ id: key, decision: z.enum(['accept', 'reject']), linkTo: entityIdSchema.optional() }).strict()).max(5000).default([]),
    /** Entities the analyst made from a span of a sentence. */
    newEntities: z
      .array(z.object({ id: entityIdSchema, kind: z.enum(ENTITY_KINDS), name_ar: arabicName, name_en: latinName.optional(), sentence: key, start: z.number().int().min(0), end: z.number().int().min(1) }).strict())
      .max(500)
      .default([]),
    /** Facts the analyst added between two entities of the article, with the sentence that states them. */
    newFacts: z
      .array(z.object({ source: entityIdSchema, type: z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'relationship types are UPPER_SNAKE'), target: entityIdSchema, sentence: key }).strict())
      .max(500)
      .default([]),
    /** Everything not decided above is accepted (true) or stays proposed (false). */
    acceptRest: z.boolean().default(false),
  })
  .strict();
export type Review = z.infer<typeof reviewSchema>;

export const reviewedArticleSchema = articleInputSchema.and(z.object({ review: reviewSchema.optional() }));

// ---------- workspaces ----------

export const workspaceStateSchema = z.object({
  nodes: z.array(entityIdSchema).max(10_000),
  edges: z.array(z.string().max(500)).max(50_000),
  positions: z.record(z.string(), z.object({ x: z.number(), y: z.number() })).default({}),
  pinned: z.array(entityIdSchema).default([]),
  hiddenKinds: z.array(z.string().max(60)).default([]),
  hiddenTypes: z.array(z.string().max(60)).default([]),
  hideProposed: z.boolean().default(false),
  labels: z.enum(['ar', 'en', 'both']).default('ar'),
  ui: z.enum(['ar', 'en']).default('ar'),
  zoom: z.number().positive().max(100).default(1),
  pan: z.object({ x: z.number(), y: z.number() }).default({ x: 0, y: 0 }),
  selected: z.array(z.string().max(500)).default([]),
  extra: z.record(z.string(), jsonSchema).default({}),
});
export type WorkspaceState = z.infer<typeof workspaceStateSchema>;

export const workspaceInputSchema = z
  .object({
    name: z.string().trim().min(1, 'a workspace needs a name').max(200),
    description: z.string().max(10_000).default(''),
    state: workspaceStateSchema,
    /** For an update: the version the client read; another save since is a conflict. */
    version: z.number().int().min(0).optional(),
  })
  .strict();
export type WorkspaceInput = z.infer<typeof workspaceInputSchema>;

export const workspaceSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  owner: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  /** The graph version when it was saved: what is new around its nodes is what came after. */
  graphVersion: z.number().int(),
  state: workspaceStateSchema,
  /** Ids of the state that led to merged entities, and where they lead now. */
  redirected: z.record(z.string(), z.string()).default({}),
});
export type Workspace = z.infer<typeof workspaceSchema>;
export const workspaceListSchema = z.object({ workspaces: z.array(workspaceSchema.omit({ state: true, redirected: true })) });

/** What articles added since a workspace was saved say about its nodes. */
export const workspaceNewsSchema = z.object({
  articles: z.array(z.object({ id: z.string(), title: z.string().nullable(), published: z.string().nullable(), ingestedAt: z.string() })),
  /** Entities of the workspace that new articles mention, with how many new mentions. */
  mentioned: z.array(z.object({ id: z.string(), mentions: z.number().int() })),
  /** Facts touching the workspace's nodes that new articles state (new or newly supported). */
  facts: z.array(z.object({ id: z.string(), type: z.string(), source: z.string(), target: z.string() })),
});
export type WorkspaceNews = z.infer<typeof workspaceNewsSchema>;
