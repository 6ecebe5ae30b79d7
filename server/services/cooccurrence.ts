/**
 * The co-occurrence layer: which of the given entities the corpus names together, in one sentence or in
 * one article, how often, and the sentences that name both. A derived view: nothing is written.
 */
import { z } from 'zod';
import { cooccurrenceLinkSchema, type Cooccurrence, type CooccurrenceRequest, cooccurrenceRequestSchema } from '../../contract/views.ts';
import { cypher } from '../../store/cypher-files.ts';
import type { AppContext } from '../context.ts';

/** Sentences cited per link: enough to read why, few enough to keep the answer small. */
export const CITED_SENTENCES = 3;

const rowsSchema = z.array(cooccurrenceLinkSchema);

export async function cooccurrence({ db }: Pick<AppContext, 'db'>, input: CooccurrenceRequest): Promise<Cooccurrence> {
  const { nodeIds, scope, minWeight, limit } = cooccurrenceRequestSchema.parse(input);
  const query = scope === 'sentence' ? 'views/cooccurrence-sentences' : 'views/cooccurrence-articles';
  const rows = rowsSchema.parse(await db.read(cypher(query), { ids: [...new Set(nodeIds)], minWeight, limit, cite: CITED_SENTENCES }));
  return { scope, links: rows.slice(0, limit), truncated: rows.length > limit };
}
