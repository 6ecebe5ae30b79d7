/**
 * An analyst's corrections of the main graph, each one recorded write (store/recorded-write.ts): edit an
 * entity's names, description, kind or review status; reject a fact (its supports stay, marked rejected with
 * who and when); merge two entities (everything moves to the kept one and the old id redirects); split a
 * mention off onto a new entity; notes on entities and facts. docs/decisions/0017-corrections-and-history.md.
 */
import { randomUUID } from 'node:crypto';
import type { Json } from '../contract/json.ts';
import { isEntityKind, type EntityKind } from '../contract/kinds.ts';
import { DomainError, invalid, notFound } from '../domain/errors.ts';
import { EVIDENCE_LIMIT, factIdOf, mentionIdOf, supportIdOf } from './article-batch.ts';
import { refreshEntityKeys } from './article-writer.ts';
import { cypher } from './cypher-files.ts';
import type { Database } from './database.ts';
import type { Footprint, NodeKey, RelationshipKey } from './footprint.ts';
import { toNeo4jProperties } from './property-values.ts';
import { recordedWrite, type Recorded, type Run, type WriteContext } from './recorded-write.ts';

const text = (value: Json | undefined): string => (typeof value === 'string' ? value : '');
const texts = (value: Json | undefined): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const record = (value: Json | undefined): Record<string, Json> => (value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {});
const records = (value: Json | undefined): Record<string, Json>[] => (Array.isArray(value) ? value.map(record) : []);
const entityKey = (id: string): NodeKey => ({ label: 'Entity', id });

function done<T>(outcome: Recorded<T> | { nothing: null }): Recorded<T> {
  if ('nothing' in outcome) throw new Error('a correction always writes');
  return outcome;
}

export interface EntityEdit {
  /** The entity's edit version the analyst saw; another analyst's edit since makes this one a conflict. */
  version: number;
  name_ar?: string;
  name_en?: string;
  aliases_ar?: string[];
  aliases_latin?: string[];
  description_en?: string | null;
  kind?: EntityKind;
  status?: 'accepted' | 'rejected';
}

async function readEntity(run: Run, id: string): Promise<{ labels: string[]; properties: Record<string, Json> }> {
  const [row] = await run(cypher('corrections/entity'), { id });
  if (!row) throw notFound('entity-not-found', `No entity has the id "${id}".`, { id });
  return { labels: texts(row.labels), properties: Object.fromEntries(Object.entries(record(row.properties)).filter(([, v]) => v !== null)) };
}

/** Edits an entity; 409 (`entity-edit-conflict`) with both versions when another edit came first. */
export async function editEntity(db: Database, id: string, edit: EntityEdit, context: WriteContext): Promise<Recorded<{ version: number }>> {
  const { version, kind, ...fields } = edit;
  if (kind !== undefined && !isEntityKind(kind)) throw invalid('invalid-kind', `"${String(kind)}" is not a kind`, { errors: [{ path: 'kind', message: 'is not a kind' }] });
  return done(
    await recordedWrite(db, context, () => Promise.resolve({ nodes: [entityKey(id)], relationships: [] }), async (run) => {
      const current = await readEntity(run, id);
      const stored = typeof current.properties.version === 'number' ? current.properties.version : 0;
      if (stored !== version) {
        throw new DomainError('conflict', 'entity-edit-conflict', `The entity was edited meanwhile (version ${stored}, yours was made on version ${version}): reload it and edit again.`, {
          params: { id, stored, yours: version },
          extra: { current: current.properties, yours: edit as unknown as Json },
        });
      }
      const properties = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Record<string, Json>;
      const [row] = await run(cypher('corrections/update-entity'), { id, properties: toNeo4jProperties(properties), kind: kind ?? null, at: new Date().toISOString(), by: context.by });
      await refreshEntityKeys(run, [id]);
      return {
        result: { version: typeof row?.version === 'number' ? row.version : stored + 1 },
        touched: { nodes: [], relationships: [] },
        action: 'entity.edit',
        summary: `Edited ${id}: ${Object.keys(edit).filter((k) => k !== 'version').join(', ')}.`,
        entityIds: [id],
      };
    }),
  );
}

export interface FactRef {
  id: string;
  source: string;
  target: string;
}

/** Sets the review of every support of a fact: rejecting retracts the fact, accepting confirms it. */
export async function reviewFact(db: Database, fact: FactRef, status: 'accepted' | 'rejected', context: WriteContext): Promise<Recorded<{ supports: number }>> {
  let supports: string[] = [];
  let type = '';
  const before = async (run: Run): Promise<Footprint> => {
    const [row] = await run(cypher('corrections/fact'), { ...fact });
    if (!row) throw notFound('edge-not-found', `No relationship has the id "${fact.id}".`, { id: fact.id });
    supports = texts(row.supports);
    type = text(row.type);
    return {
      nodes: supports.map((id): NodeKey => ({ label: 'Support', id })),
      relationships: [{ id: fact.id, type, start: entityKey(fact.source), end: entityKey(fact.target) }],
    };
  };
  return done(
    await recordedWrite(db, context, before, async (run) => {
      await run(cypher('corrections/review-supports'), { ids: supports, status, by: context.by, at: new Date().toISOString() });
      await run(cypher('writer/refresh-facts'), { rows: [fact], evidenceLimit: EVIDENCE_LIMIT });
      return {
        result: { supports: supports.length },
        touched: { nodes: [], relationships: [] },
        action: status === 'rejected' ? 'fact.reject' : 'fact.accept',
        summary: `${status === 'rejected' ? 'Rejected' : 'Accepted'} ${type} ${fact.source} → ${fact.target} (${supports.length} supporting sentences).`,
        entityIds: [fact.source, fact.target],
      };
    }),
  );
}

interface FactRow {
  id: string;
  type: string;
  source: string;
  target: string;
  date: string | null;
}

const factRow = (r: Record<string, Json>): FactRow => ({ id: text(r.id), type: text(r.type), source: text(r.source), target: text(r.target), date: typeof r.date === 'string' ? r.date : null });
const factKey = (f: { id: string; type: string; source: string; target: string }): RelationshipKey => ({ id: f.id, type: f.type, start: entityKey(f.source), end: entityKey(f.target) });

/**
 * Merges `from` into `into`: every mention, fact, support and note of `from` moves to `into` (a fact `into`
 * already has takes the other's supports), `from`'s names become aliases of `into`, and `from` becomes a
 * redirect to `into`, so old links and exports still resolve. The merge is one recorded change, undoable.
 */
export async function mergeEntities(db: Database, from: string, into: string, context: WriteContext): Promise<Recorded<{ into: string; facts: number; mentions: number }>> {
  if (from === into) throw invalid('merge-same-entity', 'An entity cannot be merged into itself.', { errors: [{ path: 'into', message: 'must differ from the merged entity' }] });
  let elements: { mentions: Record<string, Json>[]; facts: FactRow[]; kept: FactRow[]; notes: Record<string, Json>[]; redirects: string[]; supports: Record<string, Json>[]; factNotes: string[] } = {
    mentions: [],
    facts: [],
    kept: [],
    notes: [],
    redirects: [],
    supports: [],
    factNotes: [],
  };
  const before = async (run: Run): Promise<Footprint> => {
    await readEntity(run, from);
    await readEntity(run, into);
    const [row] = await run(cypher('corrections/entity-elements'), { from, into });
    const facts = records(row?.facts).map(factRow);
    const kept = records(row?.keptFacts).map(factRow);
    const supports = await run(cypher('corrections/supports-of'), { ids: [...facts, ...kept].map((f) => f.id) });
    const factNotes = (await run(cypher('corrections/fact-notes-of'), { ids: facts.map((f) => f.id) })).map((r) => text(r.id));
    elements = { mentions: records(row?.mentions), facts, kept, notes: records(row?.notes), redirects: texts(row?.redirects), supports, factNotes };
    return {
      nodes: [
        entityKey(from),
        entityKey(into),
        ...supports.map((s): NodeKey => ({ label: 'Support', id: text(s.id) })),
        ...elements.notes.map((n): NodeKey => ({ label: 'Note', id: text(n.note) })),
        ...factNotes.map((id): NodeKey => ({ label: 'Note', id })),
        ...elements.redirects.map((id): NodeKey => ({ label: 'Redirect', id })),
        { label: 'Redirect', id: from },
      ],
      relationships: [
        ...elements.mentions.map((m): RelationshipKey => ({ id: text(m.id), type: 'MENTIONS', start: { label: 'Sentence', id: text(m.sentence) }, end: entityKey(from) })),
        ...facts.map(factKey),
        ...kept.map(factKey),
        ...supports.map((s): RelationshipKey => ({ id: `${text(s.id)}-cites`, type: 'CITES', start: { label: 'Support', id: text(s.id) }, end: { label: 'Sentence', id: text(s.sentence) } })),
        ...elements.notes.map((n): RelationshipKey => ({ id: text(n.id), type: 'ABOUT', start: { label: 'Note', id: text(n.note) }, end: entityKey(from) })),
      ],
    };
  };
  return done(
    await recordedWrite(db, context, before, async (run) => {
      const { mentions, facts, kept, supports } = elements;
      const fromNode = await readEntity(run, from);
      const intoNode = await readEntity(run, into);
      const moved = mentions.map((m) => ({ id: text(m.id), sentence: text(m.sentence), newId: mentionIdOf(text(m.sentence), into, typeof m.start === 'number' ? m.start : 0) }));
      await run(cypher('corrections/move-mentions'), { rows: moved, from, into });

      // Each fact of `from` becomes the same fact of `into`; one `into` already has (same type, other end and
      // date) takes its supports instead of a second edge. A fact between the two merged entities disappears.
      const taken = new Map<string, FactRow>();
      for (const f of kept) taken.set(f.id, f);
      const sentenceOf = new Map(supports.map((s) => [text(s.id), text(s.sentence)]));
      const supportsOf = new Map<string, string[]>();
      for (const s of supports) supportsOf.set(text(s.fact), [...(supportsOf.get(text(s.fact)) ?? []), text(s.id)]);
      const factMoves: Record<string, Json>[] = [];
      const supportMoves: Record<string, Json>[] = [];
      const noteMoves: Record<string, Json>[] = [];
      const dropped: string[] = [];
      const refreshed = new Map<string, FactRef & { type: string }>();
      const newFacts: RelationshipKey[] = [];
      for (const f of facts) {
        const source = f.source === from ? into : f.source;
        const target = f.target === from ? into : f.target;
        if (source === target) {
          dropped.push(f.id);
          continue;
        }
        const same = [...taken.values()].find((k) => k.type === f.type && k.source === source && k.target === target && (k.date === f.date || k.date === null || f.date === null));
        let newId = same?.id;
        if (newId === undefined) {
          newId = factIdOf(source, f.type, target);
          for (let n = 2; taken.has(newId); n += 1) newId = factIdOf(source, f.type, target, n);
          taken.set(newId, { ...f, id: newId, source, target });
          newFacts.push(factKey({ id: newId, type: f.type, source, target }));
        }
        factMoves.push({ id: f.id, source: f.source, target: f.target, newId, newSource: source, newTarget: target, create: same === undefined });
        noteMoves.push({ id: f.id, newId });
        const existing = new Set((supportsOf.get(newId) ?? []).map((s) => sentenceOf.get(s)));
        for (const s of supportsOf.get(f.id) ?? []) {
          const sentence = sentenceOf.get(s) ?? '';
          supportMoves.push({ id: s, newId: supportIdOf(sentence, newId), fact: newId, source, target, duplicate: existing.has(sentence) });
          existing.add(sentence);
        }
        refreshed.set(newId, { id: newId, source, target, type: f.type });
      }
      await run(cypher('corrections/move-supports'), { rows: supportMoves });
      await run(cypher('corrections/move-fact'), { rows: factMoves });
      await run(cypher('corrections/move-fact-notes'), { rows: noteMoves });
      // A fact between the two merged entities would join the kept one to itself: it goes, with its supports
      // (the change's snapshot keeps them, so undoing the merge brings them back).
      for (const id of dropped) {
        const f = facts.find((x) => x.id === id);
        if (f) await run(cypher('corrections/delete-fact'), { id: f.id, source: f.source, target: f.target });
      }
      const aliasesAr = [...new Set([...texts(intoNode.properties.aliases_ar), text(fromNode.properties.name_ar), ...texts(fromNode.properties.aliases_ar)])].filter((a) => a !== '' && a !== text(intoNode.properties.name_ar));
      const aliasesLatin = [...new Set([...texts(intoNode.properties.aliases_latin), text(fromNode.properties.name_en), ...texts(fromNode.properties.aliases_latin)])].filter((a) => a !== '' && a !== text(intoNode.properties.name_en));
      await run(cypher('corrections/finish-merge'), { from, into, aliasesAr, aliasesLatin, at: new Date().toISOString(), by: context.by });
      await run(cypher('writer/refresh-facts'), { rows: [...refreshed.values()], evidenceLimit: EVIDENCE_LIMIT });
      await refreshEntityKeys(run, [into]);
      return {
        result: { into, facts: factMoves.length, mentions: moved.length },
        touched: {
          nodes: supportMoves.map((s): NodeKey => ({ label: 'Support', id: text(s.newId) })),
          relationships: [
            ...moved.map((m): RelationshipKey => ({ id: m.newId, type: 'MENTIONS', start: { label: 'Sentence', id: m.sentence }, end: entityKey(into) })),
            ...newFacts,
            ...supportMoves.map((s): RelationshipKey => ({ id: `${text(s.newId)}-cites`, type: 'CITES', start: { label: 'Support', id: text(s.newId) }, end: { label: 'Sentence', id: sentenceOf.get(text(s.id)) ?? '' } })),
            ...elements.notes.map((n): RelationshipKey => ({ id: text(n.id), type: 'ABOUT', start: { label: 'Note', id: text(n.note) }, end: entityKey(into) })),
          ],
        },
        action: 'entity.merge',
        summary: `Merged ${from} into ${into}: ${moved.length} mentions and ${factMoves.length} facts moved; ${from} now redirects to ${into}.`,
        entityIds: [from, into],
      };
    }),
  );
}

/** Where the given ids lead: an id merged into another resolves to the kept one (the map holds only those). */
export async function redirectsOf(db: Database, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.read(cypher('corrections/redirects'), { ids: [...new Set(ids)] });
  return new Map(rows.map((r) => [text(r.from), text(r.to)]));
}

export interface NoteInput {
  text: string;
  lang: 'ar' | 'en';
  entity?: string;
  fact?: FactRef;
}

/** A note on an entity or a fact, kept with who wrote it and when. */
export async function addNote(db: Database, note: NoteInput, context: WriteContext): Promise<Recorded<{ id: string }>> {
  const id = `note-${randomUUID()}`;
  return done(
    await recordedWrite(db, context, async (run) => {
      if (note.entity !== undefined) await readEntity(run, note.entity);
      if (note.fact !== undefined) {
        const [row] = await run(cypher('corrections/fact'), { ...note.fact });
        if (!row) throw notFound('edge-not-found', `No relationship has the id "${note.fact.id}".`, { id: note.fact.id });
      }
      return { nodes: [{ label: 'Note', id }], relationships: [] };
    }, async (run) => {
      const properties = toNeo4jProperties({ text: note.text, lang: note.lang, by: context.by, at: new Date().toISOString(), entity_id: note.entity ?? null, fact_id: note.fact?.id ?? null });
      await run(cypher('corrections/create-note'), { id, properties, entity: note.entity ?? null });
      return {
        result: { id },
        touched: note.entity === undefined ? { nodes: [], relationships: [] } : { nodes: [], relationships: [{ id: `${id}-about`, type: 'ABOUT', start: { label: 'Note', id }, end: entityKey(note.entity) }] },
        action: 'note.add',
        summary: `Note on ${note.entity ?? note.fact?.id ?? ''}.`,
        entityIds: note.entity !== undefined ? [note.entity] : note.fact ? [note.fact.source, note.fact.target] : [],
      };
    }),
  );
}

export interface SplitRequest {
  /** The mention to split off: its sentence, where it starts in it, and the entity it is on now. */
  mention: { sentence: string; start: number; entity: string };
  /** The entity it really names, created for it. */
  entity: { id: string; kind: EntityKind; name_ar: string; name_en?: string };
}

/** Moves one wrongly merged mention off onto a new entity an analyst names. */
export async function splitMention(db: Database, request: SplitRequest, context: WriteContext): Promise<Recorded<{ id: string }>> {
  const { mention, entity } = request;
  const oldId = mentionIdOf(mention.sentence, mention.entity, mention.start);
  const newId = mentionIdOf(mention.sentence, entity.id, mention.start);
  const sentence: NodeKey = { label: 'Sentence', id: mention.sentence };
  return done(
    await recordedWrite(db, context, async (run) => {
      await readEntity(run, mention.entity);
      const [taken] = await run(cypher('ingest/taken-ids'), { ids: [entity.id] });
      if (texts(taken?.taken).length > 0) throw new DomainError('conflict', 'entity-id-taken', `An entity already has the id "${entity.id}".`, { params: { id: entity.id } });
      return { nodes: [entityKey(mention.entity), entityKey(entity.id)], relationships: [{ id: oldId, type: 'MENTIONS', start: sentence, end: entityKey(mention.entity) }] };
    }, async (run) => {
      const properties = toNeo4jProperties({ name_ar: entity.name_ar, name_en: entity.name_en ?? null, aliases_ar: [], aliases_latin: [] });
      await run(cypher('corrections/create-entity'), { id: entity.id, kind: entity.kind, properties, at: new Date().toISOString() });
      const [row] = await run(cypher('corrections/move-mentions'), { rows: [{ id: oldId, sentence: mention.sentence, newId }], from: mention.entity, into: entity.id });
      if (row?.count !== 1) throw notFound('mention-not-found', `No mention of ${mention.entity} starts at ${mention.start} in ${mention.sentence}.`, { id: oldId });
      await refreshEntityKeys(run, [mention.entity, entity.id]);
      return {
        result: { id: entity.id },
        touched: { nodes: [], relationships: [{ id: newId, type: 'MENTIONS', start: sentence, end: entityKey(entity.id) }] },
        action: 'mention.split',
        summary: `Split a mention off ${mention.entity} onto the new entity ${entity.id}.`,
        entityIds: [mention.entity, entity.id],
      };
    }),
  );
}
