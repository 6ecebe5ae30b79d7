/**
 * A bounded load generator for Sila's API on loopback: `clients` concurrent loops, each sending a mix of
 * search, expand, node, edge, paths, console, article, graph and export requests (and a little bad input)
 * until `durationMs` has passed. Every response is checked: its status must be one that request may get,
 * and a successful body must parse with its contract schema. Nothing here asserts on time.
 */
import type { z } from 'zod';
import {
  articleSchema,
  cypherResultSchema,
  edgeDetailSchema,
  neighborsSchema,
  nodeDetailSchema,
  pathsResultSchema,
  problemSchema,
  searchResultSchema,
} from '../../contract/api.ts';
import { graphSchema } from '../../contract/graph.ts';
import { randomSource } from '../../bench/generate.ts';

export type RequestKind = 'search' | 'expand' | 'node' | 'edge' | 'paths' | 'console' | 'runaway' | 'article' | 'graph' | 'export' | 'bad-input';

export interface LoadOptions {
  baseUrl: string;
  clients: number;
  durationMs: number;
  /** Extra headers for every request (e.g. the API token). */
  headers?: Record<string, string>;
  /** Share of console requests that are runaway queries held until the server's timeout (0..1). */
  runawayShare?: number;
  /** Deterministic choice of requests. */
  seed?: number;
}

export interface KindStats {
  sent: number;
  statuses: Record<string, number>;
  /** Latencies in ms, kept for percentiles; only reported, never asserted. */
  latencies: number[];
}

export interface LoadResult {
  clients: number;
  /** How long new requests were sent. */
  requestedMs: number;
  /** Until the last answer came (a runaway query sent near the end is answered at its timeout). */
  durationMs: number;
  requests: number;
  byKind: Record<string, KindStats>;
  statuses: Record<string, number>;
  serverErrors: number;
  /** Responses with an unexpected status, an invalid body, a 429 without Retry-After, or a failed connection. */
  failures: string[];
}

interface Plan {
  kind: RequestKind;
  path: string;
  init?: RequestInit;
  expected: readonly number[];
  schema?: z.ZodType;
}

interface Universe {
  nodeIds: string[];
  edgeIds: string[];
  names: string[];
}

const SEARCHES = ['حموشي', 'الحموشي', 'اسود الخلافة', 'أسود', 'فاس', 'طنجه', 'Hammouchi', 'hamouchi', 'BCIJ', 'DGST', 'Daech', 'sahel', 'tanger', 'Fès', 'خلية', 'المكتب المركزي'];

const CONSOLE_QUERIES = [
  'MATCH (n:Entity) RETURN n.id AS id, n.name_ar AS name LIMIT 25',
  'MATCH p = (a:Entity)-[r]->(b:Entity) RETURN p LIMIT 20',
  'MATCH (n:Entity) RETURN labels(n)[1] AS kind, count(*) AS n ORDER BY n DESC',
  'MATCH (s:Sentence)-[m:MENTIONS]->(e:Entity) RETURN e.id AS id, count(m) AS mentions ORDER BY mentions DESC LIMIT 10',
  'CALL db.labels() YIELD label RETURN label',
  'MATCH (n:Entity) WHERE n.id = $id RETURN n',
];

const RUNAWAY = 'UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n';

const json = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

function pick<T>(items: readonly T[], next: () => number): T {
  const item = items[Math.floor(next() * items.length)];
  if (item === undefined) throw new Error('nothing to pick from');
  return item;
}

function plan(universe: Universe, next: () => number, runawayShare: number): Plan {
  const id = (): string => pick(universe.nodeIds, next);
  const roll = next();
  if (roll < 0.22) return { kind: 'search', path: `/api/search?q=${encodeURIComponent(next() < 0.5 ? pick(SEARCHES, next) : pick(universe.names, next))}`, expected: [200], schema: searchResultSchema };
  if (roll < 0.4) return { kind: 'expand', path: `/api/nodes/${id()}/neighbors?limit=${1 + Math.floor(next() * 100)}`, expected: [200], schema: neighborsSchema };
  if (roll < 0.5) return { kind: 'node', path: `/api/nodes/${id()}`, expected: [200], schema: nodeDetailSchema };
  if (roll < 0.56) return { kind: 'edge', path: `/api/edges/${pick(universe.edgeIds, next)}`, expected: [200], schema: edgeDetailSchema };
  if (roll < 0.7) {
    const from = id();
    let to = id();
    if (to === from) to = universe.nodeIds.find((n) => n !== from) ?? from;
    return { kind: 'paths', path: `/api/paths?from=${from}&to=${to}&mode=${next() < 0.7 ? 'shortest' : 'all'}`, expected: [200], schema: pathsResultSchema };
  }
  if (roll < 0.86) {
    if (next() < runawayShare) return { kind: 'runaway', path: '/api/cypher', init: json({ query: RUNAWAY }), expected: [408, 429] };
    const query = pick(CONSOLE_QUERIES, next);
    return { kind: 'console', path: '/api/cypher', init: json({ query, params: query.includes('$id') ? { id: id() } : {} }), expected: [200, 429], schema: cypherResultSchema };
  }
  if (roll < 0.9) return { kind: 'article', path: '/api/article', expected: [200], schema: articleSchema };
  if (roll < 0.93) return { kind: 'graph', path: '/api/graph', expected: [200], schema: graphSchema };
  if (roll < 0.96) return { kind: 'export', path: '/api/export', init: json({ format: pick(['json', 'cyjs', 'graphml', 'csv', 'cypher'] as const, next), nodeIds: [id(), id(), id()] }), expected: [200] };
  const bad = pick(
    [
      { path: `/api/search?q=${'x'.repeat(300)}`, expected: [400] },
      { path: '/api/search?q=a&q=b', expected: [400] },
      { path: '/api/nodes/NOT%20A%20SLUG', expected: [400] },
      { path: '/api/nodes/no-such-entity', expected: [404] },
      { path: '/api/paths?from=fes&to=fes', expected: [400, 404] },
      { path: '/api/cypher', init: json({ query: 'CREATE (:Intruder)' }), expected: [403, 429] },
      { path: '/api/cypher', init: json({ query: 'MATCH (n RETURN n' }), expected: [400, 429] },
      { path: '/api/export', init: json({ format: 'pdf', nodeIds: [] }), expected: [400] },
    ],
    next,
  );
  return { kind: 'bad-input', ...bad };
}

/** Reads the ids and names the requests are made of from the running server itself. */
export async function discover(baseUrl: string, headers: Record<string, string> = {}): Promise<Universe> {
  const response = await fetch(`${baseUrl}/api/graph?limit=5000`, { headers });
  if (!response.ok) throw new Error(`GET /api/graph answered ${response.status}`);
  const graph = graphSchema.parse(await response.json());
  const names = graph.nodes.flatMap((n) => [n.properties.name_ar, n.properties.name_en]).filter((v): v is string => typeof v === 'string' && v.length <= 200);
  if (graph.nodes.length < 2 || graph.edges.length === 0) throw new Error('the server has no graph to load test: seed it first');
  return { nodeIds: graph.nodes.map((n) => n.id), edgeIds: graph.edges.map((e) => e.id), names };
}

function check(plan: Plan, status: number, retryAfter: string | null, contentType: string, text: string): string | undefined {
  const where = `${plan.kind} ${plan.init?.method ?? 'GET'} ${plan.path.slice(0, 120)} → ${status}`;
  if (!plan.expected.includes(status)) return `${where}: unexpected status: ${text.slice(0, 200)}`;
  if (status === 429 && !/^\d+$/.test(retryAfter ?? '')) return `${where}: 429 without Retry-After`;
  if (status >= 400) {
    if (!contentType.startsWith('application/problem+json')) return `${where}: error is not problem+json`;
    const problem = problemSchema.safeParse(JSON.parse(text));
    return problem.success ? undefined : `${where}: invalid problem document`;
  }
  if (plan.schema) {
    const parsed = plan.schema.safeParse(JSON.parse(text));
    if (!parsed.success) return `${where}: body does not match its schema: ${parsed.error.message.slice(0, 300)}`;
  }
  return undefined;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const headers = options.headers ?? {};
  const universe = await discover(options.baseUrl, headers);
  const byKind: Record<string, KindStats> = {};
  const statuses: Record<string, number> = {};
  const failures: string[] = [];
  let requests = 0;
  const began = Date.now();
  const deadline = began + options.durationMs;

  const client = async (index: number): Promise<void> => {
    // The generator's PRNG, so a soak can be repeated request for request.
    const next = randomSource((options.seed ?? 7) * 1000 + index);
    while (Date.now() < deadline) {
      const p = plan(universe, next, options.runawayShare ?? 0.05);
      const stats = (byKind[p.kind] ??= { sent: 0, statuses: {}, latencies: [] });
      const start = performance.now();
      let label: string;
      try {
        const init = p.init ?? {};
        const response = await fetch(options.baseUrl + p.path, { ...init, headers: { ...headers, ...(init.headers as Record<string, string> | undefined) } });
        const text = await response.text();
        label = String(response.status);
        const failure = check(p, response.status, response.headers.get('retry-after'), response.headers.get('content-type') ?? '', text);
        if (failure) failures.push(failure);
      } catch (error) {
        label = 'network-error';
        failures.push(`${p.kind} ${p.path.slice(0, 120)}: ${error instanceof Error ? error.message : String(error)}`);
      }
      stats.latencies.push(performance.now() - start);
      stats.sent++;
      stats.statuses[label] = (stats.statuses[label] ?? 0) + 1;
      statuses[label] = (statuses[label] ?? 0) + 1;
      requests++;
    }
  };

  await Promise.all(Array.from({ length: options.clients }, (_v, i) => client(i)));
  const serverErrors = Object.entries(statuses)
    .filter(([status]) => status.startsWith('5'))
    .reduce((sum, [, n]) => sum + n, 0);
  return { clients: options.clients, requestedMs: options.durationMs, durationMs: Date.now() - began, requests, byKind, statuses, serverErrors, failures };
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}
