/**
 * `npm run seed`          loads the article graph into Neo4j (NEO4J_URI…; without NEO4J_URI a local Neo4j is
 *                         started for the duration of the run) and prints the counts;
 * `npm run seed -- --print` writes the article graph as Graph JSON to stdout without touching a database.
 */
import { startLocalNeo4j, type LocalNeo4j } from '../neo4j/local-neo4j.ts';
import { localNeo4jSettings, readEnv } from '../config/env.ts';
import { Database } from '../store/database.ts';
import { buildArticleGraph } from '../corpus/seed/article-graph.ts';
import { countGraph, loadGraph } from '../store/load-graph.ts';
import { applySchema } from '../store/schema.ts';

const USAGE = `Usage: npm run seed [-- --print]
  --print   write the article graph (Graph JSON) to stdout; no database is used
  (none)    apply cypher/schema.cypher and load the article graph into the Neo4j named by NEO4J_URI,
            NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE (a local Neo4j is started when NEO4J_URI is unset)`;

async function load(): Promise<void> {
  const env = readEnv(process.env);
  const graph = buildArticleGraph();
  let local: LocalNeo4j | undefined;
  let uri = env.NEO4J_URI;
  if (uri === undefined) {
    console.error('NEO4J_URI is not set: starting a local Neo4j...');
    local = await startLocalNeo4j(localNeo4jSettings(process.env));
    uri = local.uri;
  }
  const db = new Database({ uri, user: env.NEO4J_USER, password: env.NEO4J_PASSWORD, database: env.NEO4J_DATABASE });
  try {
    await applySchema(db);
    const summary = await loadGraph(db, graph);
    const counts = await countGraph(db);
    console.log(`Loaded the article graph into ${uri} (database ${env.NEO4J_DATABASE}):`);
    console.log(`  ${summary.nodes} nodes, ${summary.relationships} relationships written in ${summary.batches} batches;`);
    console.log(`  ${summary.deletedNodes} stale nodes and ${summary.deletedRelationships} stale relationships removed.`);
    console.log('Nodes per label:');
    for (const [label, n] of Object.entries(counts.labels)) console.log(`  ${label.padEnd(24)} ${n}`);
    console.log('Relationships per type:');
    for (const [type, n] of Object.entries(counts.types)) console.log(`  ${type.padEnd(32)} ${n}`);
  } finally {
    await db.close();
    await local?.stop();
  }
}

async function main(args: string[]): Promise<void> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return;
  }
  const unknown = args.filter((a) => a !== '--print');
  if (unknown.length > 0) throw new Error(`Unknown argument ${unknown.join(' ')}\n${USAGE}`);
  if (args.includes('--print')) {
    process.stdout.write(`${JSON.stringify(buildArticleGraph(), null, 2)}\n`);
    return;
  }
  await load();
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
