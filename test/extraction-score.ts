/**
 * Scores the Graph JSON of an extraction against a gold file, exactly as test/fixtures/corpus/README.md
 * defines it:
 * - a node matches a gold entity when one of its labels contains the gold kind (case-insensitive) and one of
 *   its string properties (or string list items), normalised — hamza/alef, ya/alef maksura, ta marbuta/ha and
 *   diacritics folded, lower case — contains one of the gold keys; provenance properties (`rule`, `status`)
 *   are not names and are left out;
 * - linking: gold entities with an `existing` id that the graph returns under that id;
 * - duplicates: other nodes whose own name (name_ar, name_en) equals a name of a known entity (must be 0);
 * - recall: new gold entities matched by some node that is not a known entity;
 * - facts: gold facts whose two ends are joined by an edge of an acceptable type (maxHops 1), or through one
 *   node between them with at least one edge of the path of an acceptable type (maxHops 2); direction ignored;
 * - precision: entity nodes that match some gold entity.
 */
import { z } from 'zod';
import type { Graph, GraphNode } from '../contract/graph.ts';
import { normalizeArabic } from '../text/normalize.ts';

export const goldSchema = z.object({
  article: z.string(),
  published: z.string().nullable(),
  entities: z.record(
    z.string(),
    z.object({ kind: z.string(), existing: z.string().nullable(), keys: z.array(z.string()).min(1), note: z.string().optional() }),
  ),
  facts: z.array(z.object({ a: z.string(), b: z.string(), rel: z.string(), maxHops: z.union([z.literal(1), z.literal(2)]), sentence: z.number().int() })),
});
export type Gold = z.infer<typeof goldSchema>;

export interface Score {
  linking: { hit: number; total: number; missed: string[] };
  duplicates: string[];
  recall: { hit: number; total: number; missed: string[] };
  facts: { hit: number; total: number; missed: string[] };
  precision: { hit: number; total: number; unmatched: string[] };
}

/** The README's normalisation: hamza/alef, ya/alef maksura, ta marbuta/ha and diacritics folded, lower case. */
export function foldForScore(text: string): string {
  return normalizeArabic(text).toLowerCase().replace(/ء/g, '');
}

const PROVENANCE = new Set(['rule', 'status', 'confidence']);

function stringsOf(node: GraphNode): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(node.properties)) {
    if (PROVENANCE.has(key)) continue;
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) for (const v of value) if (typeof v === 'string') out.push(v);
  }
  return out.map(foldForScore);
}

export function nodeMatches(node: GraphNode, kind: string, keys: readonly string[]): boolean {
  const k = kind.toLowerCase();
  if (!node.labels.some((l) => l.toLowerCase().includes(k))) return false;
  const strings = stringsOf(node);
  return keys.map(foldForScore).some((key) => strings.some((s) => s.includes(key)));
}

/** `known`: the graph's entities before ingestion, each with its names. */
export function scoreGraph(graph: Graph, gold: Gold, known: ReadonlyMap<string, readonly string[]>): Score {
  const entityNodes = graph.nodes.filter((n) => !n.labels.includes('Article') && !n.labels.includes('Sentence'));
  const byId = new Map(entityNodes.map((n) => [n.id, n]));
  const goldEntries = Object.entries(gold.entities);

  const linking = { hit: 0, total: 0, missed: [] as string[] };
  const recall = { hit: 0, total: 0, missed: [] as string[] };
  const nodesOf = new Map<string, Set<string>>();
  for (const [key, e] of goldEntries) {
    const matching = new Set(entityNodes.filter((n) => nodeMatches(n, e.kind, e.keys)).map((n) => n.id));
    if (e.existing !== null) {
      linking.total += 1;
      if (byId.has(e.existing)) {
        linking.hit += 1;
        matching.add(e.existing);
      } else linking.missed.push(key);
    } else {
      recall.total += 1;
      const fresh = [...matching].filter((id) => !known.has(id));
      if (fresh.length > 0) recall.hit += 1;
      else recall.missed.push(key);
    }
    nodesOf.set(key, matching);
  }

  const knownNames = new Set<string>();
  for (const names of known.values()) for (const n of names) knownNames.add(foldForScore(n).trim());
  const duplicates = entityNodes
    .filter((n) => !known.has(n.id))
    .filter((n) => ['name_ar', 'name_en'].some((p) => {
      const v = n.properties[p];
      return typeof v === 'string' && knownNames.has(foldForScore(v).trim());
    }))
    .map((n) => n.id);

  const adjacency = new Map<string, { other: string; type: string }[]>();
  for (const e of graph.edges) {
    adjacency.set(e.source, [...(adjacency.get(e.source) ?? []), { other: e.target, type: e.type }]);
    adjacency.set(e.target, [...(adjacency.get(e.target) ?? []), { other: e.source, type: e.type }]);
  }
  const facts = { hit: 0, total: gold.facts.length, missed: [] as string[] };
  for (const f of gold.facts) {
    const ok = new Set(f.rel.split('|'));
    const as = nodesOf.get(f.a) ?? new Set<string>();
    const bs = nodesOf.get(f.b) ?? new Set<string>();
    let joined = false;
    for (const a of as) {
      for (const step of adjacency.get(a) ?? []) {
        if (step.other === a) continue;
        if (bs.has(step.other) && step.other !== a && ok.has(step.type)) joined = true;
        if (f.maxHops === 2 && !joined) {
          for (const step2 of adjacency.get(step.other) ?? []) {
            if (step2.other === a || !bs.has(step2.other)) continue;
            if (ok.has(step.type) || ok.has(step2.type)) joined = true;
          }
        }
        if (joined) break;
      }
      if (joined) break;
    }
    if (joined) facts.hit += 1;
    else facts.missed.push(`${f.a}-${f.rel.split('|')[0] ?? ''}-${f.b}`);
  }

  const matchedNodes = entityNodes.filter((n) => goldEntries.some(([, e]) => nodeMatches(n, e.kind, e.keys) || e.existing === n.id));
  const precision = {
    hit: matchedNodes.length,
    total: entityNodes.length,
    unmatched: entityNodes.filter((n) => !matchedNodes.includes(n)).map((n) => n.id),
  };
  return { linking, duplicates, recall, facts, precision };
}

export const share = (p: { hit: number; total: number }): number => (p.total === 0 ? 1 : p.hit / p.total);
