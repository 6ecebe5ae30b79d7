/**
 * `npm run gen:corpus -- --articles 10000 --seed 1 [--data-dir DIR]`: a corpus of generated articles
 * (bench/articles.ts: hubs in most articles, a long tail of cells, leaders and places) ingested one after
 * another through the real ingestion use case (`ingestArticle`, what `POST /api/articles` runs: extraction,
 * linking, the one recorded write transaction), after the seed article. What is in the store is therefore
 * exactly what ingestion writes. With `--data-dir` the store is kept for `npm run bench:api -- --corpus DIR`;
 * a kept store that holds the first articles already goes on from where it stopped. The load rate and what
 * the corpus holds go to bench/RESULTS.md (section corpus). With `--minutes M` it stops ingesting after M
 * minutes (a machine too small or too busy for the whole corpus) and reports the corpus it reached.
 */
import { seedIfEmpty } from '../corpus/seed-database.ts';
import { ingestArticle } from '../ingest/ingest-article.ts';
import { articleCount } from '../store/load-graph.ts';
import { syntheticArticles } from './articles.ts';
import { corpusFigures } from './corpus-figures.ts';
import { percentile } from './measure.ts';
import { startBenchNeo4j } from './neo4j-instance.ts';
import { flags, fmt, loadAverage, machineLine, table, writeSection } from './results.ts';

const args = flags(process.argv.slice(2));
const total = Number(args.get('articles') ?? 10_000);
const seed = Number(args.get('seed') ?? 1);
const dataDir = args.get('data-dir');
const minutes = args.has('minutes') ? Number(args.get('minutes')) : Infinity;
const WINDOW = Math.max(1, Math.min(1000, Math.floor(total / 10)));
if (!Number.isInteger(total) || total < 1 || !Number.isInteger(seed)) {
  console.error('usage: npm run gen:corpus -- --articles N --seed S [--data-dir DIR]');
  process.exit(2);
}

const machine = machineLine();
const loadBefore = loadAverage();
const articles = syntheticArticles(total, seed);
const instance = await startBenchNeo4j(dataDir);
try {
  await seedIfEmpty(instance.db);
  // The seed article is the first; generated article i is the corpus's (i + 2)th.
  const done = Math.max(0, (await articleCount(instance.db)) - 1);
  if (done > 0) console.log(`${done} generated articles are already in the store; going on from there`);
  const windows: { from: number; to: number; p50: number; p95: number; rate: number; load: number }[] = [];
  let times: number[] = [];
  let windowStart = performance.now();
  const began = performance.now();
  let reached = articles.length;
  for (let i = done; i < articles.length; i++) {
    const a = articles[i];
    if (a === undefined) break;
    if ((performance.now() - began) / 60_000 >= minutes) {
      reached = i;
      console.log(`stopping after ${minutes} min at ${i} generated articles (--minutes)`);
      if (times.length > 0) {
        const elapsed = (performance.now() - windowStart) / 1000;
        times.sort((x, y) => x - y);
        windows.push({ from: i + 1 - times.length, to: i, p50: percentile(times, 50), p95: percentile(times, 95), rate: times.length / elapsed, load: loadAverage() });
      }
      break;
    }
    const start = performance.now();
    const result = await ingestArticle(instance.db, { text: a.text, title: a.title, published: a.published }, 'gen-corpus');
    if (result.duplicate === true) throw new Error(`article ${i + 1} is a duplicate of one already stored: the generator must make every article unique`);
    times.push(performance.now() - start);
    if ((i + 1) % WINDOW === 0 || i + 1 === articles.length) {
      const elapsed = (performance.now() - windowStart) / 1000;
      times.sort((x, y) => x - y);
      const w = { from: i + 2 - times.length, to: i + 1, p50: percentile(times, 50), p95: percentile(times, 95), rate: times.length / elapsed, load: loadAverage() };
      windows.push(w);
      console.log(`articles ${w.from}–${w.to}: ${w.rate.toFixed(1)} articles/s, p50 ${fmt(w.p50)} ms, p95 ${fmt(w.p95)} ms, load ${w.load.toFixed(1)}`);
      times = [];
      windowStart = performance.now();
    }
  }
  const seconds = (performance.now() - began) / 1000;
  const ingested = reached - done;
  const figures = await corpusFigures(instance.db);
  console.log(figures.summary);
  writeSection(
    'corpus',
    `## Corpus generator and load rate (\`npm run gen:corpus -- --articles ${total} --seed ${seed}\`)

${machine} · load average ${loadAverage().toFixed(2)} at the end (${loadBefore.toFixed(2)} at start)

${reached < total ? `**Stopped by \`--minutes ${minutes}\` at ${reached.toLocaleString('en')} of ${total.toLocaleString('en')} generated articles**: the figures below are those of the corpus it reached.\n\n` : ''}${done > 0 ? `This run went on from a kept store holding ${done} generated articles; the rate is that of the last ${ingested}.\n\n` : ''}The seed article, then ${total.toLocaleString('en')} generated articles (bench/articles.ts), each ingested through \`ingestArticle\` — extraction against
everything the graph knows, linking, planning and the one recorded write transaction, exactly what \`POST /api/articles\`
does — one after another: **${(ingested / seconds).toFixed(1)} articles/s** (${ingested.toLocaleString('en')} in ${(seconds / 60).toFixed(1)} min,
${Math.round(figures.rows / seconds).toLocaleString('en')} stored rows/s counting every node and relationship the corpus holds).

${table(
  ['articles', 'articles/s', 'ingest p50 (ms)', 'ingest p95 (ms)', 'load average'],
  windows.map((w) => [`${w.from.toLocaleString('en')}–${w.to.toLocaleString('en')}`, w.rate.toFixed(1), fmt(w.p50), fmt(w.p95), w.load.toFixed(1)]),
)}

${figures.markdown}`,
  );
} finally {
  await instance.stop();
}
