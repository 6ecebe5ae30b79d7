/**
 * The writer: adds an article with what it says, and retracts one, each in ONE write transaction.
 * It never makes the database equal to an input: adding leaves every other article's sentences, mentions,
 * supports and entities as they were; retracting removes exactly what the article brought.
 * Every write bumps the graph version and is recorded as a :Change. The model: docs/decisions/0013-corpus-model.md.
 */
import type { Json } from '../contract/json.ts';
import { isEntityKind } from '../contract/kinds.ts';
import { invalid } from '../domain/errors.ts';
import {
  articleIdOf,
  articleKeyOf,
  EVIDENCE_LIMIT,
  factIdOf,
  mentionIdOf,
  mentionProperties,
  sentenceIdOf,
  supportProperties,
  supportIdOf,
  type ArticleBatch,
  type FactInput,
} from './article-batch.ts';
import { cypher } from './cypher-files.ts';
import type { Database } from './database.ts';
import { derivedNameProperties, type MentionAlias } from './entity-keys.ts';
import { propertyProblem, toNeo4jProperties } from './property-values.ts';
import { normalizeArabic } from '../text/normalize.ts';
import type { Footprint, NodeKey, RelationshipKey } from './footprint.ts';
import { recordedWrite, type Run, type WriteContext } from './recorded-write.ts';

export { InjectedWriteFailure, type WriteContext } from './recorded-write.ts';

const TYPE = /^[A-Z][A-Z0-9_]*$/;
const SLUG = /^[a-z0-9][a-z0-9_-]*$/;

export interface AddSummary {
  articleId: string;
  duplicate: boolean;
  sentences: number;
  mentions: number;
  entities: { created: string[]; linked: string[] };
  facts: { created: string[]; supported: string[] };
  supports: number;
  version: number;
  /** The recorded change (absent for a duplicate, which writes nothing). */
  changeId?: string;
}

export interface RetractSummary {
  articleId: string;
  deletedFacts: number;
  deletedEntities: number;
  version: number;
  changeId: string;
}

const asText = (value: Json | undefined): string => (typeof value === 'string' ? value : '');

const count = (rows: readonly Record<string, Json>[], key = 'count'): number => {
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

const texts = (value: Json | undefined): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/**
 * The search keys of an article's entities once its mentions are added, without reading the mentions every
 * other article made: adding only ever adds aliases, and the spellings and descriptions an entity holds are
 * what its earlier mentions' aliases come to (derivedNameProperties keeps, for each normalised key, the first
 * alias in sorted order, and a key once a spelling stays one), so the new aliases are derived together with
 * them. The result is what `refreshEntityKeys` computes from every mention; only entities whose keys change
 * are written (a hub's full-text entry is not rewritten by each article that names it).
 */
async function extendEntityKeys(run: Run, batch: ArticleBatch): Promise<void> {
  const added = new Map<string, MentionAlias[]>();
  for (const m of batch.mentions) {
    if (m.status === 'rejected') continue;
    added.set(m.entityId, [...(added.get(m.entityId) ?? []), { alias: m.alias, anaphora: m.anaphora === true }]);
  }
  const rows: Record<string, Json>[] = [];
  for (const row of await run(cypher('writer/entity-keys'), { ids: batch.entities.map((e) => e.id) })) {
    const stored = row.stored !== null && typeof row.stored === 'object' && !Array.isArray(row.stored) ? row.stored : {};
    const earlier: MentionAlias[] = [...texts(stored.spellings_ar).map((alias) => ({ alias, anaphora: false })), ...texts(stored.descriptions_ar).map((alias) => ({ alias, anaphora: true }))];
    const derived = derivedNameProperties(stored, [...earlier, ...(added.get(asText(row.id)) ?? [])]);
    const next: Record<string, Json> = {
      search_ar: derived.search_ar,
      search_latin: derived.search_latin,
      keys_norm: derived.keys_norm,
      spellings_ar: derived.spellings_ar.length > 0 ? derived.spellings_ar : null,
      descriptions_ar: derived.descriptions_ar.length > 0 ? derived.descriptions_ar : null,
    };
    const same = Object.entries(next).every(([key, value]) => JSON.stringify(value) === JSON.stringify(stored[key] ?? null));
    if (!same) rows.push({ id: row.id ?? null, ...next });
  }
  if (rows.length > 0) await run(cypher('writer/set-entity-keys'), { rows });
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
  const duplicate: AddSummary = { articleId, duplicate: true, sentences: 0, mentions: 0, entities: { created: [], linked: [] }, facts: { created: [], supported: [] }, supports: 0, version: 0 };
  let factIds: string[] = [];
  let created: boolean[] = [];
  // What adding may change besides what it creates: the entities it names (their search keys) and the
  // facts it supports (their evidence).
  const before = async (run: Run): Promise<Footprint> => {
    ({ ids: factIds, created } = await resolveFactIds(run, batch.facts));
    return {
      nodes: batch.entities.map((e): NodeKey => ({ label: 'Entity', id: e.id })),
      relationships: batch.facts.flatMap((f, i): RelationshipKey[] =>
        created[i] ? [] : [{ id: factIds[i] ?? '', type: f.type, start: { label: 'Entity', id: f.source }, end: { label: 'Entity', id: f.target } }],
      ),
    };
  };
  const outcome = await recordedWrite<Omit<AddSummary, 'version' | 'changeId'>, AddSummary>(db, context, before, async (run) => {
    const [exists] = await run(cypher('writer/article-exists'), { id: articleId });
    if (exists?.exists === true) return { nothing: duplicate };
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
    const articleKey = articleKeyOf(article.published, articleId);
    await run(cypher('writer/create-mentions'), {
      rows: batch.mentions.map((m) => {
        const sid = sentenceId(m.sentence);
        const offset = sentenceStart.get(m.sentence) ?? 0;
        return {
          id: mentionIdOf(sid, m.entityId, m.start),
          sentenceId: sid,
          entityId: m.entityId,
          properties: toNeo4jProperties(mentionProperties(m, { articleId, articleKey }, offset)),
        };
      }),
    });

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
            ...supportProperties(s, { id: factId, type: f.type, source: f.source, target: f.target }, { articleId, articleKey, sentenceId: sid }, context.by),
            created_at: at,
          }),
        };
      }),
    );
    const uniqueSupports = [...new Map(supports.map((s) => [s.id, s])).values()];
    await run(cypher('writer/create-supports'), { rows: uniqueSupports });
    const touchedFacts = [...new Map(batch.facts.map((f, i) => [factIds[i] ?? '', { id: factIds[i] ?? '', source: f.source, target: f.target, type: f.type }])).values()];
    await run(cypher('writer/refresh-facts'), { rows: touchedFacts, evidenceLimit: EVIDENCE_LIMIT });
    await extendEntityKeys(run, batch);

    const createdEntities = batch.entities.filter((e) => !existing.has(e.id)).map((e) => e.id);
    const sentenceKey = (local: string): NodeKey => ({ label: 'Sentence', id: sentenceId(local) });
    const touched: Footprint = {
      nodes: [
        { label: 'Article', id: articleId },
        ...batch.sentences.map((s) => sentenceKey(s.local)),
        ...uniqueSupports.map((p): NodeKey => ({ label: 'Support', id: p.id })),
      ],
      relationships: [
        ...batch.sentences.map((s): RelationshipKey => ({ id: `${articleId}-has-${s.local}`, type: 'HAS_SENTENCE', start: { label: 'Article', id: articleId }, end: sentenceKey(s.local) })),
        ...batch.mentions.map((m): RelationshipKey => ({ id: mentionIdOf(sentenceId(m.sentence), m.entityId, m.start), type: 'MENTIONS', start: sentenceKey(m.sentence), end: { label: 'Entity', id: m.entityId } })),
        ...uniqueSupports.map((p): RelationshipKey => ({ id: `${p.id}-cites`, type: 'CITES', start: { label: 'Support', id: p.id }, end: { label: 'Sentence', id: p.sentenceId } })),
        ...touchedFacts.map((f): RelationshipKey => ({ id: f.id, type: f.type, start: { label: 'Entity', id: f.source }, end: { label: 'Entity', id: f.target } })),
      ],
    };
    return {
      touched,
      action: 'article.add',
      articleId,
      summary: `Added article ${articleId} (${batch.sentences.length} sentences, ${batch.mentions.length} mentions, ${batch.facts.length} facts).`,
      entityIds: batch.entities.map((e) => e.id),
      result: {
        articleId,
        duplicate: false,
        sentences: batch.sentences.length,
        mentions: batch.mentions.length,
        entities: { created: createdEntities, linked: batch.entities.filter((e) => existing.has(e.id)).map((e) => e.id) },
        facts: { created: newFacts.map((x) => x.id), supported: touchedFacts.map((x) => x.id).filter((id) => !newFacts.some((n) => n.id === id)) },
        supports: uniqueSupports.length,
      },
    };
  });
  if ('nothing' in outcome) return outcome.nothing;
  return { ...outcome.result, version: outcome.version, changeId: outcome.changeId };
}

/**
 * Retracts an article: its sentences, mentions and supports go; a fact with no support left goes; an
 * entity it touched that no article mentions and no fact joins any more goes, unless an analyst made it;
 * the search keys of the entities that stay are recomputed. Nothing else changes.
 */
export async function retractArticle(db: Database, articleId: string, context: WriteContext): Promise<RetractSummary | null> {
  let elements: Footprint = { nodes: [], relationships: [] };
  let facts: { id: string; source: string; target: string; type: string }[] = [];
  let touchedEntities: string[] = [];
  const before = async (run: Run): Promise<Footprint> => {
    const [row] = await run(cypher('writer/article-elements'), { id: articleId });
    if (!row) return elements;
    const keys = (value: Json | undefined): RelationshipKey[] => (Array.isArray(value) ? (value as unknown as RelationshipKey[]) : []);
    const ids = (value: Json | undefined): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
    const factKeys = keys(row.facts);
    facts = factKeys.map((f) => ({ id: f.id, source: f.start.id, target: f.end.id, type: f.type }));
    touchedEntities = [...new Set([...ids(row.mentioned), ...facts.flatMap((f) => [f.source, f.target])])];
    elements = {
      nodes: [
        { label: 'Article', id: articleId },
        ...ids(row.sentences).map((id): NodeKey => ({ label: 'Sentence', id })),
        ...ids(row.supports).map((id): NodeKey => ({ label: 'Support', id })),
        ...touchedEntities.map((id): NodeKey => ({ label: 'Entity', id })),
      ],
      relationships: [...keys(row.has), ...keys(row.mentions), ...keys(row.cites), ...factKeys],
    };
    return elements;
  };
  const outcome = await recordedWrite<Omit<RetractSummary, 'version' | 'changeId'>>(db, context, before, async (run) => {
    if (elements.nodes.length === 0) return { nothing: null };
    await run(cypher('writer/delete-article'), { id: articleId });
    const deletedFacts = count(await run(cypher('writer/refresh-facts'), { rows: facts, evidenceLimit: EVIDENCE_LIMIT }), 'deleted');
    const deletedEntities = count(await run(cypher('writer/delete-orphan-entities'), { ids: touchedEntities }), 'deleted');
    await refreshEntityKeys(run, touchedEntities);
    return {
      touched: { nodes: [], relationships: [] },
      action: 'article.retract',
      articleId,
      summary: `Retracted article ${articleId}: ${deletedFacts} facts and ${deletedEntities} entities no longer stated anywhere were removed.`,
      entityIds: touchedEntities,
      result: { articleId, deletedFacts, deletedEntities },
    };
  });
  if ('nothing' in outcome) return null;
  return { ...outcome.result, version: outcome.version, changeId: outcome.changeId };
}
