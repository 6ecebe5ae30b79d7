import type { Json } from '../contract/json.ts';
import { cypher } from './cypher-files.ts';
import type { Database } from './database.ts';

/** A node or relationship as the export reads it, with Neo4j's `valueType()` of each property. */
export interface TypedElement {
  properties: Record<string, Json>;
  /** Property key → Cypher type name, e.g. `INTEGER NOT NULL`, `LIST<STRING NOT NULL> NOT NULL`. */
  types: Record<string, string>;
}

export interface TypedNode extends TypedElement {
  id: string;
  labels: string[];
}

export interface TypedRelationship extends TypedElement {
  elementId: string;
  type: string;
  source: string;
  target: string;
}

function typesOf(value: Json | undefined): Record<string, string> {
  const types: Record<string, string> = {};
  if (!Array.isArray(value)) return types;
  for (const pair of value) {
    if (Array.isArray(pair) && typeof pair[0] === 'string' && typeof pair[1] === 'string') types[pair[0]] = pair[1];
  }
  return types;
}

function text(value: Json | undefined): string {
  return typeof value === 'string' ? value : JSON.stringify(value ?? null);
}

function record(value: Json | undefined): Record<string, Json> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
}

function strings(value: Json | undefined): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The nodes with the given stable ids and every relationship between them, in a stable order. */
export async function readInducedSubgraph(
  db: Database,
  ids: string[],
): Promise<{ nodes: TypedNode[]; relationships: TypedRelationship[] }> {
  const nodeRows = await db.read(cypher('export/nodes'), { ids });
  const relationshipRows = await db.read(cypher('export/relationships'), { ids });
  return {
    nodes: nodeRows.map((row) => ({
      id: text(row.id),
      labels: strings(row.labels),
      properties: record(row.properties),
      types: typesOf(row.types),
    })),
    relationships: relationshipRows.map((row) => ({
      elementId: text(row.elementId),
      type: text(row.type),
      source: text(row.source),
      target: text(row.target),
      properties: record(row.properties),
      types: typesOf(row.types),
    })),
  };
}
