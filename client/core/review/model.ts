/**
 * A dry run read for review, and what the analyst's decisions make of it: the payload `POST /api/articles`
 * commits (`reviewSchema`) and the preview of what will be added. Pure, so it is tested without a browser.
 */
import type { Graph, GraphNode } from '../../../contract/graph.ts';
import type { EntityKind } from '../../../contract/kinds.ts';
import type { Review } from '../../../contract/workbench.ts';

export interface ProposedMention {
  /** The dry run's edge id: the review names the mention by it. */
  id: string;
  sentenceId: string;
  entityId: string;
  start: number;
  end: number;
  surface: string;
  confidence: number;
}

export interface ProposedSentence {
  id: string;
  /** 0 for the headline, then 1, 2… as the panels cite them. */
  index: number;
  paragraph: number;
  text: string;
  mentions: ProposedMention[];
}

export interface ProposedEntity {
  id: string;
  kind: string;
  nameAr: string | null;
  nameEn: string | null;
  /** `new`: extraction proposes it; `linked`: the graph already has it. */
  ingest: 'new' | 'linked';
  rule: string | null;
  confidence: number;
  /** Known entities it may be (resolution was not sure): the analyst picks one, or keeps it new. */
  possiblySameAs: string[];
}

export interface ProposedFact {
  id: string;
  type: string;
  source: string;
  target: string;
  /** `new`: a fact the graph lacks; `supported`: one it has, which this article states again. */
  ingest: 'new' | 'supported';
  confidence: number;
  /** The sentences whose supports state it. */
  sentences: string[];
}

export interface DryRunModel {
  articleId: string;
  /** The article text the dry run read (from a file, the page's main text): the commit sends it back. */
  text: string;
  sentences: ProposedSentence[];
  entities: ReadonlyMap<string, ProposedEntity>;
  facts: ProposedFact[];
}

/** A known entity the analyst linked something to, with what the preview needs to draw it. */
export interface LinkTarget {
  id: string;
  kind: string;
  nameAr: string | null;
  nameEn: string | null;
}

export type Decision = 'accept' | 'reject';

export interface EntityDecision {
  decision?: Decision;
  kind?: EntityKind;
  linkTo?: LinkTarget;
}

export interface MentionDecision {
  decision?: Decision;
  linkTo?: LinkTarget;
}

export interface NewEntity {
  id: string;
  kind: EntityKind;
  nameAr: string;
  sentence: string;
  start: number;
  end: number;
}

export interface NewFact {
  source: string;
  type: string;
  target: string;
  sentence: string;
}

export interface Decisions {
  entities: Readonly<Record<string, EntityDecision>>;
  mentions: Readonly<Record<string, MentionDecision>>;
  facts: Readonly<Record<string, Decision>>;
  newEntities: readonly NewEntity[];
  newFacts: readonly NewFact[];
}

export const noDecisions: Decisions = { entities: {}, mentions: {}, facts: {}, newEntities: [], newFacts: [] };

const PROVENANCE = new Set(['HAS_SENTENCE', 'MENTIONS', 'CITES', 'ABOUT']);

const str = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value : null);
const num = (value: unknown, fallback: number): number => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);

export function kindOfNode(node: GraphNode): string {
  return node.labels.find((l) => l !== 'Entity') ?? 'Entity';
}

/** Reads the Graph JSON of a dry run: its sentences with their mentions, its entities and facts. */
export function readDryRun(graph: Graph): DryRunModel {
  const article = graph.nodes.find((n) => n.labels.includes('Article'));
  const sentences = new Map<string, ProposedSentence>();
  for (const node of graph.nodes) {
    if (!node.labels.includes('Sentence')) continue;
    const p = node.properties;
    sentences.set(node.id, { id: node.id, index: num(p.index, 0), paragraph: num(p.paragraph, 0), text: str(p.text) ?? '', mentions: [] });
  }
  const entities = new Map<string, ProposedEntity>();
  for (const node of graph.nodes) {
    if (!node.labels.includes('Entity')) continue;
    const p = node.properties;
    const same = Array.isArray(p.possibly_same_as) ? p.possibly_same_as.filter((x): x is string => typeof x === 'string') : [];
    entities.set(node.id, {
      id: node.id,
      kind: kindOfNode(node),
      nameAr: str(p.name_ar),
      nameEn: str(p.name_en),
      ingest: p.ingest === 'linked' ? 'linked' : 'new',
      rule: str(p.rule),
      confidence: num(p.confidence, 1),
      possiblySameAs: same,
    });
  }
  const supportsOf = new Map<string, { sentence: string; confidence: number }[]>();
  for (const node of graph.nodes) {
    if (!node.labels.includes('Support')) continue;
    const fact = str(node.properties.fact_id);
    const sentence = str(node.properties.sentence_id);
    if (!fact || !sentence) continue;
    const list = supportsOf.get(fact) ?? [];
    list.push({ sentence, confidence: num(node.properties.confidence, 1) });
    supportsOf.set(fact, list);
  }
  const facts: ProposedFact[] = [];
  for (const edge of graph.edges) {
    if (edge.type === 'MENTIONS') {
      const sentence = sentences.get(edge.source);
      if (!sentence) continue;
      const p = edge.properties;
      sentence.mentions.push({ id: edge.id, sentenceId: sentence.id, entityId: edge.target, start: num(p.start, 0), end: num(p.end, 0), surface: str(p.surface) ?? '', confidence: num(p.confidence, 1) });
      continue;
    }
    if (PROVENANCE.has(edge.type) || !entities.has(edge.source) || !entities.has(edge.target)) continue;
    const supports = supportsOf.get(edge.id) ?? [];
    facts.push({
      id: edge.id,
      type: edge.type,
      source: edge.source,
      target: edge.target,
      ingest: edge.properties.ingest === 'supported' ? 'supported' : 'new',
      confidence: supports.length > 0 ? Math.max(...supports.map((s) => s.confidence)) : 1,
      sentences: [...new Set(supports.map((s) => s.sentence))],
    });
  }
  for (const sentence of sentences.values()) sentence.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return {
    articleId: article?.id ?? '',
    text: str(article?.properties.text) ?? '',
    sentences: [...sentences.values()].sort((a, b) => a.index - b.index),
    entities,
    facts,
  };
}

// ---------- what the decisions make ----------

export type ReviewStatus = 'accepted' | 'rejected' | 'proposed';

/** Where an entity's mentions and facts go: itself, a known entity it is linked to, or nowhere. */
export function entityTarget(decisions: Decisions, id: string): string | null {
  const d = decisions.entities[id];
  if (d?.linkTo) return d.linkTo.id;
  return d?.decision === 'reject' ? null : id;
}

export function entityStatus(model: DryRunModel, decisions: Decisions, id: string): ReviewStatus {
  const d = decisions.entities[id];
  if (d?.linkTo) return 'accepted';
  if (d?.decision) return d.decision === 'accept' ? 'accepted' : 'rejected';
  return model.entities.get(id)?.ingest === 'linked' ? 'accepted' : 'proposed';
}

export function mentionStatus(decisions: Decisions, mention: ProposedMention): ReviewStatus {
  const d = decisions.mentions[mention.id];
  if (d?.linkTo) return 'accepted';
  if (d?.decision) return d.decision === 'accept' ? 'accepted' : 'rejected';
  if (entityTarget(decisions, mention.entityId) === null) return 'rejected';
  return decisions.entities[mention.entityId]?.decision === 'accept' ? 'accepted' : 'proposed';
}

/** Which entity a mention ends up on. */
export function mentionTarget(decisions: Decisions, mention: ProposedMention): string | null {
  const linked = decisions.mentions[mention.id]?.linkTo;
  if (linked) return linked.id;
  if (decisions.mentions[mention.id]?.decision === 'reject') return null;
  return entityTarget(decisions, mention.entityId);
}

export function factStatus(decisions: Decisions, fact: ProposedFact): ReviewStatus {
  if (entityTarget(decisions, fact.source) === null || entityTarget(decisions, fact.target) === null) return 'rejected';
  const d = decisions.facts[fact.id];
  return d === 'accept' ? 'accepted' : d === 'reject' ? 'rejected' : 'proposed';
}

export function factsOfSentence(model: DryRunModel, sentenceId: string): ProposedFact[] {
  return model.facts.filter((f) => f.sentences.includes(sentenceId));
}

/** The review `POST /api/articles` commits. */
export function toReview(model: DryRunModel, decisions: Decisions, acceptRest: boolean): Review {
  const entities: Review['entities'] = [];
  for (const [id, d] of Object.entries(decisions.entities)) {
    if (!model.entities.has(id)) continue;
    const decision = d.decision ?? (d.linkTo || d.kind ? 'accept' : undefined);
    if (!decision) continue;
    entities.push({ id, decision, ...(d.kind ? { kind: d.kind } : {}), ...(d.linkTo ? { linkTo: d.linkTo.id } : {}) });
  }
  const mentions: Review['mentions'] = [];
  for (const [id, d] of Object.entries(decisions.mentions)) {
    const decision = d.decision ?? (d.linkTo ? 'accept' : undefined);
    if (decision) mentions.push({ id, decision, ...(d.linkTo ? { linkTo: d.linkTo.id } : {}) });
  }
  return {
    entities,
    mentions,
    facts: Object.entries(decisions.facts).map(([id, decision]) => ({ id, decision })),
    newEntities: decisions.newEntities.map((e) => ({ id: e.id, kind: e.kind, name_ar: e.nameAr, sentence: e.sentence, start: e.start, end: e.end })),
    newFacts: decisions.newFacts.map((f) => ({ ...f })),
    acceptRest,
  };
}

// ---------- bulk decisions ----------

/** Accepts every proposal of one sentence the analyst has not decided: its mentions, their entities, its facts. */
export function acceptSentence(model: DryRunModel, decisions: Decisions, sentenceId: string): Decisions {
  const sentence = model.sentences.find((s) => s.id === sentenceId);
  if (!sentence) return decisions;
  const entities = { ...decisions.entities };
  const mentions = { ...decisions.mentions };
  const facts = { ...decisions.facts };
  for (const m of sentence.mentions) {
    mentions[m.id] ??= { decision: 'accept' };
    const e = entities[m.entityId] ?? {};
    if (!e.decision && !e.linkTo) entities[m.entityId] = { ...e, decision: 'accept' };
  }
  for (const f of factsOfSentence(model, sentenceId)) facts[f.id] ??= 'accept';
  return { ...decisions, entities, mentions, facts };
}

/** Accepts every undecided proposal at or above a confidence. */
export function acceptAbove(model: DryRunModel, decisions: Decisions, threshold: number): Decisions {
  const entities = { ...decisions.entities };
  const mentions = { ...decisions.mentions };
  const facts = { ...decisions.facts };
  for (const e of model.entities.values()) {
    const d = entities[e.id] ?? {};
    if (e.ingest === 'new' && e.confidence >= threshold && !d.decision && !d.linkTo) entities[e.id] = { ...d, decision: 'accept' };
  }
  for (const s of model.sentences) for (const m of s.mentions) if (m.confidence >= threshold) mentions[m.id] ??= { decision: 'accept' };
  for (const f of model.facts) if (f.confidence >= threshold) facts[f.id] ??= 'accept';
  return { ...decisions, entities, mentions, facts };
}

/** A readable, collision-safe id for an entity made from a span: `analyst-<kind>-<hash of article, sentence, offsets>`. */
export function newEntityId(kind: EntityKind, sentence: string, start: number, end: number): string {
  let hash = 0x811c9dc5;
  for (const char of `${sentence}:${start}:${end}`) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `analyst-${kind.toLowerCase()}-${hash.toString(16).padStart(8, '0')}`;
}

// ---------- preview ----------

export interface PreviewNode {
  id: string;
  kind: string;
  nameAr: string | null;
  nameEn: string | null;
  /** `new`: written by this commit; `linked`: the graph has it already. */
  role: 'new' | 'linked';
}

export interface PreviewEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  role: 'new' | 'supported';
}

export interface Preview {
  nodes: PreviewNode[];
  edges: PreviewEdge[];
}

/** What committing now would add to the graph or touch in it: nothing rejected, links followed. */
export function preview(model: DryRunModel, decisions: Decisions): Preview {
  const nodes = new Map<string, PreviewNode>();
  const linked = (target: LinkTarget): void => {
    if (!nodes.has(target.id)) nodes.set(target.id, { ...target, role: 'linked' });
  };
  const entityNode = (id: string): void => {
    const e = model.entities.get(id);
    const d = decisions.entities[id];
    if (d?.linkTo) return linked(d.linkTo);
    if (!e || d?.decision === 'reject' || nodes.has(id)) return;
    nodes.set(id, { id, kind: d?.kind ?? e.kind, nameAr: e.nameAr, nameEn: e.nameEn, role: e.ingest === 'linked' ? 'linked' : 'new' });
  };
  for (const s of model.sentences) {
    for (const m of s.mentions) {
      const to = decisions.mentions[m.id]?.linkTo;
      if (to) linked(to);
      else if (mentionTarget(decisions, m) !== null) entityNode(m.entityId);
    }
  }
  for (const e of decisions.newEntities) nodes.set(e.id, { id: e.id, kind: e.kind, nameAr: e.nameAr, nameEn: null, role: 'new' });
  const edges = new Map<string, PreviewEdge>();
  for (const f of model.facts) {
    if (factStatus(decisions, f) === 'rejected') continue;
    const source = entityTarget(decisions, f.source);
    const target = entityTarget(decisions, f.target);
    if (source === null || target === null || source === target) continue;
    entityNode(f.source);
    entityNode(f.target);
    edges.set(f.id, { id: f.id, type: f.type, source, target, role: f.ingest });
  }
  decisions.newFacts.forEach((f, i) => {
    if (nodes.has(f.source) && nodes.has(f.target)) edges.set(`new-fact-${i}`, { id: `new-fact-${i}`, type: f.type, source: f.source, target: f.target, role: 'new' });
  });
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
