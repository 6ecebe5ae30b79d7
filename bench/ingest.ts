/**
 * `npm run bench:ingest [-- --articles 1000 --sample 30 --warmup 10 --nodes 100000 --seed 1]`: how long a dry run and an
 * ingestion of one generated 300-word article take, through the ingestion use case (ingest/, what
 * `POST /api/articles` runs), with the seed article graph and with a 100k-node synthetic graph in Neo4j; and
 * the throughput of ingesting `--articles` generated articles one after another. With `--corpus DIR` (a store
 * kept by `npm run gen:corpus -- --data-dir DIR`), also one more article into that corpus: the next articles
 * of the same generator, each retracted again afterwards so the corpus stays as it was. Writes bench/RESULTS.md.
 */
import { seedIfEmpty } from '../corpus/seed-database.ts';
import { ingestArticle, previewArticle, retractStoredArticle } from '../ingest/ingest-article.ts';
import { articleCount } from '../store/load-graph.ts';
import type { Database } from '../store/database.ts';
import { readKnownEntities } from '../store/known-entities.ts';
import { syntheticArticles, type SyntheticArticle } from './articles.ts';
import { generateCorpus } from './generate.ts';
import { startWithBulkImport } from './load-synthetic.ts';
import { percentile } from './measure.ts';
import { startBenchNeo4j } from './neo4j-instance.ts';
import { flags, fmt, loadAverage, machineLine, table, writeSection } from './results.ts';

const args = flags(process.argv.slice(2));
const total = Number(args.get('articles') ?? 1000);
const sample = Number(args.get('sample') ?? 30);
const warm = Number(args.get('warmup') ?? 10);
const nodes = Number(args.get('nodes') ?? 100_000);
const seed = Number(args.get('seed') ?? 1);
const corpusDir = args.get('corpus');

const input = (a: SyntheticArticle) => ({ text: a.text, title: a.title, published: a.published });
const words = (a: SyntheticArticle): number => a.text.split(/\s+/u).length;

interface Timing {
  p50: number;
  p95: number;
}

async function timed(items: readonly SyntheticArticle[], run: (a: SyntheticArticle) => Promise<unknown>): Promise<Timing> {
  const times: number[] = [];
  for (const item of items) {
    const began = performance.now();
    await run(item);
    times.push(performance.now() - began);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

/**
 * A running server has planned its statements and holds the hot part of the store in Neo4j's page cache: the
 * warm-up articles are ingested and retracted first, so the figures are those of the next article, not of
 * the first statements after a start (which `--warmup 0` measures).
 */
async function warmUp(db: Database, articles: readonly SyntheticArticle[]): Promise<void> {
  const added: string[] = [];
  for (const a of articles) added.push((await ingestArticle(db, input(a), 'bench-warm-up')).article.id);
  for (const id of added.reverse()) await retractStoredArticle(db, id, 'bench-warm-up');
}

async function measureGraph(db: Database, articles: readonly SyntheticArticle[], log: (line: string) => void, retract = false): Promise<{ known: number; dry: Timing; ingest: Timing }> {
  const known = (await readKnownEntities(db)).length;
  // The first dry run builds the extractor for this graph version; it is not what a person waits for each time.
  const first = articles[0];
  if (first) await previewArticle(db, input(first));
  const dry = await timed(articles, (a) => previewArticle(db, input(a)));
  log(`  ${known} known entities: dry run p50 ${fmt(dry.p50)} ms, p95 ${fmt(dry.p95)} ms`);
  const added: string[] = [];
  const ingest = await timed(articles, async (a) => added.push((await ingestArticle(db, input(a), 'bench')).article.id));
  log(`  ingest p50 ${fmt(ingest.p50)} ms, p95 ${fmt(ingest.p95)} ms`);
  if (retract) for (const id of added.reverse()) await retractStoredArticle(db, id, 'bench');
  return { known, dry, ingest };
}

const loadBefore = loadAverage();
const machine = machineLine();
const articles = syntheticArticles(total + 2 * sample + warm, seed);
/** Articles none of the figures use, for the warm-ups of the seed and synthetic graphs. */
const warmUps = articles.slice(total + 2 * sample);
const meanWords = Math.round(articles.reduce((n, a) => n + words(a), 0) / articles.length);
console.log(`${articles.length} generated articles, ${meanWords} words on average`);

const rows: (string | number)[][] = [];
let throughput: { articles: number; seconds: number };

console.log('seed article graph');
const small = await startBenchNeo4j();
try {
  await seedIfEmpty(small.db);
  await warmUp(small.db, warmUps);
  const figures = await measureGraph(small.db, articles.slice(0, sample), console.log);
  rows.push(['seed article graph', figures.known, fmt(figures.dry.p50), fmt(figures.dry.p95), fmt(figures.ingest.p50), fmt(figures.ingest.p95)]);
  const batch = articles.slice(2 * sample, 2 * sample + total);
  const began = performance.now();
  for (const [n, a] of batch.entries()) {
    await ingestArticle(small.db, input(a), 'bench');
    if ((n + 1) % 100 === 0) console.log(`  ${n + 1}/${batch.length} ingested, ${((n + 1) / ((performance.now() - began) / 1000)).toFixed(1)} articles/s`);
  }
  throughput = { articles: batch.length, seconds: (performance.now() - began) / 1000 };
} finally {
  await small.stop();
}

console.log(`synthetic graph of ${nodes} nodes`);
const corpus = generateCorpus({ nodes, seed });
const large = (await startWithBulkImport(corpus, console.log)).neo4j;
try {
  await seedIfEmpty(large.db);
  await warmUp(large.db, warmUps);
  const figures = await measureGraph(large.db, articles.slice(sample, 2 * sample), console.log);
  rows.push([`synthetic, ${nodes.toLocaleString('en')} nodes`, figures.known, fmt(figures.dry.p50), fmt(figures.dry.p95), fmt(figures.ingest.p50), fmt(figures.ingest.p95)]);
} finally {
  await large.stop();
}

if (corpusDir !== undefined) {
  const kept = await startBenchNeo4j(corpusDir);
  try {
    const stored = await articleCount(kept.db);
    // Generated article i is the corpus's (i + 2)th (the seed article is the first): the next ones are new to it.
    const next = syntheticArticles(stored - 1 + warm + sample, seed).slice(stored - 1);
    console.log(`corpus of ${stored} articles`);
    await warmUp(kept.db, next.slice(0, warm));
    const figures = await measureGraph(kept.db, next.slice(warm), console.log, true);
    rows.push([`generated corpus, ${stored.toLocaleString('en')} articles`, figures.known, fmt(figures.dry.p50), fmt(figures.dry.p95), fmt(figures.ingest.p50), fmt(figures.ingest.p95)]);
  } finally {
    await kept.stop();
  }
}

writeSection(
  'ingest',
  `## Ingestion (\`npm run bench:ingest\`)

${machine} · load average ${loadAverage().toFixed(2)} at the end (${loadBefore.toFixed(2)} at start)

Generated articles (bench/articles.ts, ${meanWords} words on average), through the ingestion use case that
\`POST /api/articles\` runs (extraction, linking against the graph, planning, and for an ingestion the one write
transaction). ${sample} articles per figure, one at a time, after ${warm} others were ingested and retracted (a
running server has planned its statements and warmed its page cache; \`--warmup 0\` measures a fresh start); the
extractor for the graph is built before the first.
${corpusDir === undefined ? '' : 'Into the generated corpus: the next articles of its generator, each retracted again after the figures were taken.\n'}

${table(['graph in Neo4j', 'known entities', 'dry run p50 (ms)', 'dry run p95', 'ingest p50 (ms)', 'ingest p95'], rows)}

Throughput: ${throughput.articles} generated articles ingested one after another into the seed graph in
${throughput.seconds.toFixed(1)} s: **${(throughput.articles / throughput.seconds).toFixed(1)} articles/s**.`,
);
