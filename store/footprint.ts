/**
 * What a write touches, captured before and after it, so that the write can be undone exactly and nothing
 * a correction changes is ever lost (docs/decisions/0017-corrections-and-history.md). A footprint names nodes
 * by key label and id, and relationships by id with their ends; a snapshot holds their labels and properties
 * as they were. Restoring a snapshot makes exactly those elements equal to it: properties and labels of nodes
 * that exist are set in place (their other relationships stay), missing ones are created, and elements of the
 * footprint the snapshot does not hold are deleted.
 */
import { createHash } from 'node:crypto';
import type { Json } from '../contract/json.ts';
import { cypher } from './cypher-files.ts';
import type { Params, Row } from './database.ts';
import { toNeo4jProperties } from './property-values.ts';

type Run = (query: string, params?: Params) => Promise<Row[]>;

/** The labels a node is found by; every node Sila writes carries exactly one of them and an `id`. */
export const FOOTPRINT_LABELS = ['Article', 'Sentence', 'Entity', 'Support', 'Note', 'Redirect'] as const;
export type FootprintLabel = (typeof FOOTPRINT_LABELS)[number];

export interface NodeKey {
  label: FootprintLabel;
  id: string;
}

export interface RelationshipKey {
  id: string;
  type: string;
  start: NodeKey;
  end: NodeKey;
}

export interface Footprint {
  nodes: NodeKey[];
  relationships: RelationshipKey[];
}

export interface NodeState extends NodeKey {
  labels: string[];
  properties: Record<string, Json>;
}

export interface RelationshipState extends RelationshipKey {
  properties: Record<string, Json>;
}

export interface Snapshot {
  nodes: NodeState[];
  relationships: RelationshipState[];
}

const nodeKey = (k: NodeKey): string => `${k.label}|${k.id}`;
/** A relationship is known by its id with its type and ends: a move recreates one id between other ends. */
const relationshipKey = (r: RelationshipKey): string => `${r.type}|${r.id}|${nodeKey(r.start)}|${nodeKey(r.end)}`;

/** A footprint query with its key labels filled in; they come from FOOTPRINT_LABELS only, never from input. */
function labelled(name: string, labels: { label?: FootprintLabel; start?: FootprintLabel; end?: FootprintLabel }): string {
  let text = cypher(name);
  for (const [slot, value] of Object.entries(labels)) {
    if (!(FOOTPRINT_LABELS as readonly string[]).includes(value)) throw new Error(`not a footprint label: ${value}`);
    text = text.replaceAll(`{{${slot}}}`, value);
  }
  return text;
}

/** Relationship keys grouped by the key labels of their two ends, for the queries that need them static. */
function byEnds<T extends RelationshipKey>(rows: readonly T[]): { start: FootprintLabel; end: FootprintLabel; rows: T[] }[] {
  const groups = new Map<string, { start: FootprintLabel; end: FootprintLabel; rows: T[] }>();
  for (const r of rows) {
    const key = `${r.start.label}>${r.end.label}`;
    const group = groups.get(key) ?? { start: r.start.label, end: r.end.label, rows: [] };
    group.rows.push(r);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** The union of footprints, each element once. */
export function mergeFootprints(...prints: Footprint[]): Footprint {
  const nodes = new Map<string, NodeKey>();
  const relationships = new Map<string, RelationshipKey>();
  for (const print of prints) {
    for (const n of print.nodes) nodes.set(nodeKey(n), n);
    for (const r of print.relationships) relationships.set(relationshipKey(r), r);
  }
  return { nodes: [...nodes.values()], relationships: [...relationships.values()] };
}

export function footprintOf(snapshot: { nodes: readonly NodeKey[]; relationships: readonly RelationshipKey[] }): Footprint {
  return {
    nodes: snapshot.nodes.map(({ label, id }) => ({ label, id })),
    relationships: snapshot.relationships.map(({ id, type, start, end }) => ({ id, type, start, end })),
  };
}

const isRecord = (value: Json | undefined): value is Record<string, Json> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Properties in key order: Neo4j gives no order, and two snapshots of the same state must read the same. */
const sorted = (value: Json | undefined): Record<string, Json> =>
  isRecord(value) ? Object.fromEntries(Object.keys(value).sort().map((key) => [key, value[key] ?? null])) : {};
const text = (value: Json | undefined): string => (typeof value === 'string' ? value : '');
const strings = (value: Json | undefined): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** The footprint's elements as they are now (those that exist). */
export async function takeSnapshot(run: Run, footprint: Footprint): Promise<Snapshot> {
  const nodes: NodeState[] = [];
  const byLabel = new Map<FootprintLabel, string[]>();
  for (const n of footprint.nodes) byLabel.set(n.label, [...(byLabel.get(n.label) ?? []), n.id]);
  for (const [label, ids] of byLabel) {
    for (const row of await run(labelled('footprint/read-nodes', { label }), { ids })) {
      nodes.push({ label, id: text(row.id), labels: strings(row.labels).sort(), properties: sorted(row.properties) });
    }
  }
  const relationships: RelationshipState[] = [];
  for (const group of byEnds(footprint.relationships)) {
    const rows = await run(labelled('footprint/read-relationships', { start: group.start, end: group.end }), { rows: group.rows });
    const found = new Map(rows.map((row) => [`${text(row.type)}|${text(row.id)}|${text(row.start)}|${text(row.end)}`, sorted(row.properties)]));
    for (const r of group.rows) {
      const properties = found.get(`${r.type}|${r.id}|${r.start.id}|${r.end.id}`);
      // A fixed key order, so that two snapshots of the same state encode to the same text.
      if (properties !== undefined) relationships.push({ id: r.id, type: r.type, start: { label: r.start.label, id: r.start.id }, end: { label: r.end.label, id: r.end.id }, properties });
    }
  }
  nodes.sort((a, b) => nodeKey(a).localeCompare(nodeKey(b)));
  relationships.sort((a, b) => relationshipKey(a).localeCompare(relationshipKey(b)));
  return { nodes, relationships };
}

/**
 * Makes the elements of `footprint` (and of the snapshot) exactly what `snapshot` says: relationships of the
 * footprint that the snapshot lacks go first, then nodes it lacks (with whatever relationships they still
 * have), then nodes are upserted and relationships recreated.
 */
export async function restoreSnapshot(run: Run, footprint: Footprint, snapshot: Snapshot): Promise<void> {
  const all = mergeFootprints(footprint, footprintOf(snapshot));
  const keptRelationships = new Set(snapshot.relationships.map(relationshipKey));
  const keptNodes = new Set(snapshot.nodes.map(nodeKey));
  const goneRelationships = all.relationships.filter((r) => !keptRelationships.has(relationshipKey(r)));
  for (const group of byEnds(goneRelationships)) await run(labelled('footprint/delete-relationships', { start: group.start, end: group.end }), { rows: group.rows });
  for (const label of FOOTPRINT_LABELS) {
    const gone = all.nodes.filter((n) => n.label === label && !keptNodes.has(nodeKey(n))).map((n) => n.id);
    if (gone.length > 0) await run(labelled('footprint/delete-nodes', { label }), { ids: gone });
    const kept = snapshot.nodes.filter((n) => n.label === label);
    if (kept.length > 0) {
      await run(labelled('footprint/upsert-nodes', { label }), {
        rows: kept.map((n) => ({ id: n.id, labels: n.labels, properties: toNeo4jProperties(n.properties) })),
      });
    }
  }
  for (const group of byEnds(snapshot.relationships)) {
    await run(labelled('footprint/upsert-relationships', { start: group.start, end: group.end }), {
      rows: group.rows.map((r) => ({ ...r, properties: toNeo4jProperties(r.properties) })),
    });
  }
}

/**
 * The two snapshots of one write without the elements it left exactly as they were: undoing it has nothing
 * to restore there, and a later change to them is undone first anyway (undo goes newest first). An article
 * that names a hub keeps its change record small: the hub is in the write's footprint (its search keys may
 * change), but most articles leave it untouched.
 */
export function changedOnly(before: Snapshot, after: Snapshot): [Snapshot, Snapshot] {
  const state = (labels: readonly string[] | null, properties: Record<string, Json>): string => JSON.stringify([labels, properties]);
  const nodesAfter = new Map(after.nodes.map((n) => [nodeKey(n), state(n.labels, n.properties)]));
  const relationshipsAfter = new Map(after.relationships.map((r) => [relationshipKey(r), state(null, r.properties)]));
  const sameNodes = new Set(before.nodes.filter((n) => nodesAfter.get(nodeKey(n)) === state(n.labels, n.properties)).map(nodeKey));
  const sameRelationships = new Set(before.relationships.filter((r) => relationshipsAfter.get(relationshipKey(r)) === state(null, r.properties)).map(relationshipKey));
  const keep = (s: Snapshot): Snapshot => ({
    nodes: s.nodes.filter((n) => !sameNodes.has(nodeKey(n))),
    relationships: s.relationships.filter((r) => !sameRelationships.has(relationshipKey(r))),
  });
  return [keep(before), keep(after)];
}

/** A snapshot as the text a :Change keeps (Neo4j properties hold no maps). */
export const encodeSnapshot = (snapshot: Snapshot): string => JSON.stringify(snapshot);

/**
 * What a write left, as undo needs it: each element's key and a digest of its state. Undo never restores
 * the state after a write, it only checks that nothing changed it since; keeping the digest instead of the
 * state keeps an article's text, sentences and mentions out of its change record.
 */
export interface SealedSnapshot {
  nodes: (NodeKey & { digest: string })[];
  relationships: (RelationshipKey & { digest: string })[];
}

const digest = (labels: readonly string[] | null, properties: Record<string, Json>): string =>
  createHash('sha256').update(JSON.stringify([labels, properties])).digest('hex').slice(0, 32);

export function sealSnapshot(snapshot: Snapshot): SealedSnapshot {
  return {
    nodes: snapshot.nodes.map((n) => ({ label: n.label, id: n.id, digest: digest(n.labels, n.properties) })),
    relationships: snapshot.relationships.map((r) => ({ id: r.id, type: r.type, start: r.start, end: r.end, digest: digest(null, r.properties) })),
  };
}

export const encodeSealed = (sealed: SealedSnapshot): string => JSON.stringify(sealed);

/** A stored "after": sealed, or a whole snapshot as changes recorded it before they were sealed. */
export function decodeSealed(text: Json | undefined): SealedSnapshot {
  if (typeof text !== 'string') return { nodes: [], relationships: [] };
  const parsed = JSON.parse(text) as { nodes: (NodeState | SealedSnapshot['nodes'][number])[]; relationships: (RelationshipState | SealedSnapshot['relationships'][number])[] };
  return {
    nodes: parsed.nodes.map((n) => ('digest' in n ? n : { label: n.label, id: n.id, digest: digest(n.labels, n.properties) })),
    relationships: parsed.relationships.map((r) => ('digest' in r ? r : { id: r.id, type: r.type, start: r.start, end: r.end, digest: digest(null, r.properties) })),
  };
}

export function decodeSnapshot(text: Json | undefined): Snapshot {
  if (typeof text !== 'string') return { nodes: [], relationships: [] };
  const parsed = JSON.parse(text) as Snapshot;
  return { nodes: parsed.nodes, relationships: parsed.relationships };
}
