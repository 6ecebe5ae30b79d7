/**
 * Ingesting an article, the use case the HTTP API and the command line share: extract what the text says
 * against what the graph knows, plan the batch, and either show it (a dry run writes nothing) or add it in
 * one transaction. Retracting takes an article out again.
 */
import type { ArticleInput, IngestResult, IngestedArticle } from '../contract/api.ts';
import type { Graph, GraphNode } from '../contract/graph.ts';
import { notFound } from '../domain/errors.ts';
import { createExtractor, type Extraction, type GrowingExtractor, type KnownEntity } from '../extract/index.ts';
import { articleIdOf } from '../store/article-batch.ts';
import { addArticle, resolveFactIds, retractArticle, type RetractSummary } from '../store/article-writer.ts';
import { batchGraph } from '../store/batch-graph.ts';
import type { Database } from '../store/database.ts';
import { SEARCH_KEYS } from '../store/entity-keys.ts';
import { readGraphVersion } from '../store/graph-version.ts';
import { readEntityNodes, readKnownEntities, readKnownEntitiesById, takenEntityIds, type KnownEntityNames } from '../store/known-entities.ts';
import { articleExists } from '../store/articles.ts';
import { baseSlug, planArticle, type Plan } from './plan.ts';
import { applyReview } from './review.ts';
import type { Review } from '../contract/workbench.ts';

export interface IngestOptions {
  /** Extract as if the graph were empty (no linking), to measure extraction alone; dry runs only. */
  empty?: boolean;
}

interface PreparedExtractor {
  /** The graph version it knows everything of. */
  version: number;
  extractor: GrowingExtractor;
  names: Map<string, string[]>;
}

/**
 * One extractor per database, for the graph version it knows. Building it reads every entity's names (seconds
 * at 100k entities), so it is built when a process first ingests and again only when another process (or a
 * correction, a retraction, an undo) changed the graph; this process's own additions extend it (`learn`).
 */
const extractors = new WeakMap<Database, Promise<PreparedExtractor>>();
const EMPTY: PreparedExtractor = { version: -1, extractor: createExtractor([]), names: new Map() };

const knownEntity = (k: KnownEntityNames): KnownEntity => ({ id: k.id, kind: k.kind, names: k.names, ...(k.standaloneOnly ? { standaloneOnly: true } : {}) });

let builds = 0;

/** How many extractors this process has built over the graph's entities (the benchmarks report it). */
export const extractorBuilds = (): number => builds;

async function buildExtractor(db: Database, version: number): Promise<PreparedExtractor> {
  builds += 1;
  const known = await readKnownEntities(db);
  return { version, extractor: createExtractor(known.map(knownEntity)), names: new Map(known.map((k) => [k.id, k.names])) };
}

export async function extractorFor(db: Database, options: IngestOptions = {}): Promise<PreparedExtractor> {
  if (options.empty === true) return EMPTY;
  const version = await readGraphVersion(db);
  const cached = extractors.get(db);
  if (cached) {
    const prepared = await cached.catch(() => null);
    if (prepared?.version === version) return prepared;
  }
  const next = buildExtractor(db, version);
  extractors.set(db, next);
  next.catch(() => extractors.delete(db));
  return next;
}

/**
 * After this process added an article as graph version `version`: when the extractor knew the version just
 * before it, nobody else wrote in between, so the entities the article named (new ones, and the spellings it
 * gave known ones) are all it lacks: their names are read back as stored and added to it.
 */
function learn(db: Database, ids: readonly string[], version: number): void {
  const cached = extractors.get(db);
  if (!cached) return;
  const next = cached.then(async (prepared) => {
    if (prepared.version !== version - 1) return prepared;
    const known = await readKnownEntitiesById(db, ids);
    prepared.extractor.extend(known.map(knownEntity));
    for (const k of known) prepared.names.set(k.id, k.names);
    prepared.version = version;
    return prepared;
  });
  extractors.set(db, next);
  // A failed read leaves an extractor that may lack the article: the next ingestion builds a new one.
  next.catch(() => extractors.delete(db));
}

/** Every new entity under a slug no entity of the graph has. */
async function takenSlugs(db: Database, extraction: Extraction): Promise<Set<string>> {
  const bases = extraction.entities.filter((e) => e.existingId === null).map(baseSlug);
  const taken = await takenEntityIds(db, bases);
  // A taken base makes the plan try base-2, base-3…: ask for those too, until a free one is known.
  for (let n = 2; n <= 50; n += 1) {
    const next = [...taken].filter((id) => bases.includes(id.replace(/-\d+$/, ''))).map((id) => `${id.replace(/-\d+$/, '')}-${n}`);
    if (next.length === 0) break;
    const more = await takenEntityIds(db, next);
    if (more.size === 0) break;
    for (const id of more) taken.add(id);
  }
  return taken;
}

function summary(fields: ArticleInput, text: string, plan: Plan): IngestedArticle {
  return {
    id: articleIdOf(text),
    title: fields.title ?? null,
    outlet: fields.outlet ?? null,
    published: fields.published ?? null,
    url: fields.url ?? null,
    sentences: plan.batch.sentences.length,
    mentions: plan.batch.mentions.length,
    entities: { linked: plan.linked, new: plan.created, possiblySameAs: plan.possiblySameAs },
    facts: plan.batch.facts.length,
  };
}

const publicNode = (node: GraphNode): GraphNode => ({
  ...node,
  properties: Object.fromEntries(Object.entries(node.properties).filter(([key]) => !(SEARCH_KEYS as readonly string[]).includes(key))),
});

/**
 * Graph JSON of what ingesting would add or touch: the Article, its Sentences, every entity it mentions
 * (known ones as the graph holds them), the facts it states under the ids the writer would give them, and
 * the supports and mentions that carry each proposal's rule and confidence. `ingest` says which nodes and
 * facts are new and which the graph already has.
 */
async function previewGraph(db: Database, plan: Plan, by: string): Promise<Graph> {
  const { ids, created } = await resolveFactIds((query, params) => db.read(query, params), plan.batch.facts);
  const graph = batchGraph(plan.batch, by, ids);
  const stored = new Map((await readEntityNodes(db, plan.linked)).map((n) => [n.id, n]));
  const newFacts = new Set(ids.filter((_, i) => created[i]));
  return {
    nodes: graph.nodes.map((node) => {
      const known = stored.get(node.id);
      if (known) return { ...known, properties: { ...known.properties, ingest: 'linked' } };
      return node.labels.includes('Entity') ? publicNode({ ...node, properties: { ...node.properties, ingest: 'new' } }) : node;
    }),
    edges: graph.edges.map((edge) =>
      ['HAS_SENTENCE', 'MENTIONS', 'CITES'].includes(edge.type) ? edge : { ...edge, properties: { ...edge.properties, ingest: newFacts.has(edge.id) ? 'new' : 'supported' } },
    ),
  };
}

async function plan(db: Database, fields: ArticleInput, options: IngestOptions): Promise<Plan> {
  const { extractor, names } = await extractorFor(db, options);
  const extraction = extractor.extract(fields.text, fields.published === undefined ? {} : { published: fields.published });
  const taken = options.empty === true ? new Set<string>() : await takenSlugs(db, extraction);
  return planArticle(fields, fields.text, extraction, taken, names);
}

/** What ingesting the article would do, written nowhere. */
export async function previewArticle(db: Database, fields: ArticleInput, options: IngestOptions = {}, by = 'preview'): Promise<IngestResult> {
  const planned = await plan(db, fields, options);
  const duplicate = await articleExists(db, articleIdOf(fields.text));
  return { article: summary(fields, fields.text, planned), graph: await previewGraph(db, planned, by), ...(duplicate ? { duplicate: true } : {}) };
}

/**
 * What extraction alone finds, as if the graph were empty: no database is read, nothing is linked. This is
 * how extraction is measured apart from linking (`npm run ingest -- --print --empty`).
 */
export function previewWithoutGraph(fields: ArticleInput, by = 'preview'): IngestResult {
  const extraction = EMPTY.extractor.extract(fields.text, fields.published === undefined ? {} : { published: fields.published });
  const planned = planArticle(fields, fields.text, extraction, new Set(), new Map());
  const graph = batchGraph(planned.batch, by);
  return {
    article: summary(fields, fields.text, planned),
    graph: {
      nodes: graph.nodes.map((node) => (node.labels.includes('Entity') ? publicNode({ ...node, properties: { ...node.properties, ingest: 'new' } }) : node)),
      edges: graph.edges,
    },
  };
}

/**
 * Adds the article in one transaction; the same text again writes nothing and says `duplicate`. With a
 * `review` (an analyst's decisions on the dry run), what is written is the reviewed batch.
 */
export async function ingestArticle(db: Database, fields: ArticleInput, by: string, review?: Review): Promise<IngestResult & { version: number }> {
  const planned = await plan(db, fields, {});
  if (review !== undefined) {
    const { ids } = await resolveFactIds((query, params) => db.read(query, params), planned.batch.facts);
    const links = [...review.entities.flatMap((e) => (e.linkTo ? [e.linkTo] : [])), ...review.mentions.flatMap((m) => (m.linkTo ? [m.linkTo] : [])), ...review.newFacts.flatMap((f) => [f.source, f.target]), ...review.newEntities.map((e) => e.id)];
    const known = new Set([...planned.linked, ...(await takenEntityIds(db, links))]);
    planned.batch = applyReview(planned, articleIdOf(fields.text), ids, review, known);
  }
  const graph = await previewGraph(db, planned, by);
  const added = await addArticle(db, planned.batch, { by });
  const article = summary(fields, fields.text, planned);
  if (added.duplicate) return { article, graph: { nodes: [], edges: [] }, duplicate: true, version: added.version };
  learn(db, planned.batch.entities.map((e) => e.id), added.version);
  return { article, graph, version: added.version };
}

/** Takes an article and what only it said out of the graph. */
export async function retractStoredArticle(db: Database, id: string, by: string): Promise<RetractSummary> {
  const retracted = await retractArticle(db, id, { by });
  if (retracted === null) throw notFound('article-not-found', `No article has the id "${id}".`, { id });
  return retracted;
}
