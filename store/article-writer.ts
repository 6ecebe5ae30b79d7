/**
 * The writer: adds an article with what it says, and retracts one, each in ONE write transaction.
 * It never makes the database equal to an input: adding leaves every other article's sentences, mentions,
 * supports and entities as they were; retracting removes exactly what the article brought.
 * Every write bumps the graph version and is recorded as a :Change. The model: docs/decisions/0013-corpus-model.md.
 */
import { randomUUID } from 'node:crypto';
import type { Json } from '../contract/json.ts';
import { isEntityKind } from '../contract/kinds.ts';
import { invalid } from '../domain/errors.ts';
import {
  articleIdOf,
  factIdOf,
  mentionIdOf,
  sentenceIdOf,
  supportIdOf,
  type ArticleBatch,
  type FactInput,
} from './article-batch.ts';
import { cypher } from './cypher-files.ts';
import type { Database, Params, Row } from './database.ts';
import { derivedNameProperties } from './entity-keys.ts';
import { propertyProblem, toNeo4jProperties } from './property-values.ts';
import { normalizeArabic } from '../text/normalize.ts';

type Run = (query: string, params?: Params) => Promise<Row[]>;

const TYPE = /^[A-Z][A-Z0-9_]*$/;
const SLUG = /^[a-z0-9][a-z0-9_-]*$/;

/** Who writes and why, for the change record. */
export interface WriteContext {
  /** The identity of the writer: `local`, `editor`, `seed`, `cli`… */
  by: string;
  /** Test hook: fail inside the transaction after this many statements, to prove nothing is half-written. */
  failAfterStatements?: number;
}

export class InjectedWriteFailure extends Error {
  override name = 'InjectedWriteFailure';
}

export interface AddSummary {
  articleId: string;
  duplicate: boolean;
  sentences: number;
  mentions: number;
  entities: { created: string[]; linked: string[] };
  facts: { created: string[]; supported: string[] };
  supports: number;
  version: number;
}

export interface RetractSummary {
  articleId: string;
  deletedFacts: number;
  deletedEntities: number;
  version: number;
}

const asText = (value: Json | undefined): string => (typeof value === 'string' ? value : '');

const count = (rows: Row[], key = 'count'): number => {
  const value = rows[0]?.[key];
  return typeof value === 'number' ? value : 0;
};

/** Refuses a batch the store cannot hold consistently, naming the first problem. */
function checkBatch(batch: ArticleBatch): void {
  const problems: string[] = [];
  const sentences = new Set(batch.sentences.map((s) => s.local));
  const entities = new Set<string>();
  batch.entities.forEach((e, i) => {
    if (!SLUG.test(e.id)) problems.push(`entities[${i}].id: "${e.id}" is not a lowercase slug`);
    const kind: string = e.kind;
    if (!isEntityKind(kind)) problems.push(`entities[${i}].kind: "${kind}" is not a kind`);
    if (entities.has(e.id)) problems.push(`entities[${i}].id: "${e.id}" appears twice`);
    entities.add(e.id);
    const problem = propertyProblem(e.properties, (key) => `entities[${i}].properties.${key}`);
    if (problem) problems.push(problem);
  });
  batch.mentions.forEach((m, i) => {
    if (!sentences.has(m.sentence)) problems.push(`mentions[${i}].sentence: no sentence "${m.sentence}"`);
    if (!entities.has(m.entityId)) problems.push(`mentions[${i}].entityId: "${m.entityId}" is not among the batch's entities`);
  });
  batch.facts.forEach((f, i) => {
    if (!TYPE.test(f.type)) problems.push(`facts[${i}].type: relationship types are UPPER_SNAKE`);
    if (!entities.has(f.source) || !entities.has(f.target)) problems.push(`facts[${i}]: both ends must be among the batch's entities`);
    if (f.source === f.target) problems.push(`facts[${i}]: a fact needs two different ends`);
    if (f.supports.length === 0) problems.push(`facts[${i}]: a fact needs at least one supporting sentence`);
    for (const s of f.supports) if (!sentences.has(s.sentence)) problems.push(`facts[${i}].supports: no sentence "${s.sentence}"`);
    const problem = propertyProblem(f.properties, (key) => `facts[${i}].properties.${key}`);
    if (problem) problems.push(problem);
  });
  if (problems.length > 0) {
    throw invalid('invalid-article-batch', `The article cannot be stored: ${problems.slice(0, 5).join('; ')}`, {
      errors: problems.slice(0, 20).map((p) => ({ path: p.split(':')[0] ?? 'batch', message: p })),
    });
  }
}

/** A statement runner that counts statements and fails on request (WriteContext.failAfterStatements). */
function guarded(run: Run, context: WriteContext): Run {
  let statements = 0;
  return async (query, params) => {
    if (context.failAfterStatements !== undefined && statements >= context.failAfterStatements) {
      throw new InjectedWriteFailure(`injected failure after ${statements} statements`);
    }
    statements += 1;
    return run(query, params);
  };
}

const dateOf = (properties: Record<string, Json>): string | null => (typeof properties.date === 'string' ? properties.date : null);

/**
 * The id each incoming fact gets: a curated id when given, else the existing fact of that type between the
 * same ends with the same date (or without a date on either side), else a new id. `run` may be a read: a
 * dry run asks the same question without writing.
 */
export async function resolveFactIds(run: Run, facts: readonly FactInput[]): Promise<{ ids: string[]; created: boolean[] }> {
  const rows = facts.map((f, key) => ({ key, source: f.source, type: f.type, target: f.target }));
  const found = await run(cypher('writer/facts-between'), { rows });
  const existing = new Map<number, { id: string; date: string | null }[]>();
  for (const row of found) {
    const list = Array.isArray(row.existing) ? row.existing : [];
    existing.set(
      Number(row.key),
      list.map((x) => {
        const item = x !== null && typeof x === 'object' && !Array.isArray(x) ? x : {};
        return { id: asText(item.id), date: typeof item.date === 'string' ? item.date : null };
      }),
    );
  }
  const taken = new Set<string>();
  const ids: string[] = [];
  const created: boolean[] = [];
  facts.forEach((f, key) => {
    const stored = existing.get(key) ?? [];
    for (const s of stored) taken.add(s.id);
    const date = dateOf(f.properties);
    const same = f.id !== undefined ? stored.find((s) => s.id === f.id) : stored.find((s) => s.date === date || s.date === null || date === null);
    if (same) {
      ids.push(same.id);
      created.push(false);
      return;
    }
    let id = f.id ?? factIdOf(f.source, f.type, f.target);
    for (let ordinal = 2; taken.has(id); ordinal += 1) id = factIdOf(f.source, f.type, f.target, ordinal);
    taken.add(id);
    ids.push(id);
    created.push(true);
  });
  return { ids, created };
}

/** Recomputes the search keys and article spellings of the given entities from their names and mentions. */
export async function refreshEntityKeys(run: Run, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const rows = (await run(cypher('writer/entity-names'), { ids: [...new Set(ids)] })).map((row) => {
    const names = row.names !== null && typeof row.names === 'object' && !Array.isArray(row.names) ? row.names : {};
    const aliases = (Array.isArray(row.aliases) ? row.aliases : []).flatMap((a) =>
      a !== null && typeof a === 'object' && !Array.isArray(a) && typeof a.alias === 'string' ? [{ alias: a.alias, anaphora: a.anaphora === true }] : [],
    );
    const derived = derivedNameProperties(names, aliases);
    return {
      id: row.id,
      ...derived,
      spellings_ar: derived.spellings_ar.length > 0 ? derived.spellings_ar : null,
      descriptions_ar: derived.descriptions_ar.length > 0 ? derived.descriptions_ar : null,
    };
  });
  await run(cypher('writer/set-entity-keys'), { rows });
}

async function bumpVersion(run: Run): Promise<number> {
  return count(await run(cypher('writer/bump-version')), 'version');
}

async function recordChange(run: Run, context: WriteContext, change: Record<string, Json>): Promise<void> {
  await run(cypher('writer/record-change'), {
    id: randomUUID(),
    properties: toNeo4jProperties({ at: new Date().toISOString(), by: context.by, ...change }),
  });
}

/**
 * Adds an article: its node, its sentences, the entities it names (existing ones untouched), its mentions,
 * and the facts it states, each supported by its sentences. The same text (whitespace aside) again writes
 * nothing and answers `duplicate: true`.
 */
export async function addArticle(db: Database, batch: ArticleBatch, context: WriteContext): Promise<AddSummary> {
  checkBatch(batch);
  const articleId = articleIdOf(batch.article.text);
  const at = new Date().toISOString();
  return db.writeTransaction(async (plain) => {
    const run = guarded(plain, context);
    const [exists] = await run(cypher('writer/article-exists'), { id: articleId });
    if (exists?.exists === true) {
      return { articleId, duplicate: true, sentences: 0, mentions: 0, entities: { created: [], linked: [] }, facts: { created: [], supported: [] }, supports: 0, version: 0 };
    }
    const { article } = batch;
    const articleProperties = toNeo4jProperties({
      ...article.extra,
      text: article.text,
      title: article.title,
      url: article.url,
      outlet: article.outlet,
      published: article.published,
      language: article.language,
      ingested_at: at,
      sha256_prefix: articleId.slice(2),
      char_count: article.text.length,
      sentence_count: batch.sentences.filter((s) => s.headline !== true).length,
    });
    const sentenceId = (local: string): string => sentenceIdOf(articleId, local);
    const mentionCounts = new Map<string, number>();
    for (const m of batch.mentions) mentionCounts.set(m.sentence, (mentionCounts.get(m.sentence) ?? 0) + 1);
    await run(cypher('writer/create-article'), {
      id: articleId,
      properties: articleProperties,
      sentences: batch.sentences.map((s) => ({
        id: sentenceId(s.local),
        edgeId: `${articleId}-has-${s.local}`,
        properties: toNeo4jProperties({
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
        }),
      })),
    });

    const [known] = await run(cypher('writer/existing-entities'), { ids: batch.entities.map((e) => e.id) });
    const existing = new Set(Array.isArray(known?.ids) ? known.ids.map(String) : []);
    await run(cypher('writer/merge-entities'), {
      at,
      rows: batch.entities.map((e) => ({ id: e.id, kind: e.kind, origin: e.origin, properties: toNeo4jProperties(e.properties) })),
    });

    const sentenceStart = new Map(batch.sentences.map((s) => [s.local, s.start]));
    await run(cypher('writer/create-mentions'), {
      rows: batch.mentions.map((m) => {
        const sid = sentenceId(m.sentence);
        const offset = sentenceStart.get(m.sentence) ?? 0;
        return {
          id: mentionIdOf(sid, m.entityId, m.start),
          sentenceId: sid,
          entityId: m.entityId,
          properties: toNeo4jProperties({
            article_id: articleId,
            start: m.start,
            end: m.end,
            surface: m.surface,
            article_start: offset + m.start,
            article_end: offset + m.end,
            alias: m.alias,
            anaphora: m.anaphora === true,
            clitic: m.clitic,
            noise: m.noise,
            method: m.method,
            rule: m.rule ?? null,
            confidence: m.confidence,
            status: m.status,
          }),
        };
      }),
    });

    const { ids: factIds, created } = await resolveFactIds(run, batch.facts);
    const newFacts = batch.facts.flatMap((f, i) => (created[i] ? [{ f, id: factIds[i] ?? '' }] : []));
    await run(cypher('writer/create-facts'), {
      rows: newFacts.map(({ f, id }) => ({ id, source: f.source, target: f.target, type: f.type, properties: toNeo4jProperties(f.properties) })),
    });
    const supports = batch.facts.flatMap((f, i) =>
      f.supports.map((s) => {
        const factId = factIds[i] ?? '';
        const sid = sentenceId(s.sentence);
        return {
          id: supportIdOf(sid, factId),
          sentenceId: sid,
          properties: toNeo4jProperties({
            fact_id: factId,
            fact_type: f.type,
            source_id: f.source,
            target_id: f.target,
            article_id: articleId,
            sentence_id: sid,
            method: s.method,
            rule: s.rule ?? null,
            confidence: s.confidence,
            status: s.status,
            note: s.note ?? null,
            created_at: at,
            created_by: context.by,
          }),
        };
      }),
    );
    const uniqueSupports = [...new Map(supports.map((s) => [s.id, s])).values()];
    await run(cypher('writer/create-supports'), { rows: uniqueSupports });
    const touchedFacts = [...new Map(batch.facts.map((f, i) => [factIds[i] ?? '', { id: factIds[i] ?? '', source: f.source, target: f.target }])).values()];
    await run(cypher('writer/refresh-facts'), { rows: touchedFacts });
    await refreshEntityKeys(run, batch.entities.map((e) => e.id));

    const version = await bumpVersion(run);
    const createdEntities = batch.entities.filter((e) => !existing.has(e.id)).map((e) => e.id);
    await recordChange(run, context, {
      action: 'article.add',
      article_id: articleId,
      summary: `Added article ${articleId} (${batch.sentences.length} sentences, ${batch.mentions.length} mentions, ${batch.facts.length} facts).`,
      entity_ids: batch.entities.map((e) => e.id),
      graph_version: version,
    });
    return {
      articleId,
      duplicate: false,
      sentences: batch.sentences.length,
      mentions: batch.mentions.length,
      entities: { created: createdEntities, linked: batch.entities.filter((e) => existing.has(e.id)).map((e) => e.id) },
      facts: { created: newFacts.map((x) => x.id), supported: touchedFacts.map((x) => x.id).filter((id) => !newFacts.some((n) => n.id === id)) },
      supports: uniqueSupports.length,
      version,
    };
  });
}

/**
 * Retracts an article: its sentences, mentions and supports go; a fact with no support left goes; an
 * entity it touched that no article mentions and no fact joins any more goes, unless an analyst made it;
 * the search keys of the entities that stay are recomputed. Nothing else changes.
 */
export async function retractArticle(db: Database, articleId: string, context: WriteContext): Promise<RetractSummary | null> {
  return db.writeTransaction(async (plain) => {
    const run = guarded(plain, context);
    const [footprint] = await run(cypher('writer/article-footprint'), { id: articleId });
    if (!footprint) return null;
    const facts = (Array.isArray(footprint.facts) ? footprint.facts : [])
      .map((f) => (f !== null && typeof f === 'object' && !Array.isArray(f) ? f : {}))
      .filter((f) => typeof f.id === 'string')
      .map((f) => ({ id: asText(f.id), source: asText(f.source), target: asText(f.target) }));
    const mentioned = Array.isArray(footprint.mentioned) ? footprint.mentioned.filter((id): id is string => typeof id === 'string') : [];
    const touched = [...new Set([...mentioned, ...facts.flatMap((f) => [f.source, f.target])])];
    await run(cypher('writer/delete-article'), { id: articleId });
    const deletedFacts = count(await run(cypher('writer/refresh-facts'), { rows: facts }), 'deleted');
    const deletedEntities = count(await run(cypher('writer/delete-orphan-entities'), { ids: touched }), 'deleted');
    await refreshEntityKeys(run, touched);
    const version = await bumpVersion(run);
    await recordChange(run, context, {
      action: 'article.retract',
      article_id: articleId,
      summary: `Retracted article ${articleId}: ${deletedFacts} facts and ${deletedEntities} entities no longer stated anywhere were removed.`,
      entity_ids: touched,
      graph_version: version,
    });
    return { articleId, deletedFacts, deletedEntities, version };
  });
}
