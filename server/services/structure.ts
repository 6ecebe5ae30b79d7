/**
 * Structure of the whole entity graph (not only what a client draws): a score per entity under one
 * measure, and Louvain communities. The computation runs in a worker thread (structure-runner.ts), one
 * job at a time, so the server keeps answering while it works; each answer is kept per database, graph
 * version and measure. Communities come with every answer.
 */
import type { Structure, StructureMeasure } from '../../contract/views.ts';
import { cypher } from '../../store/cypher-files.ts';
import type { Database } from '../../store/database.ts';
import type { AppContext } from '../context.ts';
import { graphVersion } from './graph-version.ts';
import { createStructureRunner, type StructureRunner } from './structure-runner.ts';
import { cachePerOwner } from './ttl-cache.ts';

const STRUCTURE_TTL_MS = 30 * 60_000;

let runner: StructureRunner = createStructureRunner(new URL('./structure-worker.ts', import.meta.url), { idleMs: STRUCTURE_TTL_MS });

/** The runner answers go through (tests wait on it being busy). */
export const structureRunner = (): StructureRunner => runner;

/** Puts another runner in place and returns the one it replaces: the benchmark's main-thread baseline. */
export function replaceStructureRunner(next: StructureRunner): StructureRunner {
  const previous = runner;
  runner = next;
  return previous;
}

const answers = cachePerOwner<string, Structure>(STRUCTURE_TTL_MS, 8);

/** The worker holds one graph: its key names the database too, since tests run servers side by side. */
const databaseKeys = new WeakMap<Database, number>();
let databases = 0;
function databaseKey(db: Database): number {
  let key = databaseKeys.get(db);
  if (key === undefined) {
    key = ++databases;
    databaseKeys.set(db, key);
  }
  return key;
}

export async function structure({ db }: Pick<AppContext, 'db'>, measure: StructureMeasure): Promise<Structure> {
  const version = await graphVersion(db);
  return answers(db).get(`${version}|${measure}`, async () => {
    const articles = measure === 'articles' ? await db.read(cypher('views/structure-articles')) : undefined;
    const readGraph = async (): Promise<{ nodes: unknown[]; edges: unknown[] }> => {
      const [nodes, edges] = await Promise.all([db.read(cypher('views/structure-nodes')), db.read(cypher('views/structure-edges'))]);
      return { nodes, edges };
    };
    const answer = await runner.run({ key: `${databaseKey(db)}|${version}`, measure, ...(articles ? { articles } : {}) }, readGraph);
    return {
      measure,
      scores: answer.scores,
      communities: answer.communities.of,
      communitySizes: answer.communities.sizes,
      method: answer.method,
      nodes: answer.nodes,
      edges: answer.edges,
      graphVersion: version,
    };
  });
}
