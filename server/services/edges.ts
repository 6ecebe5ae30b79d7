import { z } from 'zod';
import { evidenceSentenceSchema, noteSchema, type EdgeDetail } from '../../contract/api.ts';
import type { AppContext } from '../context.ts';
import { cypher } from '../../store/cypher-files.ts';
import { notFound } from '../../domain/errors.ts';
import { toGraphEdge } from './graph-shape.ts';

const edgeRowSchema = z.object({
  edge: z.unknown().transform(toGraphEdge),
  evidence: z.array(evidenceSentenceSchema),
  notes: z.array(noteSchema),
});

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

export async function edgeDetail({ db }: AppContext, id: string): Promise<EdgeDetail> {
  const query = cypher('explore/edge');
  const sources = possibleSources(id);
  let [row] = await db.read(query, { id, sources, scan: false });
  // Only ids that do not follow the seed's pattern pay for a scan of the entity relationships.
  if (!row) [row] = await db.read(query, { id, sources: [], scan: true });
  if (!row) throw notFound('edge-not-found', `No relationship has the id "${id}".`, { id });
  const { edge, evidence, notes } = edgeRowSchema.parse(row);
  // A curated note names sentences by their id inside the article (`s-5-1`); the numbers come from the
  // articles the evidence cites, so a reader sees one numbering.
  const noted = sentenceIdsIn(edge.properties.evidence_note);
  const articles = [...new Set(evidence.map((s) => s.article.id))];
  const wanted = articles.flatMap((article) => noted.map((local) => `${article}-${local}`));
  const found = wanted.length === 0 ? [] : noteSentenceSchema.parse(await db.read(cypher('explore/sentence-numbers'), { ids: wanted }));
  const noteSentences = found.map((s) => ({ sentenceId: noted.find((local) => s.sentenceId.endsWith(`-${local}`)) ?? s.sentenceId, index: s.index }));
  return { edge, evidence: evidence.map((s) => ({ ...s, mentions: s.mentions.sort(byMentionOrder) })), notes, noteSentences };
}
