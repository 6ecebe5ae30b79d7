/**
 * Sila's managed part of a database read back as Graph JSON (seed/dump-* queries), and graphs in a
 * canonical order, so a test can compare what a loader stored with what it was given.
 */
import { expect } from 'vitest';
import type { Graph } from '../contract/graph.ts';
import type { Json } from '../contract/json.ts';
import { testCypher } from './cypher.ts';
import { WRITE_TIME_PROPERTIES } from '../store/batch-graph.ts';
import type { Database } from '../store/database.ts';

export interface Dump {
  nodes: { id: string; elementId: string; labels: string[]; properties: Record<string, Json> }[];
  edges: { id: string; elementId: string; type: string; source: string; target: string; properties: Record<string, Json> }[];
}

export const str = (value: Json | undefined): string => (typeof value === 'string' ? value : JSON.stringify(value));

export async function dumpGraph(db: Database): Promise<Dump> {
  const nodes = (await db.read(testCypher('dump-nodes'))).map((r) => ({
    id: str(r.id),
    elementId: str(r.elementId),
    labels: (r.labels as string[]).slice().sort(),
    properties: r.properties as Record<string, Json>,
  }));
  const edges = (await db.read(testCypher('dump-relationships'))).map((r) => ({
    id: str(r.id),
    elementId: str(r.elementId),
    type: str(r.type),
    source: str(r.source),
    target: str(r.target),
    properties: r.properties as Record<string, Json>,
  }));
  return { nodes, edges };
}

/** The dump as Graph JSON (element ids dropped, the relationship id property folded into the edge id). */
export function asGraph(d: Dump): Graph {
  return {
    nodes: d.nodes.map(({ id, labels, properties }) => ({ id, labels, properties })),
    edges: d.edges.map(({ id, type, source, target, properties }) => {
      const { id: _stored, ...rest } = properties;
      expect(_stored).toBe(id);
      return { id, type, source, target, properties: rest };
    }),
  };
}

const withoutWriteTimes = (properties: Record<string, Json>): Record<string, Json> =>
  Object.fromEntries(Object.entries(properties).filter(([key]) => !WRITE_TIME_PROPERTIES.has(key)));

/** A graph in canonical order without the times of its writes, for comparison with a dump. */
export function canonical(g: Graph): Graph {
  const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    nodes: g.nodes.map((n) => ({ id: n.id, labels: n.labels.slice().sort(), properties: withoutWriteTimes({ ...n.properties, id: n.id }) })).sort(byId),
    edges: g.edges.map((e) => ({ ...e, properties: withoutWriteTimes(e.properties) })).sort(byId),
  };
}

