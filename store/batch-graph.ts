/**
 * The Graph JSON an article batch becomes when the writer adds it to an empty database: what
 * `npm run seed -- --print` prints and what a dry run shows. The writer and this function agree; the
 * writer's integration test compares the two (timestamps aside). `by` is the writer's identity; a dry run
 * against a graph that already holds some of the facts passes the ids the writer would give them.
 */
import type { Graph, GraphEdge, GraphNode } from '../contract/graph.ts';
import type { Json } from '../contract/json.ts';
import { normalizeArabic } from '../text/normalize.ts';
import { articleIdOf, articleKeyOf, EVIDENCE_LIMIT, factIdOf, mentionIdOf, mentionProperties, sentenceIdOf, supportIdOf, supportProperties, type ArticleBatch } from './article-batch.ts';
import { derivedNameProperties } from './entity-keys.ts';

/** Properties whose value is the time of the write; a printed graph leaves them out. */
export const WRITE_TIME_PROPERTIES: ReadonlySet<string> = new Set(['ingested_at', 'created_at']);

const withoutNulls = (properties: Record<string, Json>): Record<string, Json> =>
  Object.fromEntries(Object.entries(properties).filter(([, v]) => v !== null));

/** Edge properties leave out `id`, which is the edge's own id (Graph JSON's convention). */
export function batchGraph(batch: ArticleBatch, by = 'seed', resolvedFactIds?: readonly string[]): Graph {
  const articleId = articleIdOf(batch.article.text);
  const sid = (local: string): string => sentenceIdOf(articleId, local);
  const { article } = batch;
  const mentionCounts = new Map<string, number>();
  for (const m of batch.mentions) mentionCounts.set(m.sentence, (mentionCounts.get(m.sentence) ?? 0) + 1);
  const sentenceStart = new Map(batch.sentences.map((s) => [s.local, s.start]));
  const sentenceIndex = new Map(batch.sentences.map((s) => [s.local, s.index]));
  const articleKey = articleKeyOf(article.published, articleId);

  const nodes: GraphNode[] = [
    {
      id: articleId,
      labels: ['Article'],
      properties: withoutNulls({
        ...article.extra,
        id: articleId,
        text: article.text,
        title: article.title,
        url: article.url,
        outlet: article.outlet,
        published: article.published,
        language: article.language,
        sha256_prefix: articleId.slice(2),
        char_count: article.text.length,
        sentence_count: batch.sentences.filter((s) => s.headline !== true).length,
      }),
    },
    ...batch.sentences.map((s) => ({
      id: sid(s.local),
      labels: ['Sentence'],
      properties: {
        id: sid(s.local),
        article_id: articleId,
        index: s.index,
        paragraph: s.paragraph,
        position: s.position,
        line: s.line,
        start: s.start,
        end: s.end,
        text: s.text,
        text_norm: normalizeArabic(s.text),
        headline: s.headline === true,
        mention_count: mentionCounts.get(s.local) ?? 0,
      },
    })),
  ];
  const edges: GraphEdge[] = batch.sentences.map((s) => ({
    id: `${articleId}-has-${s.local}`,
    type: 'HAS_SENTENCE',
    source: articleId,
    target: sid(s.local),
    properties: { index: s.index },
  }));

  const aliasesOf = new Map<string, { alias: string; anaphora: boolean }[]>();
  for (const m of batch.mentions) {
    if (m.status === 'rejected') continue;
    aliasesOf.set(m.entityId, [...(aliasesOf.get(m.entityId) ?? []), { alias: m.alias, anaphora: m.anaphora === true }]);
  }
  for (const e of batch.entities) {
    const derived = derivedNameProperties(e.properties, aliasesOf.get(e.id) ?? []);
    nodes.push({
      id: e.id,
      labels: ['Entity', e.kind],
      properties: withoutNulls({
        ...e.properties,
        id: e.id,
        kind: e.kind,
        origin: e.origin,
        search_ar: derived.search_ar,
        search_latin: derived.search_latin,
        keys_norm: derived.keys_norm,
        spellings_ar: derived.spellings_ar.length > 0 ? derived.spellings_ar : null,
        descriptions_ar: derived.descriptions_ar.length > 0 ? derived.descriptions_ar : null,
      }),
    });
  }
  for (const m of batch.mentions) {
    const sentenceId = sid(m.sentence);
    const offset = sentenceStart.get(m.sentence) ?? 0;
    const id = mentionIdOf(sentenceId, m.entityId, m.start);
    edges.push({
      id,
      type: 'MENTIONS',
      source: sentenceId,
      target: m.entityId,
      properties: withoutNulls(mentionProperties(m, { articleId, articleKey }, offset)),
    });
  }

  // Facts of one batch into an empty graph: the first of a type between two ends takes the plain id; a
  // second one with another date takes `-2`, like the writer does.
  const factIds = new Map<string, string>();
  const takenBetween = new Map<string, { id: string; date: string | null }[]>();
  batch.facts.forEach((f, i) => {
    const key = `${f.source}|${f.type}|${f.target}`;
    const stored = takenBetween.get(key) ?? [];
    const date = typeof f.properties.date === 'string' ? f.properties.date : null;
    const same = f.id !== undefined ? stored.find((s) => s.id === f.id) : stored.find((s) => s.date === date || s.date === null || date === null);
    let id = same?.id ?? f.id ?? factIdOf(f.source, f.type, f.target);
    for (let ordinal = 2; !same && stored.some((s) => s.id === id); ordinal += 1) id = factIdOf(f.source, f.type, f.target, ordinal);
    if (!same) stored.push({ id, date });
    takenBetween.set(key, stored);
    factIds.set(String(i), resolvedFactIds?.[i] ?? id);
  });
  const factEdges = new Map<string, GraphEdge>();
  const supportsOf = new Map<string, { sentence: string; index: number; status: string }[]>();
  batch.facts.forEach((f, i) => {
    const id = factIds.get(String(i)) ?? '';
    if (!factEdges.has(id)) {
      factEdges.set(id, { id, type: f.type, source: f.source, target: f.target, properties: withoutNulls(f.properties) });
    }
    for (const s of f.supports) {
      const sentenceId = sid(s.sentence);
      const supportId = supportIdOf(sentenceId, id);
      if (nodes.some((n) => n.id === supportId)) continue;
      nodes.push({
        id: supportId,
        labels: ['Support'],
        properties: withoutNulls({ id: supportId, ...supportProperties(s, { id, type: f.type, source: f.source, target: f.target }, { articleId, articleKey, sentenceId }, by) }),
      });
      edges.push({ id: `${supportId}-cites`, type: 'CITES', source: supportId, target: sentenceId, properties: {} });
      supportsOf.set(id, [...(supportsOf.get(id) ?? []), { sentence: sentenceId, index: sentenceIndex.get(s.sentence) ?? 0, status: s.status }]);
    }
  });
  for (const [id, edge] of factEdges) {
    const supports = [...(supportsOf.get(id) ?? [])].sort((a, b) => a.index - b.index);
    const evidence = supports.filter((s) => s.status !== 'rejected').map((s) => s.sentence);
    const status = supports.some((s) => s.status === 'accepted') ? 'accepted' : supports.some((s) => s.status === 'proposed') ? 'proposed' : 'rejected';
    edges.push({ ...edge, properties: { ...edge.properties, evidence: evidence.slice(0, EVIDENCE_LIMIT), support_count: evidence.length, status } });
  }
  return { nodes, edges };
}
