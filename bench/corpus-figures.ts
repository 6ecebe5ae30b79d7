/**
 * What a generated corpus holds, read from the store: nodes and relationships by kind, the hubs (the most
 * mentioned entities and the most supported facts), the long tail, and the weight of the change history.
 */
import { join } from 'node:path';
import { cypherLoader } from '../store/cypher-files.ts';
import type { Database } from '../store/database.ts';
import { countGraph } from '../store/load-graph.ts';
import { table } from './results.ts';

/** Queries only the benchmarks run, kept out of the product's Cypher folder (as test/cypher is). */
export const benchCypher = cypherLoader(join(import.meta.dirname, 'cypher'));

export interface CorpusFigures {
  labels: Record<string, number>;
  types: Record<string, number>;
  /** Every node and relationship of the corpus. */
  rows: number;
  hubs: { id: string; kind: string; mentions: number; facts: number }[];
  /** Entities named in one sentence only. */
  singletons: number;
  entities: number;
  medianMentions: number;
  facts: { fact: string; supports: number }[];
  changes: number;
  snapshotChars: number;
  summary: string;
  markdown: string;
}

const num = (v: unknown): number => (typeof v === 'number' ? v : 0);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

export async function corpusFigures(db: Database): Promise<CorpusFigures> {
  const { labels, types } = await countGraph(db);
  const perEntity = (await db.read(benchCypher('entity-mentions'))).map((r) => ({ id: str(r.id), kind: str(r.kind), mentions: num(r.mentions), facts: num(r.facts) }));
  const facts = (await db.read(benchCypher('fact-supports'), { limit: 5 })).map((r) => ({ fact: str(r.fact), supports: num(r.supports) }));
  const [history] = await db.read(benchCypher('change-bytes'));
  const rows = Object.values(labels).reduce((a, b) => a + b, 0) + Object.values(types).reduce((a, b) => a + b, 0);
  const sortedMentions = perEntity.map((e) => e.mentions).sort((a, b) => a - b);
  const figures = {
    labels,
    types,
    rows,
    hubs: perEntity.slice(0, 5),
    singletons: perEntity.filter((e) => e.mentions <= 1).length,
    entities: perEntity.length,
    medianMentions: sortedMentions[Math.floor(sortedMentions.length / 2)] ?? 0,
    facts,
    changes: num(history?.changes),
    snapshotChars: num(history?.snapshotChars),
  };
  const factTotal = Object.entries(types).filter(([t]) => !['MENTIONS', 'HAS_SENTENCE', 'CITES'].includes(t)).reduce((a, [, n]) => a + n, 0);
  const summary = `${labels.Article ?? 0} articles, ${labels.Sentence ?? 0} sentences, ${figures.entities} entities, ${types.MENTIONS ?? 0} mentions, ${factTotal} facts, ${labels.Support ?? 0} supports`;
  const markdown = `What the store holds: ${summary} (${rows.toLocaleString('en')} nodes and relationships). Half the entities are named
${figures.medianMentions} time(s) or fewer; ${figures.singletons.toLocaleString('en')} of ${figures.entities.toLocaleString('en')} once. ${figures.changes.toLocaleString('en')} recorded changes
hold ${(figures.snapshotChars / 2 ** 20).toFixed(1)} MiB of before/after snapshots (${Math.round(figures.snapshotChars / Math.max(1, figures.changes)).toLocaleString('en')} characters a change).

${table(['most mentioned entity', 'kind', 'mentions', 'entity relationships'], figures.hubs.map((h) => [h.id, h.kind, h.mentions, h.facts]))}

${table(['most supported fact', 'supports'], facts.map((f) => [f.fact, f.supports]))}`;
  return { ...figures, summary, markdown };
}
