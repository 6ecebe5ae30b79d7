/**
 * `npm run bench:api [-- --nodes 100000 --seed 1 --data-dir DIR --corpus DIR --seconds 3 --graphs article,corpus,synthetic]`: every exploration
 * endpoint and a typical console query, at 1 and 32 concurrent clients, on the article graph, on a generated
 * corpus kept by `npm run gen:corpus -- --data-dir DIR` (with --corpus) and on a synthetic graph; the same Cypher statements through the bare driver give Sila's own overhead (API / raw).
 * Figures go to bench/RESULTS.md.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Graph } from '../contract/graph.ts';
import { buildArticleGraph } from '../corpus/seed/article-graph.ts';
import { seedIfEmpty } from '../corpus/seed-database.ts';
import { startServer } from './server-process.ts';
import { httpClient } from './http-client.ts';
import { putBody, startBareServer } from './bare-http.ts';
import { cypher } from '../store/cypher-files.ts';
import { typeExpression } from '../server/services/fact-types.ts';
import { ABOVE_EVERY_KEY } from '../server/services/pages.ts';
import { FIRST_PAGE } from '../contract/api.ts';
import { CANDIDATES_PER_INDEX } from '../server/services/search.ts';
import { luceneQueries } from '../server/services/search/lucene.ts';
import { MAX_QUERY_WORDS, words } from '../text/query-text.ts';
import { generateCorpus } from './generate.ts';
import { startWithBulkImport, verifyCounts } from './load-synthetic.ts';
import { measure, type Figures } from './measure.ts';
import { cpuDuring } from './process-cpu.ts';
import { profileBreakdown, type Category, type CpuProfile } from './cpu-profile.ts';
import { BENCH_PASSWORD, BENCH_USER, hasDatabase, startBenchNeo4j, type BenchNeo4j } from './neo4j-instance.ts';
import { probesOf, probesOfStore, type Probes } from './probes.ts';
import { countGraph } from '../store/load-graph.ts';
import { flags, fmt, loadAverage, machineLine, table, writeSection } from './results.ts';

const args = flags(process.argv.slice(2));
const nodes = Number(args.get('nodes') ?? 100_000);
const seed = Number(args.get('seed') ?? 1);
const seconds = Number(args.get('seconds') ?? 3);
const CONCURRENCY = [1, 32] as const;
/** Which graphs to measure (`--graphs article,synthetic`); the corpus is measured when `--corpus DIR` is given. */
const graphs = new Set((args.get('graphs') ?? 'article,corpus,synthetic').split(','));

interface Statement {
  query: string;
  params: Record<string, unknown>;
  /** Console statements: EXPLAIN runs in an auto-commit transaction, as the server does. */
  autoCommit?: boolean;
}

interface Endpoint {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
  /** Every statement the endpoint sends to Neo4j, in order, with the same parameters. */
  statements: Statement[];
  /** The statements go in one read transaction, sent together, as the server sends them (Database.readAll). */
  together?: boolean;
}

const TYPICAL_CONSOLE_QUERY = 'MATCH (n:Entity {id: $id})-[r]-(m:Entity) RETURN n, r, m ORDER BY m.id LIMIT 50';

function endpoints(p: Probes, factTypes: readonly string[]): Endpoint[] {
  const search = (q: string): Statement => {
    const { arabic, latin } = luceneQueries(words(q).slice(0, MAX_QUERY_WORDS));
    return { query: cypher('search/candidates'), params: { arabic, latin, candidates: CANDIDATES_PER_INDEX } };
  };
  // The server reads the fact types once per 30 s (server/services/fact-types.ts), so raw does not repeat it.
  const neighbours = (id: string): Statement => ({
    query: cypher('explore/neighbors').replaceAll('{{factTypes}}', typeExpression(factTypes)),
    params: { id, filtered: false, labels: null, direction: 'both', limit: 100 },
  });
  // A node's detail: its degrees, mention count and notes, and its first page of mentions, in one transaction.
  const node = (id: string): Statement[] => [
    { query: cypher('explore/node'), params: { id } },
    { query: cypher('explore/mentions'), params: { id, key: ABOVE_EVERY_KEY, index: -1, start: -1, limit: FIRST_PAGE } },
  ];
  const consoleParams = { id: p.hub };
  return [
    { name: 'starting view', method: 'GET', path: '/api/graph', statements: [{ query: cypher('explore/starting-graph'), params: { limit: 300, edgeLimit: 20_001 } }] },
    { name: `node (hub, ${p.hubDegree} facts)`, method: 'GET', path: `/api/nodes/${p.hub}`, statements: node(p.hub), together: true },
    { name: `node (most named, ${p.mentions} mentions)`, method: 'GET', path: `/api/nodes/${p.mentioned}`, statements: node(p.mentioned), together: true },
    { name: 'node (leaf)', method: 'GET', path: `/api/nodes/${p.leaf}`, statements: node(p.leaf), together: true },
    { name: 'neighbours of hub (limit 100)', method: 'GET', path: `/api/nodes/${p.hub}/neighbors`, statements: [neighbours(p.hub)] },
    { name: 'neighbours of leaf', method: 'GET', path: `/api/nodes/${p.leaf}/neighbors`, statements: [neighbours(p.leaf)] },
    { name: `search Arabic «${p.arabicQuery}»`, method: 'GET', path: `/api/search?q=${encodeURIComponent(p.arabicQuery)}`, statements: [search(p.arabicQuery)] },
    { name: `search Latin «${p.latinQuery}»`, method: 'GET', path: `/api/search?q=${encodeURIComponent(p.latinQuery)}`, statements: [search(p.latinQuery)] },
    {
      name: `shortest path (${p.pathHops} hops)`,
      method: 'GET',
      path: `/api/paths?from=${p.pathFrom}&to=${p.pathTo}`,
      statements: [
        { query: cypher('explore/entities-exist'), params: { ids: [p.pathFrom, p.pathTo] } },
        { query: cypher('paths/shortest'), params: { from: p.pathFrom, to: p.pathTo, pathLimit: 100 } },
      ],
    },
    {
      name: 'console: hub neighbourhood, 50 rows',
      method: 'POST',
      path: '/api/cypher',
      body: { query: TYPICAL_CONSOLE_QUERY, params: consoleParams },
      statements: [
        { query: `EXPLAIN ${TYPICAL_CONSOLE_QUERY}`, params: consoleParams, autoCommit: true },
        { query: TYPICAL_CONSOLE_QUERY, params: consoleParams },
      ],
    },
  ];
}

async function rawCall(driver: Driver, statements: Statement[], together = false): Promise<void> {
  if (together) {
    const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
    try {
      await session.executeRead((tx) => Promise.all(statements.map((s) => tx.run(s.query, s.params))));
    } finally {
      await session.close();
    }
    return;
  }
  for (const s of statements) {
    const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
    try {
      if (s.autoCommit) await session.run(s.query, s.params);
      else await session.executeRead((tx) => tx.run(s.query, s.params));
    } finally {
      await session.close();
    }
  }
}

/** The same request through undici's fetch, to show what the choice of client costs (see http-client.ts). */
async function fetchCall(url: string, e: Endpoint): Promise<void> {
  const response = await fetch(url + e.path, {
    method: e.method,
    headers: e.body === undefined ? {} : { 'content-type': 'application/json' },
    body: e.body === undefined ? null : JSON.stringify(e.body),
  });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${e.path}: HTTP ${response.status}`);
}

interface Row {
  endpoint: string;
  concurrency: number;
  statements: number;
  api: Figures;
  raw: Figures;
  /** CPU ms per call: of the server, Neo4j and the load generator for the API; of Neo4j and the driver's process for raw. */
  cpu: { server: number; neo4jApi: number; client: number; neo4jRaw: number; driver: number };
  /** With one client: the API's body, and the p50 of a bare node:http server answering those bytes. */
  floor?: { bytes: number; bareP50: number };
}

/** What undici's fetch costs against the benchmark's client, on one endpoint with one client, in the same run. */
interface ClientCost {
  endpoint: string;
  fetchP50: number;
  httpP50: number;
}

interface GraphRun {
  rows: Row[];
  clientCost: ClientCost;
}

/** Seconds each endpoint runs, through the API and raw, before any figure is taken. */
const WARMUP_SECONDS = 2;

async function benchGraph(instance: BenchNeo4j, probes: Probes, log: (line: string) => void): Promise<GraphRun> {
  const { url, child } = await startServer(instance.neo4j.uri);
  const client = httpClient(url);
  const bare = await startBareServer();
  const bareClient = httpClient(bare.url);
  const driver = neo4j.driver(instance.neo4j.uri, neo4j.auth.basic(BENCH_USER, BENCH_PASSWORD), { userAgent: 'sila-bench/raw' });
  const rows: Row[] = [];
  try {
    const { records } = await driver.executeQuery(cypher('explore/fact-types'), {}, { database: 'neo4j', routing: 'READ' });
    const factTypes = (records[0]?.get('types') as string[] | undefined) ?? [];
    const list = endpoints(probes, factTypes);
    const apiCall = (e: Endpoint): Promise<void> => client.call(e.method, e.path, e.body);
    // A fresh Neo4j runs a query several times slower in its first seconds (JIT, page cache) than later:
    // without this pass the first endpoint to use a query would be measured cold and the next one warm.
    for (const e of list) {
      // One checked call first: a benchmark of an error page would be meaningless.
      await apiCall(e);
      await rawCall(driver, e.statements, e.together);
      await measure(() => apiCall(e), 8, WARMUP_SECONDS * 1000, 0);
      await measure(() => rawCall(driver, e.statements, e.together), 8, WARMUP_SECONDS * 1000, 0);
    }
    for (const e of list) {
      for (const concurrency of CONCURRENCY) {
        const rawRun = await cpuDuring({ neo4j: instance.neo4j.pid, driver: process.pid }, () => measure(() => rawCall(driver, e.statements, e.together), concurrency, seconds * 1000));
        const apiRun = await cpuDuring({ server: child.pid ?? -1, neo4j: instance.neo4j.pid, client: process.pid }, () => measure(() => apiCall(e), concurrency, seconds * 1000));
        const raw = rawRun.result;
        const api = apiRun.result;
        const per = (ms: number | undefined, calls: number): number => (ms ?? 0) / Math.max(1, calls);
        const cpu = {
          server: per(apiRun.cpuMs.server, api.calls),
          neo4jApi: per(apiRun.cpuMs.neo4j, api.calls),
          client: per(apiRun.cpuMs.client, api.calls),
          neo4jRaw: per(rawRun.cpuMs.neo4j, raw.calls),
          driver: per(rawRun.cpuMs.driver, raw.calls),
        };
        let floor: Row['floor'];
        if (concurrency === 1) {
          const bytes = await client.body(e.method, e.path, e.body);
          await putBody(bare.url, bytes);
          floor = { bytes: bytes.length, bareP50: (await measure(() => bareClient.call('GET', '/'), 1, seconds * 1000)).p50 };
        }
        rows.push({ endpoint: e.name, concurrency, statements: e.statements.length, api, raw, cpu, ...(floor ? { floor } : {}) });
        log(`${e.name} ×${concurrency}: API p50 ${fmt(api.p50)} p99 ${fmt(api.p99)} ms ${api.throughput.toFixed(0)}/s · raw p50 ${fmt(raw.p50)} p99 ${fmt(raw.p99)} ms`);
      }
    }
    const leaf = list.find((e) => e.name === 'node (leaf)') ?? list[0];
    if (leaf === undefined) throw new Error('no endpoint to measure');
    const viaFetch = await measure(() => fetchCall(url, leaf), 1, seconds * 1000);
    const viaHttp = await measure(() => apiCall(leaf), 1, seconds * 1000);
    return { rows, clientCost: { endpoint: leaf.name, fetchP50: viaFetch.p50, httpP50: viaHttp.p50 } };
  } finally {
    client.close();
    bareClient.close();
    bare.close();
    await driver.close();
    child.kill('SIGTERM');
  }
}

const PROFILE_SECONDS = 10;

interface ServerProfile {
  requests: number;
  /** ms of the server's main thread per request, by category (idle left out). */
  perRequest: Map<Category, number>;
}

/**
 * Where the server's own time goes under load: the server again, with `--cpu-prof`, under 32 clients cycling
 * through the light endpoints (a leaf's detail and neighbours, a Latin search, the hub's detail) for
 * PROFILE_SECONDS after a warm-up; the profile's samples of that window, by category, per request.
 */
async function profileServer(instance: BenchNeo4j, probes: Probes): Promise<ServerProfile> {
  const dir = mkdtempSync(join(tmpdir(), 'sila-bench-prof-'));
  const { url, child } = await startServer(instance.neo4j.uri, {}, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
  const client = httpClient(url);
  try {
    const paths = [`/api/nodes/${probes.leaf}`, `/api/nodes/${probes.leaf}/neighbors`, `/api/search?q=${encodeURIComponent(probes.latinQuery)}`, `/api/nodes/${probes.hub}`];
    let next = 0;
    const call = (): Promise<void> => client.call('GET', paths[next++ % paths.length] ?? '/api/health');
    await measure(call, 32, 2000);
    const figures = await measure(call, 32, PROFILE_SECONDS * 1000, 0);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    if (file === undefined) throw new Error('the server wrote no CPU profile');
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
    // The profile ends with the server's shutdown, a moment after the load: its last seconds are the load.
    const breakdown = profileBreakdown(profile, PROFILE_SECONDS * 1000);
    breakdown.delete('idle');
    return { requests: figures.calls, perRequest: new Map([...breakdown].map(([k, ms]) => [k, ms / Math.max(1, figures.calls)])) };
  } finally {
    client.close();
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

function profileTable(p: ServerProfile): string {
  const total = [...p.perRequest.values()].reduce((a, b) => a + b, 0);
  const rows = [...p.perRequest].sort((a, b) => b[1] - a[1]).map(([k, ms]) => [k, fmt(ms), `${((100 * ms) / total).toFixed(1)} %`]);
  return `The server's main thread under 32 clients (a leaf's detail and neighbours, a Latin search and the hub's detail in turn; ${p.requests.toLocaleString('en')} requests in ${PROFILE_SECONDS} s), from a V8 CPU profile, per request:\n\n${table(['where', 'ms per request', 'share'], [...rows, ['all', fmt(total), '100 %']])}`;
}

function report(title: string, graph: string, run: GraphRun, profile?: ServerProfile): string {
  const { rows, clientCost } = run;
  const body = table(
    ['endpoint', 'clients', 'API p50 (ms)', 'API p95', 'API p99', 'API req/s', 'raw p50 (ms)', 'raw p99', 'raw req/s', 'API/raw p50', 'API−raw p50 (ms)', 'body (bytes)', 'bare HTTP p50 (ms)', 'API−raw−bare p50', 'statements', 'errors'],
    rows.map((r) => [
      r.endpoint,
      r.concurrency,
      fmt(r.api.p50),
      fmt(r.api.p95),
      fmt(r.api.p99),
      r.api.throughput.toFixed(0),
      fmt(r.raw.p50),
      fmt(r.raw.p99),
      r.raw.throughput.toFixed(0),
      `${(r.api.p50 / r.raw.p50).toFixed(2)}×`,
      fmt(r.api.p50 - r.raw.p50),
      r.floor ? r.floor.bytes.toLocaleString('en') : '',
      r.floor ? fmt(r.floor.bareP50) : '',
      r.floor ? fmt(r.api.p50 - r.raw.p50 - r.floor.bareP50) : '',
      r.statements,
      r.api.errors + r.raw.errors,
    ]),
  );
  // Where each call's CPU goes, with 32 clients (the most calls, so the 10 ms ticks of /proc average out).
  const cpuRows = rows.filter((r) => r.concurrency === Math.max(...CONCURRENCY));
  const cpu = table(
    ['endpoint (32 clients)', 'API: server CPU (ms/call)', 'API: Neo4j CPU', 'API: load generator CPU', 'API total', 'raw: Neo4j CPU', 'raw: driver process CPU', 'raw total', 'raw/API total', '2 cores ÷ API total (calls/s)'],
    cpuRows.map((r) => {
      const api = r.cpu.server + r.cpu.neo4jApi + r.cpu.client;
      const raw = r.cpu.neo4jRaw + r.cpu.driver;
      return [r.endpoint, fmt(r.cpu.server), fmt(r.cpu.neo4jApi), fmt(r.cpu.client), fmt(api), fmt(r.cpu.neo4jRaw), fmt(r.cpu.driver), fmt(raw), `${(raw / api).toFixed(2)}×`, api > 0 ? (2000 / api).toFixed(0) : '—'];
    }),
  );
  const clientLine = `The load generator's client is node:http over kept-alive sockets (bench/http-client.ts). The same ${clientCost.endpoint} with undici's fetch, 1 client, in this run: p50 ${fmt(clientCost.fetchP50)} ms against ${fmt(clientCost.httpP50)} ms. With 1 client, "bare HTTP" is a bare node:http server in its own process (bench/bare-http.ts) answering the endpoint's own body to the same client: what carrying those bytes over HTTP costs at all. "API−raw−bare" is what is left for the server's own work (routing, checks, conversion, JSON).`;
  return `### ${title}\n\n${graph}\n\n${clientLine}\n\n${body}${profile ? `\n\n${profileTable(profile)}` : ''}\n\nCPU per call, from /proc (user + system) of each process while the endpoint ran; all processes share the same 2 cores, so\nthroughput with 32 clients cannot pass 2,000 ms ÷ the CPU a call costs in all of them together:\n\n${cpu}`;
}

const machine = machineLine([`${seconds} s per endpoint × clients × (API, raw), each after a 0.4 s warm-up, once every endpoint of the graph ran ${WARMUP_SECONDS} s through each (8 clients)`]);
const loadBefore = loadAverage();
const sections: string[] = [];

const article = graphs.has('article') ? await startBenchNeo4j() : null;
if (article) {
  try {
    await seedIfEmpty(article.db);
    const graph: Graph = buildArticleGraph();
    const probes = probesOf(graph);
    console.log('article graph probes', probes);
    const run = await benchGraph(article, probes, console.log);
    const profile = await profileServer(article, probes);
    sections.push(report('Article graph', `${graph.nodes.length} nodes, ${graph.edges.length} relationships. Probes: ${JSON.stringify(probes)}`, run, profile));
  } finally {
    await article.stop();
  }
}

const corpusDir = args.get('corpus');
if (corpusDir !== undefined && graphs.has('corpus')) {
  // A corpus kept by `npm run gen:corpus -- --data-dir DIR`: what ingestion wrote, article by article.
  const corpusStore = await startBenchNeo4j(corpusDir);
  try {
    const probes = await probesOfStore(corpusStore.db);
    const { labels, types } = await countGraph(corpusStore.db);
    console.log('corpus probes', probes);
    const run = await benchGraph(corpusStore, probes, console.log);
    const profile = await profileServer(corpusStore, probes);
    const count = (record: Record<string, number>): number => Object.values(record).reduce((a, b) => a + b, 0);
    sections.push(
      report(
        `Generated corpus (${(labels.Article ?? 0).toLocaleString('en')} articles, npm run gen:corpus)`,
        `${count(labels).toLocaleString('en')} nodes, ${count(types).toLocaleString('en')} relationships. Probes: ${JSON.stringify(probes)}`,
        run,
        profile,
      ),
    );
  } finally {
    await corpusStore.stop();
  }
}

const dataDir = args.get('data-dir');
if (graphs.has('synthetic')) {
  const corpus = generateCorpus({ nodes, seed });
  // A kept store from `npm run gen -- --data-dir DIR` is reused only when it holds this very corpus.
  const synthetic = dataDir !== undefined && hasDatabase(dataDir) ? await startBenchNeo4j(dataDir) : (await startWithBulkImport(corpus, console.log, dataDir)).neo4j;
  try {
    const graph: Graph = corpus.graph;
    await verifyCounts(synthetic.db, graph);
    const probes = probesOf(graph);
    console.log('synthetic graph probes', probes);
    const run = await benchGraph(synthetic, probes, console.log);
    const profile = await profileServer(synthetic, probes);
    sections.push(report(`Synthetic graph (--nodes ${nodes} --seed ${seed})`, `${graph.nodes.length} nodes, ${graph.edges.length} relationships. Probes: ${JSON.stringify(probes)}`, run, profile));
  } finally {
    await synthetic.stop();
  }
}

writeSection(
  'api',
  `## API latency and overhead (\`npm run bench:api\`)

${machine} · load average ${loadAverage().toFixed(2)} at the end (${loadBefore.toFixed(2)} at start)

"raw" runs the same Cypher text with the same parameters through a bare neo4j-driver (one session and managed
read transaction per statement, as the server does), from the benchmark process; the API figures go through
HTTP (node:http, kept-alive sockets) to the real server in its own process. "statements" is how many Cypher statements the
endpoint sends: the path endpoint checks that both ends exist first, the console EXPLAINs a query before it
runs it, and raw does the same sequence.

${sections.join('\n\n')}`,
);
