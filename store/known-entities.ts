/**
 * What ingestion needs to know of the graph before it reads a new article: every entity with the names
 * it goes by, which ids are taken, and the stored form of the entities an article links to.
 */
import { z } from 'zod';
import { graphNodeSchema, type GraphNode } from '../contract/graph.ts';
import { ENTITY_KINDS, type EntityKind } from '../contract/kinds.ts';
import { cypher } from './cypher-files.ts';
import type { Database } from './database.ts';

export interface KnownEntityNames {
  id: string;
  kind: EntityKind;
  names: string[];
  standaloneOnly: boolean;
}

const knownRowSchema = z.object({
  id: z.string(),
  kind: z.enum(ENTITY_KINDS).catch('Group'),
  names: z.array(z.string()),
  standaloneOnly: z.boolean(),
});

export async function readKnownEntities(db: Database): Promise<KnownEntityNames[]> {
  return (await db.read(cypher('ingest/known-entities'))).map((row) => knownRowSchema.parse(row));
}

/** The same, for the given entities only (those an article just added or named). */
export async function readKnownEntitiesById(db: Database, ids: readonly string[]): Promise<KnownEntityNames[]> {
  if (ids.length === 0) return [];
  return (await db.read(cypher('ingest/known-entities-of'), { ids: [...new Set(ids)] })).map((row) => knownRowSchema.parse(row));
}

export async function takenEntityIds(db: Database, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const [row] = await db.read(cypher('ingest/taken-ids'), { ids: [...new Set(ids)] });
  return new Set(z.array(z.string()).parse(row?.taken ?? []));
}

/** The stored entities with these ids, as Graph JSON nodes (search-only properties left out). */
export async function readEntityNodes(db: Database, ids: readonly string[]): Promise<GraphNode[]> {
  if (ids.length === 0) return [];
  const rows = await db.read(cypher('ingest/entities'), { ids: [...new Set(ids)] });
  return rows.map((row) => {
    const node = graphNodeSchema.parse(row.node);
    const properties = Object.fromEntries(Object.entries(node.properties).filter(([, v]) => v !== null));
    return { ...node, properties };
  });
}
