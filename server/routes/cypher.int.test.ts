/**
 * The Cypher console against the real Neo4j: nothing typed into it may change the database, and what
 * it does run is read-only, time-boxed, row-capped and limited in concurrency.
 */
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypherResultSchema, examplesSchema, problemSchema, type CypherResult, type Problem } from '../../contract/api.ts';
import { seedIfEmpty } from '../../corpus/seed-database.ts';
import { startTestServer } from '../../test/server-harness.ts';
import { Database } from '../../store/database.ts';
import type { RunningServer } from '../index.ts';
import { neo4jTarget } from '../../test/neo4j-target.ts';

let server: RunningServer;
let csvServer: Server;
let csvHits = 0;
let csvUrl = '';

interface Answer {
  status: number;
  contentType: string;
  retryAfter: string | null;
  body: unknown;
}

async function post(base: string, query: string, params: Record<string, unknown> = {}): Promise<Answer> {
  const response = await fetch(`${base}/api/cypher`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, params }),
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    retryAfter: response.headers.get('retry-after'),
    body: await response.json(),
  };
}

async function ok(base: string, query: string, params: Record<string, unknown> = {}): Promise<CypherResult> {
  const answer = await post(base, query, params);
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return cypherResultSchema.parse(answer.body);
}

function problem(answer: Answer): Problem {
  expect(answer.contentType).toMatch(/^application\/problem\+json/);
  return problemSchema.parse(answer.body);
}

/** Everything a write could touch: nodes, relationships, their properties, label and key tokens, schema, users. */
async function fingerprint(db: Database, system: Database): Promise<{ nodes: number; relationships: number; checksum: string }> {
  const nodes = await db.read('MATCH (n) RETURN elementId(n) AS e, labels(n) AS labels, properties(n) AS p ORDER BY e');
  const relationships = await db.read(
    'MATCH (a)-[r]->(b) RETURN elementId(r) AS e, type(r) AS type, elementId(a) AS a, elementId(b) AS b, properties(r) AS p ORDER BY e',
  );
  const tokens = await db.read(
    'CALL db.labels() YIELD label WITH collect(label) AS labels CALL db.propertyKeys() YIELD propertyKey RETURN labels, collect(propertyKey) AS keys',
  );
  const indexes = await db.read('SHOW INDEXES YIELD name, state RETURN name, state ORDER BY name');
  const constraints = await db.read('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name');
  const users = await system.read('SHOW USERS YIELD user RETURN user ORDER BY user');
  const stable = (value: unknown): string =>
    JSON.stringify(value, (_key, v: unknown) =>
      v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
    );
  const checksum = createHash('sha256').update(stable({ nodes, relationships, tokens, indexes, constraints, users })).digest('hex');
  return { nodes: nodes.length, relationships: relationships.length, checksum };
}

let system: Database;

beforeAll(async () => {
  server = await startTestServer();
  await seedIfEmpty(server.db);
  const target = neo4jTarget();
  system = new Database({ uri: target.uri, user: target.user, password: target.password, database: 'system' });
  csvServer = createServer((_req, res) => {
    csvHits++;
    res.end('a,b\n1,2\n');
  });
  await new Promise<void>((resolve) => csvServer.listen(0, '127.0.0.1', resolve));
  csvUrl = `http://127.0.0.1:${(csvServer.address() as AddressInfo).port}/data.csv`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => csvServer.close(() => resolve()));
  await system.close();
  await server.stop();
});

describe('POST /api/cypher refuses anything that could change the database', () => {
  const attempts: [string, string][] = [
    ['CREATE', "CREATE (n:Entity {id: 'intruder'}) RETURN n"],
    ['MERGE', "MERGE (n:Entity {id: 'intruder'}) RETURN n"],
    ['SET', "MATCH (n:Entity) SET n.name_en = 'changed'"],
    ['REMOVE', 'MATCH (n:Entity) REMOVE n.name_ar'],
    ['REMOVE label', 'MATCH (n:Entity) REMOVE n:Entity'],
    ['DELETE', 'MATCH ()-[r]->() DELETE r'],
    ['DETACH DELETE', 'MATCH (n) DETACH DELETE n'],
    ['FOREACH', 'FOREACH (i IN range(1, 3) | CREATE (:Intruder))'],
    ['CREATE INDEX', 'CREATE INDEX intruder FOR (n:Entity) ON (n.description_en)'],
    ['CREATE CONSTRAINT', 'CREATE CONSTRAINT intruder FOR (n:Place) REQUIRE n.name_en IS UNIQUE'],
    ['DROP CONSTRAINT', 'DROP CONSTRAINT entity_id'],
    ['DROP INDEX', 'DROP INDEX entity_names_ar'],
    ['db.createLabel', "CALL db.createLabel('Intruder')"],
    ['db.createProperty', "CALL db.createProperty('intruder')"],
    ['db.clearQueryCaches', 'CALL db.clearQueryCaches()'],
    ['dbms.setConfigValue', "CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')"],
    ['LOAD CSV file:///', "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row"],
    ['LOAD CSV in a subquery', "CALL () { LOAD CSV FROM 'file:///etc/hostname' AS row RETURN row } RETURN row"],
    ['CALL IN TRANSACTIONS', 'MATCH (n) CALL (n) { SET n.touched = true } IN TRANSACTIONS OF 10 ROWS'],
    ['USE system', 'USE system SHOW USERS'],
    ['SHOW USERS', 'SHOW USERS'],
    ['CREATE USER', "CREATE USER intruder SET PASSWORD 'intruder-password' CHANGE NOT REQUIRED"],
    ['ALTER USER', "ALTER USER neo4j SET PASSWORD 'another-password-1'"],
    ['STOP DATABASE', 'STOP DATABASE neo4j'],
    ['DROP DATABASE', 'DROP DATABASE neo4j'],
    ['TERMINATE TRANSACTIONS', "TERMINATE TRANSACTIONS 'neo4j-transaction-1'"],
    ['SHOW TRANSACTIONS', 'SHOW TRANSACTIONS'],
    ['two statements', 'MATCH (n) RETURN count(n); MATCH (n) DETACH DELETE n'],
    ['PROFILE', "PROFILE MATCH (n:Entity) SET n.x = 1"],
  ];

  it('the fingerprint sees a change to a single property (so the checks below can fail)', async () => {
    const before = await fingerprint(server.db, system);
    const [row] = await server.db.read('MATCH (n:Entity) RETURN n.id AS id, n.name_en AS name LIMIT 1');
    await server.db.write('MATCH (n:Entity {id: $id}) SET n.name_en = $name + "!"', { id: row?.id, name: row?.name });
    const changed = await fingerprint(server.db, system);
    await server.db.write('MATCH (n:Entity {id: $id}) SET n.name_en = $name', { id: row?.id, name: row?.name });
    expect(changed.checksum).not.toBe(before.checksum);
    expect(await fingerprint(server.db, system)).toEqual(before);
  });

  it.each(attempts)('%s gets a 4xx problem that says why, and the database is unchanged', async (_name, query) => {
    const before = await fingerprint(server.db, system);
    const answer = await post(server.url, query);
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
    expect([408, 429]).not.toContain(answer.status);
    const body = problem(answer);
    expect(body.detail.length).toBeGreaterThan(10);
    expect(body.detail).not.toMatch(/\n\s+at /);
    expect(await fingerprint(server.db, system)).toEqual(before);
  });

  it('LOAD CSV from an http:// URL is refused before Neo4j ever fetches it', async () => {
    const before = await fingerprint(server.db, system);
    const answer = await post(server.url, `LOAD CSV FROM '${csvUrl}' AS row RETURN row`);
    expect(answer.status).toBe(403);
    expect(problem(answer).detail).toMatch(/LOAD CSV/);
    const viaParameter = await post(server.url, 'LOAD CSV FROM $url AS row RETURN row', { url: csvUrl });
    expect(viaParameter.status).toBe(403);
    expect(csvHits).toBe(0);
    expect(await fingerprint(server.db, system)).toEqual(before);
  });

  it('says which rule refused a query', async () => {
    expect(problem(await post(server.url, "CREATE (:X)")).detail).toMatch(/writes data \(Create\)/);
    expect(problem(await post(server.url, "CALL db.createLabel('X')")).detail).toMatch(/db\.createLabel is not on its list/);
    expect(problem(await post(server.url, 'SHOW USERS')).detail).toMatch(/"system"/);
    const twoStatements = problem(await post(server.url, 'RETURN 1; RETURN 2'));
    expect(twoStatements.detail).toMatch(/one statement/);
    expect(twoStatements.position).toEqual({ offset: 8, line: 1, column: 9 });
  });
});

describe('POST /api/cypher runs reads', () => {
  it('returns columns, JSON-safe rows and the graph with stable ids', async () => {
    const result = await ok(
      server.url,
      "MATCH p = (a:Entity)-[r]->(b:Entity) WHERE a.id = $id RETURN a.name_ar AS name, r, p, date('2025-02-19') AS day LIMIT 1",
      { id: (await server.db.read('MATCH (a:Entity)-[]->(:Entity) RETURN a.id AS id LIMIT 1'))[0]?.id },
    );
    expect(result.columns).toEqual(['name', 'r', 'p', 'day']);
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]?.[3]).toBe('2025-02-19');
    expect(result.graph.nodes.length).toBe(2);
    expect(result.graph.nodes.every((n) => !n.id.startsWith('neo4j:'))).toBe(true);
    const [edge] = result.graph.edges;
    expect(result.graph.nodes.map((n) => n.id)).toEqual(expect.arrayContaining([edge?.source, edge?.target]));
    expect(edge?.id).toBe(edge?.properties.id);
    expect(result.summary.queryType).toBe('r');
    expect(result.truncated).toBe(false);
  });

  it('fetches the stable ids of relationship ends that were not returned', async () => {
    const result = await ok(server.url, 'MATCH (:Entity)-[r]->(:Entity) RETURN r LIMIT 5');
    expect(result.graph.nodes).toEqual([]);
    expect(result.graph.edges).toHaveLength(5);
    const ids = new Set((await server.db.read('MATCH (n:Entity) RETURN n.id AS id')).map((row) => row.id));
    for (const edge of result.graph.edges) {
      expect(ids.has(edge.source)).toBe(true);
      expect(ids.has(edge.target)).toBe(true);
    }
  });

  it('names nodes without an id property by their element id', async () => {
    const result = await ok(server.url, 'CALL db.schema.visualization() YIELD nodes RETURN nodes');
    expect(result.graph.nodes.length).toBeGreaterThan(0);
    expect(result.graph.nodes.every((n) => n.id.startsWith('neo4j:'))).toBe(true);
  });

  it('uses parameters only as values', async () => {
    const before = await fingerprint(server.db, system);
    const hostile = "x' }) MATCH (n) DETACH DELETE n //";
    const result = await ok(server.url, 'RETURN $q AS q, COUNT { MATCH (n:Entity) WHERE n.name_en = $q } AS matches, $n + 1 AS next', {
      q: hostile,
      n: 41,
    });
    expect(result.rows).toEqual([[hostile, 0, 42]]);
    const limited = await ok(server.url, 'MATCH (n:Entity) RETURN n.id AS id LIMIT $limit', { limit: 3 });
    expect(limited.rows).toHaveLength(3);
    expect(await fingerprint(server.db, system)).toEqual(before);
  });

  it('reports Neo4j notifications with their position', async () => {
    const result = await ok(server.url, 'MATCH (a:Entity), (b:Place) RETURN count(*) AS pairs');
    const cartesian = result.summary.notifications.find((n) => n.code.endsWith('CartesianProduct'));
    expect(cartesian?.position).toBeDefined();
  });

  it('answers a syntax error with 400, Neo4j\'s message and the position in the query as typed', async () => {
    const answer = await post(server.url, 'MATCH (n:Entity)\nRETURN n.id +');
    expect(answer.status).toBe(400);
    const body = problem(answer);
    expect(body.title).toBe('Cypher syntax error');
    expect(body.neo4jCode).toBe('Neo.ClientError.Statement.SyntaxError');
    expect(body.position).toEqual({ offset: 30, line: 2, column: 14 });
    expect(body.detail).toContain('(line 2, column 14 (offset: 30))');
    expect(body.detail).not.toContain('EXPLAIN');
  });

  it('answers a bad request body with 400', async () => {
    const response = await fetch(`${server.url}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ""}' });
    expect(response.status).toBe(400);
  });
});

describe('GET /api/examples', () => {
  it('lists the example queries, each of which runs through the console', async () => {
    const response = await fetch(`${server.url}/api/examples`);
    expect(response.status).toBe(200);
    const { examples } = examplesSchema.parse(await response.json());
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) {
      expect(example.title.length).toBeGreaterThan(0);
      const answer = await post(server.url, example.query);
      expect(answer.status, `${example.name}: ${JSON.stringify(answer.body)}`).toBe(200);
      cypherResultSchema.parse(answer.body);
    }
  });
});

describe('POST /api/cypher limits', () => {
  let limited: RunningServer;

  beforeAll(async () => {
    limited = await startTestServer({ SILA_QUERY_TIMEOUT_MS: '1000', SILA_ROW_CAP: '5', SILA_MAX_CONCURRENT_QUERIES: '1' });
  });

  afterAll(async () => {
    await limited.stop();
  });

  const slowQuery = 'UNWIND range(1, 2000000000) AS x RETURN count(x) AS n';

  it('stops a query at the timeout with a 408', async () => {
    const answer = await post(limited.url, slowQuery);
    expect(answer.status).toBe(408);
    expect(problem(answer).title).toBe('Query timed out');
  });

  it('caps the rows and says the result was truncated', async () => {
    const result = await ok(limited.url, 'UNWIND range(1, 100000) AS x RETURN x');
    expect(result.rows).toEqual([[1], [2], [3], [4], [5]]);
    expect(result.truncated).toBe(true);
    const exact = await ok(limited.url, 'UNWIND range(1, 5) AS x RETURN x');
    expect(exact.truncated).toBe(false);
  });

  it('answers 429 with Retry-After beyond the concurrency cap, and frees the slot afterwards', async () => {
    let slowDone = false;
    const slow = post(limited.url, slowQuery).finally(() => {
      slowDone = true;
    });
    let refused: Answer | undefined;
    while (!slowDone && refused === undefined) {
      const answer = await post(limited.url, 'RETURN 1 AS one');
      if (answer.status === 429) refused = answer;
    }
    expect(refused?.status).toBe(429);
    expect(refused?.retryAfter).toBe('1');
    expect(problem(refused as Answer).title).toBe('Too many queries');
    expect((await slow).status).toBe(408);
    expect((await ok(limited.url, 'RETURN 1 AS one')).rows).toEqual([[1]]);
  });
});
