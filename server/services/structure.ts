/**
 * Structure of the whole entity graph (not only what a client draws): a score per entity under one
 * measure, and Louvain communities. The graph is read and each measure computed once per database and
 * graph version; communities come with every answer.
 */
import { z } from 'zod';
import type { Structure, StructureMeasure } from '../../contract/views.ts';
import { cypher } from '../../store/cypher-files.ts';
import type { Database } from '../../store/database.ts';
import type { AppContext } from '../context.ts';
import { graphVersion } from './graph-version.ts';
import { betweennessScores, buildStructureGraph, communities, degreeScores, pagerankScores, type Communities, type StructureGraph } from './structure-measures.ts';
import { cachePerOwner } from './ttl-cache.ts';

const STRUCTURE_TTL_MS = 30 * 60_000;

const idRows = z.array(z.object({ id: z.string() }));
const pairRows = z.array(z.object({ source: z.string(), target: z.string() }));
const articleRows = z.array(z.object({ id: z.string(), articles: z.number().int() }));

interface Scored {
  scores: Record<string, number>;
  method: Structure['method'];
}

const graphs = cachePerOwner<number, StructureGraph>(STRUCTURE_TTL_MS, 2);
const communityCache = cachePerOwner<number, Communities>(STRUCTURE_TTL_MS, 2);
const scoreCache = cachePerOwner<string, Scored>(STRUCTURE_TTL_MS, 8);

function structureGraph(db: Database, version: number): Promise<StructureGraph> {
  return graphs(db).get(version, async () => {
    const [nodes, edges] = await Promise.all([db.read(cypher('views/structure-nodes')), db.read(cypher('views/structure-edges'))]);
    const ids = idRows.parse(nodes).map((row) => row.id);
    const pairs = pairRows.parse(edges).map((row) => [row.source, row.target] as const);
    return buildStructureGraph(ids, pairs);
  });
}

async function articleScores(db: Database, graph: StructureGraph): Promise<Record<string, number>> {
  const scores: Record<string, number> = {};
  graph.forEachNode((id) => {
    scores[id] = 0;
  });
  for (const row of articleRows.parse(await db.read(cypher('views/structure-articles')))) if (row.id in scores) scores[row.id] = row.articles;
  return scores;
}

async function score(db: Database, graph: StructureGraph, measure: StructureMeasure): Promise<Scored> {
  switch (measure) {
    case 'degree':
      return { scores: degreeScores(graph), method: { exact: true } };
    case 'pagerank':
      return { scores: pagerankScores(graph), method: { exact: true } };
    case 'articles':
      return { scores: await articleScores(db, graph), method: { exact: true } };
    case 'betweenness': {
      const result = await betweennessScores(graph);
      return { scores: result.scores, method: result.sources === undefined ? { exact: result.exact } : { exact: result.exact, sources: result.sources } };
    }
  }
}

export async function structure({ db }: Pick<AppContext, 'db'>, measure: StructureMeasure): Promise<Structure> {
  const version = await graphVersion(db);
  const graph = await structureGraph(db, version);
  const [scored, grouped] = await Promise.all([
    scoreCache(db).get(`${version}|${measure}`, () => score(db, graph, measure)),
    communityCache(db).get(version, () => Promise.resolve(communities(graph))),
  ]);
  return {
    measure,
    scores: scored.scores,
    communities: grouped.of,
    communitySizes: grouped.sizes,
    method: scored.method,
    nodes: graph.order,
    edges: graph.size,
    graphVersion: version,
  };
}
