/**
 * Centrality and communities over the whole entity graph, with graphology: degree, betweenness (exact on
 * small graphs, sampled from a fixed set of sources on large ones), PageRank and Louvain communities.
 * Facts are read as undirected links (their direction is the grammar of a sentence, not a flow), parallel
 * facts between two entities as one link weighted by their number. Pure: ids and pairs in, numbers out.
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { createUnweightedIndexedBrandes } from 'graphology-shortest-path/indexed-brandes';

export type StructureGraph = Graph<Record<string, never>, { weight: number }>;

/** Above this many entities exact betweenness (one shortest-path search per entity) takes too long. */
export const EXACT_BETWEENNESS_LIMIT = 4000;
/** Sources of the sampled betweenness (Brandes and Pich 2007): the error shrinks with the square root of this. */
export const BETWEENNESS_SOURCES = 256;

/** mulberry32: deterministic, so a graph version always gets the same sample and the same communities. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function buildStructureGraph(ids: readonly string[], pairs: Iterable<readonly [string, string]>): StructureGraph {
  const graph: StructureGraph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const id of ids) graph.mergeNode(id);
  for (const [source, target] of pairs) {
    if (source === target || !graph.hasNode(source) || !graph.hasNode(target)) continue;
    if (graph.hasEdge(source, target)) graph.updateEdgeAttribute(source, target, 'weight', (w) => (w ?? 0) + 1);
    else graph.addEdge(source, target, { weight: 1 });
  }
  return graph;
}

/** How many facts join each entity to others. */
export function degreeScores(graph: StructureGraph): Record<string, number> {
  const scores: Record<string, number> = {};
  graph.forEachNode((node) => {
    let total = 0;
    graph.forEachEdge(node, (_edge, attributes) => {
      total += attributes.weight;
    });
    scores[node] = total;
  });
  return scores;
}

export function pagerankScores(graph: StructureGraph): Record<string, number> {
  if (graph.order === 0) return {};
  return pagerank(graph, { getEdgeWeight: 'weight', maxIterations: 200 });
}

export interface BetweennessResult {
  scores: Record<string, number>;
  exact: boolean;
  sources?: number;
}

/** Lets other requests run between slices of a long computation: the server answers while it works. */
const breathe = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Betweenness normalised as graphology does (1 / ((n-1)(n-2))). On a large graph only `sources` shortest-
 * path searches run, from entities drawn without replacement by a seeded generator, and their dependencies
 * are scaled by n / sources: the unbiased estimate of Brandes and Pich, with graphology's own searches.
 */
export async function betweennessScores(graph: StructureGraph, options: { exactLimit?: number; sources?: number; seed?: number } = {}): Promise<BetweennessResult> {
  const exactLimit = options.exactLimit ?? EXACT_BETWEENNESS_LIMIT;
  if (graph.order === 0) return { scores: {}, exact: true };
  if (graph.order <= exactLimit) return { scores: betweennessCentrality(graph, { getEdgeWeight: null, normalized: true }), exact: true };

  const n = graph.order;
  const k = Math.min(n, options.sources ?? BETWEENNESS_SOURCES);
  const brandes = createUnweightedIndexedBrandes(graph);
  const random = seededRandom(options.seed ?? 1);
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (n - i));
    const a = order[i] ?? i;
    order[i] = order[j] ?? j;
    order[j] = a;
  }
  const delta = new Float64Array(n);
  const centralities = new Float64Array(n);
  for (let i = 0; i < k; i++) {
    const source = order[i] ?? i;
    const [stack, predecessors, sigma] = brandes(source);
    delta.fill(0);
    while (stack.size !== 0) {
      const w = stack.pop() ?? 0;
      const coefficient = (1 + (delta[w] ?? 0)) / (sigma[w] ?? 1);
      for (const v of predecessors[w] ?? []) delta[v] = (delta[v] ?? 0) + (sigma[v] ?? 0) * coefficient;
      if (w !== source) centralities[w] = (centralities[w] ?? 0) + (delta[w] ?? 0);
    }
    if (i % 16 === 15) await breathe();
  }
  const scale = n <= 2 ? 0 : n / k / ((n - 1) * (n - 2));
  for (let i = 0; i < n; i++) centralities[i] = (centralities[i] ?? 0) * scale;
  // The searches number nodes in the graph's own order (graphology's neighbourhood index).
  const scores: Record<string, number> = {};
  graph.nodes().forEach((id, i) => {
    scores[id] = centralities[i] ?? 0;
  });
  return { scores, exact: false, sources: k };
}

export interface Communities {
  /** Entity id → community, numbered by size: 0 is the largest. */
  of: Record<string, number>;
  sizes: number[];
}

/** Louvain on the weighted links, seeded; communities renumbered from the largest down, ties by their first member. */
export function communities(graph: StructureGraph, seed = 1): Communities {
  if (graph.order === 0) return { of: {}, sizes: [] };
  const raw = louvain(graph, { getEdgeWeight: 'weight', rng: seededRandom(seed) });
  const members = new Map<number, string[]>();
  for (const [id, community] of Object.entries(raw)) {
    const list = members.get(community) ?? [];
    list.push(id);
    members.set(community, list);
  }
  const ranked = [...members.values()].map((ids) => ids.sort()).sort((a, b) => b.length - a.length || (a[0] ?? '').localeCompare(b[0] ?? ''));
  const of: Record<string, number> = {};
  ranked.forEach((ids, index) => {
    for (const id of ids) of[id] = index;
  });
  return { of, sizes: ranked.map((ids) => ids.length) };
}
