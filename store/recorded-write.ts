/**
 * Every write is one recorded change: inside its transaction, the elements it may touch are captured
 * before and after, the graph version is bumped, and a (:Change) keeps who, when, what, the article and
 * entities it concerns, and of the elements it changed their state before and a digest of their state after. `undoChange` restores the "before" of the latest change still in
 * effect, after checking that nothing has changed those elements since (docs/decisions/0017-corrections-and-history.md).
 */
import { randomUUID } from 'node:crypto';
import type { Json } from '../contract/json.ts';
import { DomainError, notFound } from '../domain/errors.ts';
import { cypher } from './cypher-files.ts';
import type { Database, Params, Row } from './database.ts';
import {
  changedOnly,
  decodeSealed,
  decodeSnapshot,
  encodeSealed,
  encodeSnapshot,
  footprintOf,
  mergeFootprints,
  restoreSnapshot,
  sealSnapshot,
  takeSnapshot,
  type Footprint,
} from './footprint.ts';
import { toNeo4jProperties } from './property-values.ts';
import { entityIdsOf, refreshFactDegrees } from './fact-degrees.ts';

export type Run = (query: string, params?: Params) => Promise<Row[]>;

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

/** What a write says of itself when it is done. */
export interface WriteOutcome<T> {
  result: T;
  /** Elements it created or changed beyond the footprint it declared before. */
  touched: Footprint;
  action: string;
  summary: string;
  articleId?: string;
  entityIds: string[];
}

export interface Recorded<T> {
  result: T;
  changeId: string;
  version: number;
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

const number = (value: Json | undefined): number => (typeof value === 'number' ? value : 0);

async function bumpVersion(run: Run): Promise<number> {
  const [row] = await run(cypher('writer/bump-version'));
  return number(row?.version);
}

/**
 * Runs `work` in one write transaction and records it. `before` names what the write may change, read
 * before it runs; `work` may return `null` to say it wrote nothing (then nothing is recorded).
 */
export async function recordedWrite<T, N = null>(
  db: Database,
  context: WriteContext,
  before: (run: Run) => Promise<Footprint>,
  work: (run: Run) => Promise<WriteOutcome<T> | { nothing: N }>,
): Promise<Recorded<T> | { nothing: N }> {
  return db.writeTransaction(async (plain) => {
    const run = guarded(plain, context);
    const declared = await before(run);
    const beforeSnapshot = await takeSnapshot(run, declared);
    const outcome = await work(run);
    if ('nothing' in outcome) return outcome;
    const footprint = mergeFootprints(declared, outcome.touched);
    await refreshFactDegrees(run, entityIdsOf(footprint));
    const [beforeChanged, afterChanged] = changedOnly(beforeSnapshot, await takeSnapshot(run, footprint));
    const version = await bumpVersion(run);
    const changeId = randomUUID();
    await run(cypher('writer/record-change'), {
      id: changeId,
      properties: toNeo4jProperties({
        at: new Date().toISOString(),
        by: context.by,
        action: outcome.action,
        summary: outcome.summary,
        article_id: outcome.articleId ?? null,
        entity_ids: outcome.entityIds,
        graph_version: version,
        before: encodeSnapshot(beforeChanged),
        after: encodeSealed(sealSnapshot(afterChanged)),
        undoable: true,
      }),
    });
    return { result: outcome.result, changeId, version };
  });
}

export interface UndoResult {
  undone: string;
  action: string;
  version: number;
}

/**
 * Undoes a change: only the latest change still in effect can be undone (later ones first, in order), and
 * only while what it wrote is still as it left it. The undo is itself recorded.
 */
export async function undoChange(db: Database, changeId: string, context: WriteContext): Promise<UndoResult> {
  return db.writeTransaction(async (plain) => {
    const run = guarded(plain, context);
    const [change] = await run(cypher('changes/for-undo'), { id: changeId });
    if (!change) throw notFound('change-not-found', `No change has the id "${changeId}".`, { id: changeId });
    if (change.undoable !== true) {
      throw new DomainError('conflict', 'change-not-undoable', change.undone_at ? 'This change has already been undone.' : 'Undoing is itself not undone; make the change again.', { params: { id: changeId } });
    }
    if (change.latest !== changeId) {
      throw new DomainError('conflict', 'undo-out-of-order', 'Later changes are still in effect: undo them first, newest first.', { params: { id: changeId, latest: typeof change.latest === 'string' ? change.latest : '' } });
    }
    const beforeSnapshot = decodeSnapshot(change.before);
    const afterSealed = decodeSealed(change.after);
    const footprint = mergeFootprints(footprintOf(beforeSnapshot), footprintOf(afterSealed));
    const now = await takeSnapshot(run, footprint);
    if (encodeSealed(sealSnapshot(now)) !== encodeSealed(afterSealed)) {
      throw new DomainError('conflict', 'undo-stale', 'What this change wrote has been changed since (by a write Sila did not record); it cannot be undone safely.', { params: { id: changeId } });
    }
    await restoreSnapshot(run, footprint, beforeSnapshot);
    await refreshFactDegrees(run, entityIdsOf(footprint));
    const version = await bumpVersion(run);
    const action = typeof change.action === 'string' ? change.action : 'change';
    await run(cypher('changes/mark-undone'), { id: changeId, at: new Date().toISOString(), by: context.by });
    await run(cypher('writer/record-change'), {
      id: randomUUID(),
      properties: toNeo4jProperties({
        at: new Date().toISOString(),
        by: context.by,
        action: 'undo',
        summary: `Undid ${action}: ${typeof change.summary === 'string' ? change.summary : ''}`,
        article_id: typeof change.article_id === 'string' ? change.article_id : null,
        entity_ids: Array.isArray(change.entity_ids) ? change.entity_ids.filter((id): id is string => typeof id === 'string') : [],
        graph_version: version,
        undoes: changeId,
        before: encodeSealed(afterSealed),
        after: encodeSnapshot(beforeSnapshot),
        undoable: false,
      }),
    });
    return { undone: changeId, action, version };
  });
}
