/**
 * The Graph JSON of an extraction (contract/graph.ts): a node per proposed entity (id = existingId ?? slug)
 * and an edge per fact, with their provenance. Facts of one type between the same two entities are one edge
 * listing every sentence that states them, unless they are distinct facts (different dates): those get
 * `-2`, `-3`… ids. Article and Sentence nodes are the writer's.
 */
import type { Graph, GraphEdge, GraphNode } from '../contract/graph.ts';
import type { Json } from '../contract/json.ts';
import type { Extraction } from './types.ts';

export function extractionGraph(extraction: Extraction): Graph {
  const idOf = new Map(extraction.entities.map((e) => [e.key, e.existingId ?? e.slug]));
  const nodes: GraphNode[] = extraction.entities.map((e) => ({
    id: e.existingId ?? e.slug,
    labels: ['Entity', e.kind],
    properties: {
      name_ar: e.name_ar,
      ...(e.name_en === null ? {} : { name_en: e.name_en }),
      aliases_ar: e.aliases_ar,
      aliases_latin: e.aliases_latin,
      ...(e.description_en === null ? {} : { description_en: e.description_en }),
      ...(e.properties as Record<string, Json>),
      ...(e.possiblySameAs.length > 0 ? { possibly_same_as: e.possiblySameAs } : {}),
      rule: e.rule,
      confidence: e.confidence,
      status: 'proposed',
    },
  }));
  const edges: GraphEdge[] = [];
  const byTriple = new Map<string, GraphEdge[]>();
  for (const f of extraction.facts) {
    const source = idOf.get(f.source) ?? f.source;
    const target = idOf.get(f.target) ?? f.target;
    const base = `${source}-${f.type}-${target}`.toLowerCase();
    const same = byTriple.get(base) ?? [];
    const date = f.properties['date'];
    const existing = same.find((e) => e.properties['date'] === (date ?? null) || (date === undefined && e.properties['date'] === undefined));
    if (existing !== undefined) {
      const sentences = existing.properties['sentences'] as number[];
      if (!sentences.includes(f.sentence)) sentences.push(f.sentence);
      if (f.confidence > (existing.properties['confidence'] as number)) existing.properties['confidence'] = f.confidence;
      continue;
    }
    const edge: GraphEdge = {
      id: same.length === 0 ? base : `${base}-${same.length + 1}`,
      type: f.type,
      source,
      target,
      properties: { ...(f.properties as Record<string, Json>), rule: f.rule, confidence: f.confidence, sentence: f.sentence, sentences: [f.sentence], status: 'proposed' },
    };
    same.push(edge);
    byTriple.set(base, same);
    edges.push(edge);
  }
  return { nodes, edges };
}
