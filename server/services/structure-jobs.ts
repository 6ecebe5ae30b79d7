/**
 * What the structure worker does with one job, kept apart from the thread so it can be tested as a plain
 * function: the worker holds the entity graph of one graph version (building it takes seconds on a large
 * corpus), answers "send me the graph" when a job names another version, and computes one measure and the
 * communities over the graph it holds. Rows arrive as the store read them and are checked here, off the
 * server's main thread.
 */
import { z } from 'zod';
import type { Structure, StructureMeasure } from '../../contract/views.ts';
import { betweennessScores, buildStructureGraph, communities, degreeScores, pagerankScores, type Communities, type StructureGraph } from './structure-measures.ts';

const idRows = z.array(z.object({ id: z.string() }));
const pairRows = z.array(z.object({ source: z.string(), target: z.string() }));
const articleRows = z.array(z.object({ id: z.string(), articles: z.number().int() }));

export interface GraphRows {
  nodes: unknown[];
  edges: unknown[];
}

export interface StructureJob {
  job: number;
  /** The database and graph version the answer is for: a graph held under another key is rebuilt. */
  key: string;
  measure: StructureMeasure;
  /** The entity graph's rows, sent only after the worker asked for them. */
  graph?: GraphRows;
  /** For the `articles` measure: how many articles mention each entity. */
  articles?: unknown[];
}

export interface StructureAnswer {
  scores: Record<string, number>;
  method: Structure['method'];
  communities: Communities;
  nodes: number;
  edges: number;
}

export type StructureReply =
  | { job: number; kind: 'needs-graph' }
  | { job: number; kind: 'done'; answer: StructureAnswer }
  | { job: number; kind: 'failed'; message: string };

export interface HeldGraph {
  key: string;
  graph: StructureGraph;
  communities?: Communities;
}

async function scoresOf(graph: StructureGraph, job: StructureJob): Promise<Pick<StructureAnswer, 'scores' | 'method'>> {
  switch (job.measure) {
    case 'degree':
      return { scores: degreeScores(graph), method: { exact: true } };
    case 'pagerank':
      return { scores: pagerankScores(graph), method: { exact: true } };
    case 'articles': {
      const scores: Record<string, number> = {};
      graph.forEachNode((id) => {
        scores[id] = 0;
      });
      for (const row of articleRows.parse(job.articles ?? [])) if (row.id in scores) scores[row.id] = row.articles;
      return { scores, method: { exact: true } };
    }
    case 'betweenness': {
      const result = await betweennessScores(graph);
      return { scores: result.scores, method: result.sources === undefined ? { exact: result.exact } : { exact: result.exact, sources: result.sources } };
    }
  }
}

/** Runs one job against what is held; returns the reply and what to hold next. */
export async function runStructureJob(held: HeldGraph | null, job: StructureJob): Promise<{ reply: StructureReply; held: HeldGraph | null }> {
  let current = held;
  if (current?.key !== job.key) {
    if (!job.graph) return { reply: { job: job.job, kind: 'needs-graph' }, held: null };
    const ids = idRows.parse(job.graph.nodes).map((row) => row.id);
    const pairs = pairRows.parse(job.graph.edges).map((row) => [row.source, row.target] as const);
    current = { key: job.key, graph: buildStructureGraph(ids, pairs) };
  }
  const { scores, method } = await scoresOf(current.graph, job);
  current.communities ??= communities(current.graph);
  return { reply: { job: job.job, kind: 'done', answer: { scores, method, communities: current.communities, nodes: current.graph.order, edges: current.graph.size } }, held: current };
}
