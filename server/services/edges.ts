import { z } from 'zod';
import { evidenceSentenceSchema, FIRST_PAGE, noteSchema, type EdgeDetail, type EvidencePage, type EvidencePageQuery } from '../../contract/api.ts';
import type { EvidenceKey } from '../../contract/page-cursor.ts';
import type { Database } from '../../store/database.ts';
import { ABOVE_EVERY_KEY, splitPage } from './pages.ts';
import type { AppContext } from '../context.ts';
import { cypher } from '../../store/cypher-files.ts';
import { notFound } from '../../domain/errors.ts';
import { toGraphEdge } from './graph-shape.ts';

const edgeRowSchema = z.object({
  edge: z.unknown().transform(toGraphEdge),
  notes: z.array(noteSchema),
  evidenceTotal: z.number().int(),
});

const evidenceRowSchema = z.object({ key: z.string(), sentence: evidenceSentenceSchema });

/**
 * The entity ids an edge id `<source>-<type>-<target>` can start with: every prefix that ends before a
 * "-" (entity ids may contain "-" themselves, so the split is ambiguous; trying each is still a few index seeks).
 */
export function possibleSources(edgeId: string): string[] {
  const sources: string[] = [];
  for (let i = edgeId.indexOf('-'); i > 0; i = edgeId.indexOf('-', i + 1)) sources.push(edgeId.slice(0, i));
  return sources;
}

const noteSentenceSchema = z.array(z.object({ sentenceId: z.string(), index: z.number().int() }));

/** Sentence ids as the curated notes write them (`s-5-1`, `s-10-2`). */
const SENTENCE_ID = /\bs-\d+-\d+\b/g;

function sentenceIdsIn(note: unknown): string[] {
  return typeof note === 'string' ? [...new Set(note.match(SENTENCE_ID) ?? [])] : [];
}

const byMentionOrder = (a: { start: number; entityId: string }, b: { start: number; entityId: string }): number =>
  a.start - b.start || (a.entityId < b.entityId ? -1 : a.entityId > b.entityId ? 1 : 0);

const evidenceStatement = (factId: string, after: EvidenceKey | undefined, limit: number) => {
  const [key, index] = after ?? [ABOVE_EVERY_KEY, -1];
  return { query: cypher('explore/evidence'), params: { factId, key, index, limit } };
};

function toEvidencePage(rows: unknown, limit: number) {
  const { items, next } = splitPage(z.array(evidenceRowSchema).parse(rows), limit, (row) => [row.key, row.sentence.index]);
  return { items: items.map(({ sentence }) => ({ ...sentence, mentions: sentence.mentions.sort(byMentionOrder) })), next };
}

/**
 * The edge and a page of its evidence, in one transaction: the evidence is found by the fact id asked for,
 * so both go together. Only ids that do not follow the `<source>-<type>-<target>` pattern pay for a scan.
 */
async function readEdge(db: Database, id: string, after: EvidenceKey | undefined, limit: number) {
  const edgeQuery = cypher('explore/edge');
  const [edgeRows = [], evidenceRows = []] = await db.readAll([{ query: edgeQuery, params: { id, sources: possibleSources(id), scan: false } }, evidenceStatement(id, after, limit)]);
  let [row] = edgeRows;
  if (!row) [row] = await db.read(edgeQuery, { id, sources: [], scan: true });
  if (!row) throw notFound('edge-not-found', `No relationship has the id "${id}".`, { id });
  return { ...edgeRowSchema.parse(row), page: toEvidencePage(evidenceRows, limit) };
}

export async function edgeDetail({ db }: AppContext, id: string): Promise<EdgeDetail> {
  const { edge, notes, evidenceTotal, page } = await readEdge(db, id, undefined, FIRST_PAGE);
  const { items: evidence, next } = page;
  // A curated note names sentences by their id inside the article (`s-5-1`); the numbers come from the
  // articles the evidence cites, so a reader sees one numbering.
  const noted = sentenceIdsIn(edge.properties.evidence_note);
  const articles = [...new Set(evidence.map((s) => s.article.id))];
  const wanted = articles.flatMap((article) => noted.map((local) => `${article}-${local}`));
  const found = wanted.length === 0 ? [] : noteSentenceSchema.parse(await db.read(cypher('explore/sentence-numbers'), { ids: wanted }));
  const noteSentences = found.map((s) => ({ sentenceId: noted.find((local) => s.sentenceId.endsWith(`-${local}`)) ?? s.sentenceId, index: s.index }));
  return { edge, evidence, evidenceTotal, evidenceNext: next, notes, noteSentences };
}

/** A page of a fact's evidence after a cursor from a previous page (or the edge detail's `evidenceNext`). */
export async function evidencePage({ db }: AppContext, id: string, query: EvidencePageQuery): Promise<EvidencePage> {
  const { evidenceTotal, page } = await readEdge(db, id, query.after, query.limit);
  return { evidence: page.items, total: evidenceTotal, next: page.next };
}
