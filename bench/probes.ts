/**
 * What the API benchmark asks for, chosen from the graph itself so the same code serves the article graph
 * and a synthetic one: the entity with the most relationships (hub), one with a single relationship (leaf),
 * a pair of entities a few hops apart (path), and a word of an entity's Arabic and English names (search).
 */
import type { Graph } from '../contract/graph.ts';
import type { Database } from '../store/database.ts';
import { benchCypher } from './corpus-figures.ts';

export interface Probes {
  hub: string;
  hubDegree: number;
  /** The entity with the most mentions, and how many. */
  mentioned: string;
  mentions: number;
  leaf: string;
  pathFrom: string;
  pathTo: string;
  pathHops: number;
  arabicQuery: string;
  latinQuery: string;
}

const isEntity = (labels: readonly string[]): boolean => labels.includes('Entity');
/** Words of a name a person would type: three characters or more, with letters (not «1626» or «(2017-01-13)»). */
const wordsOf = (text: unknown): string[] => (typeof text === 'string' ? text.split(/\s+/).filter((w) => w.length > 2 && /^\p{L}+$/u.test(w)) : []);

/** The longest word of `text` that few entity names share, so a search finds a handful, not thousands. */
function distinctiveWord(text: unknown, frequency: ReadonlyMap<string, number>, rare: number): string {
  const candidates = wordsOf(text).sort((a, b) => b.length - a.length);
  return candidates.find((w) => (frequency.get(w) ?? 0) <= rare) ?? candidates[0] ?? '';
}

/** `mentionCounts`, when given, says how many mentions each entity has (a store read instead of MENTIONS edges). */
export function probesOf(graph: Graph, mentionCounts?: ReadonlyMap<string, number>): Probes {
  const entities = graph.nodes.filter((n) => isEntity(n.labels)).sort((a, b) => (a.id < b.id ? -1 : 1));
  const ids = new Set(entities.map((n) => n.id));
  const adjacency = new Map<string, string[]>(entities.map((n) => [n.id, []]));
  for (const edge of graph.edges) {
    if (!ids.has(edge.source) || !ids.has(edge.target)) continue;
    adjacency.get(edge.source)?.push(edge.target);
    adjacency.get(edge.target)?.push(edge.source);
  }
  const degree = (id: string): number => adjacency.get(id)?.length ?? 0;
  let hub = entities[0]?.id ?? '';
  for (const { id } of entities) if (degree(id) > degree(hub)) hub = id;
  const leaf = entities.find((n) => degree(n.id) === 1)?.id ?? entities.at(-1)?.id ?? '';

  // The farthest entity (at most 5 hops) from the leaf, so the path search has work to do.
  const distance = new Map<string, number>([[leaf, 0]]);
  let frontier = [leaf];
  let farthest = leaf;
  for (let hops = 1; hops <= 5 && frontier.length > 0; hops++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const other of adjacency.get(id) ?? []) {
        if (distance.has(other)) continue;
        distance.set(other, hops);
        next.push(other);
      }
    }
    if (next.length > 0) farthest = next.sort()[Math.floor(next.length / 2)] ?? farthest;
    frontier = next;
  }

  const frequency = new Map<string, number>();
  for (const n of entities) {
    for (const w of new Set([...wordsOf(n.properties.name_ar), ...wordsOf(n.properties.name_en)])) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  }
  const mentionCount = new Map<string, number>(mentionCounts ?? []);
  if (mentionCounts === undefined) for (const edge of graph.edges) if (edge.type === 'MENTIONS') mentionCount.set(edge.target, (mentionCount.get(edge.target) ?? 0) + 1);
  let mentioned = hub;
  for (const [id, n] of mentionCount) if (n > (mentionCount.get(mentioned) ?? 0)) mentioned = id;

  const rare = Math.max(2, Math.floor(entities.length / 500));
  // What an analyst types: a name of a person, place, agency, organisation or cell, not a date or an event.
  const nameable = entities.filter((n) => !n.labels.includes('Date') && !n.labels.includes('Event') && /[\u0600-\u06FF]/.test(typeof n.properties.name_ar === 'string' ? n.properties.name_ar : ''));
  const third = Math.floor(nameable.length / 3);
  const named = nameable[third] ?? entities[Math.floor(entities.length / 3)];
  // Many generated entities have no English name: the Latin query is the next one's that has a word to type.
  const latinNamed = [...nameable.slice(third), ...nameable.slice(0, third)].find((n) => wordsOf(n.properties.name_en).length > 0) ?? named;
  return {
    hub,
    hubDegree: degree(hub),
    mentioned,
    mentions: mentionCount.get(mentioned) ?? 0,
    leaf,
    pathFrom: leaf,
    pathTo: farthest,
    pathHops: distance.get(farthest) ?? 0,
    arabicQuery: distinctiveWord(named?.properties.name_ar, frequency, rare),
    latinQuery: distinctiveWord(latinNamed?.properties.name_en, frequency, rare),
  };
}

/** The probes of a graph that is only in a store (a generated corpus): its entities and facts, read once. */
export async function probesOfStore(db: Database): Promise<Probes> {
  const text = (v: unknown): string => (typeof v === 'string' ? v : '');
  const entities = await db.read(benchCypher('probe-entities'));
  const facts = await db.read(benchCypher('probe-facts'));
  const graph: Graph = {
    nodes: entities.map((e) => ({
      id: text(e.id),
      labels: Array.isArray(e.labels) ? e.labels.map(text) : [],
      properties: { name_ar: text(e.name_ar), name_en: text(e.name_en) },
    })),
    edges: facts.map((f) => ({ id: text(f.id), type: text(f.type), source: text(f.source), target: text(f.target), properties: {} })),
  };
  return probesOf(graph, new Map(entities.map((e) => [text(e.id), typeof e.mentions === 'number' ? e.mentions : 0])));
}
