import { z } from 'zod';
import { jsonSchema } from './json.ts';

/** Stable entity ids are slugs: they survive reloads, so URLs and exports can hold them. */
export const entityIdSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'ids are lowercase slugs: a-z, 0-9, "-" and "_"');

export const propertiesSchema = z.record(z.string(), jsonSchema);

export const graphNodeSchema = z.object({
  id: z.string(),
  labels: z.array(z.string()),
  properties: propertiesSchema,
});

export const graphEdgeSchema = z.object({
  id: z.string(),
  type: z.string(),
  source: z.string(),
  target: z.string(),
  properties: propertiesSchema,
});

/** Graph JSON: the one interchange shape of the seed printer, the API, the client store and the JSON export. */
export const graphSchema = z.object({
  nodes: z.array(graphNodeSchema),
  edges: z.array(graphEdgeSchema),
  /** More existed than was returned. */
  truncated: z.boolean().optional(),
});

export type GraphNode = z.infer<typeof graphNodeSchema>;
export type GraphEdge = z.infer<typeof graphEdgeSchema>;
export type Graph = z.infer<typeof graphSchema>;
