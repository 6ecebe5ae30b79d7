/**
 * The Cypher console against the real Neo4j, beyond the cases of cypher.int.test.ts: writes hidden in
 * subqueries, unions, FOREACH and dynamic labels, admin and index procedures, APOC that is not there,
 * LOAD CSV wherever it can hide, and parameters that try to become syntax. Each attempt gets a 4xx
 * problem and a fingerprint of the whole database (and of the system database) is unchanged.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypherResultSchema } from '../../contract/api.ts';
import type { Database } from '../../store/database.ts';
import type { RunningServer } from '../index.ts';
import { fingerprint, systemDatabase, type Fingerprint } from '../../test/hostile/fingerprint.ts';
import { expectSafe, postJson, type RawReply } from '../../test/hostile/replies.ts';
import { neo4jTarget } from '../../test/neo4j-target.ts';
import { startArticleServer } from '../../test/http-kit.ts';

let server: RunningServer;
let system: Database;
let listener: Server;
let contacted = 0;
let url = '';
let initial: Fingerprint;

beforeAll(async () => {
  server = await startArticleServer();
  system = systemDatabase(neo4jTarget());
  listener = createServer((_req, res) => {
    contacted++;
    res.end('a\n1\n');
  });
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(listener.address() as AddressInfo).port}/x.csv`;
  initial = await fingerprint(server.db, system);
});

afterAll(async () => {
  await new Promise<void>((resolve) => listener.close(() => resolve()));
  await system.close();
  await server.stop();
});

function run(query: string, params: Record<string, unknown> = {}): Promise<RawReply> {
  return postJson(`${server.url}/api/cypher`, JSON.stringify({ query, params }));
}

const refused: [string, string, Record<string, unknown>?][] = [
  // writes nested in subqueries and unions
  ['CALL { } nested two deep', 'CALL () { CALL () { CREATE (:Intruder) } } RETURN 1 AS one'],
  ['CALL { } with importing WITH', 'WITH 1 AS x CALL { WITH x CREATE (:Intruder {x: x}) } RETURN x'],
  ['write in one branch of a UNION', 'RETURN 1 AS x UNION MATCH (n:Entity) WITH n LIMIT 1 SET n.touched = true RETURN 2 AS x'],
  ['write after a procedure', "CALL db.labels() YIELD label CREATE (:Intruder {label: label})"],
  ['MERGE a relationship', 'MATCH (n:Entity) WITH n LIMIT 1 MERGE (n)-[:INTRUDES]->(:Intruder)'],
  ['FOREACH with SET', 'MATCH (n:Entity) FOREACH (_ IN [1] | SET n.touched = true)'],
  ['FOREACH over a CASE', 'FOREACH (x IN CASE WHEN true THEN [1] ELSE [] END | CREATE (:Intruder))'],
  ['FOREACH nested', 'FOREACH (a IN [1] | FOREACH (b IN [2] | MERGE (:Intruder {a: a, b: b})))'],
  ['COUNT subquery with a write', 'RETURN COUNT { CREATE (:Intruder) } AS c'],
  ['EXISTS subquery with a write', 'MATCH (n:Entity) WHERE EXISTS { MATCH (n) SET n.touched = true } RETURN n'],
  ['query options before a write', 'CYPHER runtime=slotted CREATE (:Intruder)'],
  ['EXPLAIN before a write', 'EXPLAIN CREATE (:Intruder)'],
  ['a comment between keywords', 'CREATE/* quiet */(:Intruder)'],
  ['lower-case keywords', 'match (n:Entity) detach delete n'],
  ['USE of the same database before a write', 'USE neo4j CREATE (:Intruder)'],
  ['USE with a backticked name', 'USE `system` SHOW USERS'],
  ['a bidi override before a write', '\u202eCREATE (:Intruder)'],
  // labels, types and keys from parameters
  ['dynamic label from a parameter in CREATE', 'CREATE (n:$($label)) RETURN n', { label: 'Intruder' }],
  ['dynamic label from a parameter in SET', 'MATCH (n:Entity) SET n:$($label)', { label: 'Intruder' }],
  ['dynamic type from a parameter in MERGE', 'MATCH (a:Entity), (b:Place) WITH a, b LIMIT 1 MERGE (a)-[:$($type)]->(b)', { type: 'INTRUDES' }],
  ['dynamic property key from a parameter', 'MATCH (n:Entity) SET n[$key] = 1', { key: 'touched' }],
  ['a map parameter as properties', 'MATCH (n:Entity) SET n += $props', { props: { touched: true } }],
  // procedures that change state, index procedures, APOC
  ['db.createRelationshipType', "CALL db.createRelationshipType('INTRUDES')"],
  ['db.index.fulltext.awaitEventuallyConsistentIndexRefresh', 'CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()'],
  ['db.index.fulltext.listAvailableAnalyzers', 'CALL db.index.fulltext.listAvailableAnalyzers()'],
  ['db.awaitIndexes', 'CALL db.awaitIndexes(1)'],
  ['db.resampleIndex', "CALL db.resampleIndex('entity_names_ar')"],
  ['db.resampleOutdatedIndexes', 'CALL db.resampleOutdatedIndexes()'],
  ['db.prepareForReplanning', 'CALL db.prepareForReplanning()'],
  ['db.checkpoint', 'CALL db.checkpoint()'],
  ['db.stats.collect', "CALL db.stats.collect('QUERIES')"],
  ['db.stats.clear', "CALL db.stats.clear('QUERIES')"],
  ['tx.setMetaData', "CALL tx.setMetaData({who: 'intruder'})"],
  ['dbms.listConfig', 'CALL dbms.listConfig()'],
  ['dbms.clearQueryCaches', 'CALL dbms.clearQueryCaches()'],
  ['dbms.killQuery', "CALL dbms.killQuery('query-1')"],
  ['dbms.security.createUser', "CALL dbms.security.createUser('intruder', 'intruder-password', false)"],
  ['dbms.cluster.routing.getRoutingTable', 'CALL dbms.cluster.routing.getRoutingTable({})'],
  ['a procedure name in backticks', 'CALL `db`.`createLabel`("Intruder")'],
  ['apoc.create.node', "CALL apoc.create.node(['Intruder'], {})"],
  ['apoc.load.json', "CALL apoc.load.json('file:///etc/passwd')"],
  ['apoc.cypher.runWrite', "CALL apoc.cypher.runWrite('CREATE (:Intruder)', {})"],
  ['apoc.version()', 'RETURN apoc.version() AS v'],
  // administration
  ['SHOW SETTINGS', 'SHOW SETTINGS'],
  ['SHOW DATABASES', 'SHOW DATABASES'],
  ['SHOW PRIVILEGES', 'SHOW PRIVILEGES'],
  ['SHOW CURRENT USER', 'SHOW CURRENT USER'],
  ['SHOW ALIASES', 'SHOW ALIASES FOR DATABASE'],
  ['CREATE DATABASE', 'CREATE DATABASE intruder'],
  ['CREATE OR REPLACE DATABASE', 'CREATE OR REPLACE DATABASE neo4j'],
  ['START DATABASE', 'START DATABASE neo4j'],
  ['CREATE ROLE', 'CREATE ROLE intruder'],
  ['GRANT', 'GRANT ROLE admin TO neo4j'],
  ['DROP USER', 'DROP USER neo4j'],
  ['CREATE FULLTEXT INDEX', 'CREATE FULLTEXT INDEX intruder FOR (n:Entity) ON EACH [n.description_en]'],
  ['DROP INDEX IF EXISTS', 'DROP INDEX entity_names_latin IF EXISTS'],
  // LOAD CSV wherever it can hide
  ['LOAD CSV in the second branch of a UNION', "RETURN 'x' AS row UNION LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row[0] AS row"],
  ['LOAD CSV in a nested subquery', "CALL () { CALL () { LOAD CSV FROM 'file:///etc/hostname' AS r RETURN r } RETURN r } RETURN r"],
  ['LOAD CSV inside COLLECT', "RETURN COLLECT { LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r } AS rows"],
  ['LOAD CSV lower-case with a comment', "load /* x */ csv from 'file:///etc/passwd' as r return r"],
  ['LOAD CSV WITH HEADERS from a parameter', 'LOAD CSV WITH HEADERS FROM $url AS r RETURN r', { url: 'URL' }],
  ['LOAD CSV under query options', "CYPHER runtime=interpreted LOAD CSV FROM 'URL' AS r RETURN r"],
];

describe('POST /api/cypher refuses writes, admin, procedures and file access wherever they hide', () => {
  it('the fingerprint sees a new label token and a changed property (so the checks below can fail)', async () => {
    await server.db.write("MATCH (n:Entity {id: 'fes'}) SET n.probe = 1");
    expect((await fingerprint(server.db, system)).checksum).not.toBe(initial.checksum);
    await server.db.write("MATCH (n:Entity {id: 'fes'}) REMOVE n.probe");
    // A property key, once created, stays in the token store: the baseline is taken again with it.
    initial = await fingerprint(server.db, system);
    await server.db.write("MATCH (n:Entity {id: 'fes'}) SET n.probe = 2");
    expect((await fingerprint(server.db, system)).checksum).not.toBe(initial.checksum);
    await server.db.write("MATCH (n:Entity {id: 'fes'}) REMOVE n.probe");
    expect(await fingerprint(server.db, system)).toEqual(initial);
  });

  it.each(refused)('%s: 4xx problem, database unchanged', async (_name, query, params = {}) => {
    const withUrl = (value: unknown): unknown => (value === 'URL' ? url : value);
    const reply = await run(
      query.replaceAll("'URL'", `'${url}'`),
      Object.fromEntries(Object.entries(params).map(([k, v]) => [k, withUrl(v)])),
    );
    expectSafe(reply, undefined, query);
    expect(reply.status, reply.text).toBeGreaterThanOrEqual(400);
    expect([408, 429]).not.toContain(reply.status);
    expect(await fingerprint(server.db, system)).toEqual(initial);
  });

  it('never contacted the local HTTP server a LOAD CSV pointed at', () => {
    expect(contacted).toBe(0);
  });
});

describe('POST /api/cypher keeps parameters as values', () => {
  const hostile = [
    "x' }) MATCH (n) DETACH DELETE n //",
    '`) DETACH DELETE n //',
    'Entity) DETACH DELETE n //',
    '$($label)',
    '\u0000',
    '\u202eRETURN',
  ];

  it.each(hostile)('%j reaches Neo4j as a value, whatever it is used for', async (value) => {
    for (const query of [
      'RETURN $v AS v',
      'MATCH (n:Entity) WHERE n.id = $v RETURN n',
      'MATCH (n:Entity) RETURN n[$v] AS x LIMIT 1',
      'MATCH (n:$($v)) RETURN count(n) AS c',
      'MATCH ()-[r:$($v)]->() RETURN count(r) AS c',
      "CALL db.index.fulltext.queryNodes('entity_names_latin', $v) YIELD node RETURN node.id AS id",
    ]) {
      const reply = await run(query, { v: value });
      expectSafe(reply, cypherResultSchema, `${query} with ${value}`);
      if (query === 'RETURN $v AS v') expect(cypherResultSchema.parse(JSON.parse(reply.text)).rows).toEqual([[value]]);
    }
    expect(await fingerprint(server.db, system)).toEqual(initial);
  });

  it('parameter names that look like syntax are only names', async () => {
    const reply = await run('RETURN $`a b` AS v', { 'a b': 1, "x}) DETACH DELETE n //": 2 });
    expectSafe(reply, cypherResultSchema, 'odd parameter names');
    expect(reply.status).toBe(200);
    expect(await fingerprint(server.db, system)).toEqual(initial);
  });

  it('broken Lucene in the allowed full-text procedure is a 400, not a 500', async () => {
    for (const q of ['[', 'a:', '"unclosed', '*', '~', 'AND', '\\']) {
      const reply = await run("CALL db.index.fulltext.queryNodes('entity_names_ar', $q) YIELD node RETURN node.id AS id", { q });
      expectSafe(reply, cypherResultSchema, q);
    }
  });
});
