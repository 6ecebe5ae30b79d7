/**
 * `npm run seed`          adds the seed article to an empty corpus in Neo4j (NEO4J_URI…; without NEO4J_URI a local
 *                         Neo4j is started for the duration of the run) and prints the counts;
 * `npm run seed -- --print` writes the article graph as Graph JSON to stdout without touching a database.
 */
import { openDatabase } from './database.ts';
import { buildArticleGraph } from '../corpus/seed/article-graph.ts';
import { countGraph } from '../store/load-graph.ts';
import { seedIfEmpty } from '../corpus/seed-database.ts';

const USAGE = `Usage: npm run seed [-- --print]
  --print   write the article graph (Graph JSON) to stdout; no database is used
  (none)    apply store/cypher/schema.cypher and add the seed article, when the corpus is empty, to the Neo4j named by NEO4J_URI,
            NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE (a local Neo4j is started when NEO4J_URI is unset)`;

async function load(): Promise<void> {
  const open = await openDatabase((message) => console.error(message));
  const { db, uri, database } = open;
  try {
    const { seeded, summary } = await seedIfEmpty(db);
    const counts = await countGraph(db);
    console.log(
      seeded && summary
        ? `Added the seed article to ${uri} (database ${database}): ${summary.sentences} sentences, ${summary.mentions} mentions, ${summary.entities.created.length} entities, ${summary.facts.created.length} facts.`
        : `${uri} (database ${database}) already holds articles; the seed article is added only to an empty corpus.`,
    );
    console.log('Nodes per label:');
    for (const [label, n] of Object.entries(counts.labels)) console.log(`  ${label.padEnd(24)} ${n}`);
    console.log('Relationships per type:');
    for (const [type, n] of Object.entries(counts.types)) console.log(`  ${type.padEnd(32)} ${n}`);
  } finally {
    await open.close();
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
