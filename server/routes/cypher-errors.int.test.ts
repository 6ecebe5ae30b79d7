/**
 * Issue 16, "a bad input is a 4xx, never a 5xx", for the console against the real Neo4j: queries Neo4j
 * rejects while running them, values the driver cannot read, input nested deeply enough to overflow
 * Neo4j's parser (refused before Neo4j sees it, even when written with \u escapes), and a query Neo4j never
 * answers while it answers everything else (422, never "Neo4j cannot be reached"). Every procedure on the
 * console's allow list passes its plan gate.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypherResultSchema, problemSchema, type CypherResult, type Problem } from '../../contract/api.ts';
import type { RunningServer } from '../index.ts';
import { allowedProcedures } from '../services/cypher/plan-guard.ts';
import { startArticleServer } from '../../test/http-kit.ts';
import { startTestServer } from '../../test/server-harness.ts';
import { expectSafe, postJson, type RawReply } from '../../test/hostile/replies.ts';

let server: RunningServer;

beforeAll(async () => {
  server = await startArticleServer();
});

afterAll(async () => {
  await server.stop();
});

function ask(query: string, base = server.url): Promise<RawReply> {
  return postJson(`${base}/api/cypher`, JSON.stringify({ query }));
}

function problemOf(reply: RawReply, status: number): Problem {
  expectSafe(reply);
  expect(reply.status, reply.text).toBe(status);
  return problemSchema.parse(JSON.parse(reply.text));
}

function resultOf(reply: RawReply): CypherResult {
  expect(reply.status, reply.text).toBe(200);
  return cypherResultSchema.parse(JSON.parse(reply.text));
}

const nested = (open: string, inner: string, close: string, n: number): string => open.repeat(n) + inner + close.repeat(n);

describe('queries Neo4j refuses while running them', () => {
  it.each([
    ["RETURN substring('abc', 0, -1)", /negative/],
    ["RETURN left('abc', -1)", /negative/],
    ['RETURN [1,2,3][0..3000000000]', /3000000000/],
    ['RETURN [1,2,3][0..9223372036854775807]', /9223372036854775807/],
    ['RETURN [1,2,3][-9223372036854775808..]', /-9223372036854775808/],
    ["RETURN date.truncate('nonsense', date())", /nonsense/],
  ])('%s is a 400 that quotes Neo4j', async (query, words) => {
    const problem = problemOf(await ask(query), 400);
    expect(problem.code).toBe('cypher-execution-failed');
    expect(problem.neo4jCode).toBe('Neo.DatabaseError.Statement.ExecutionFailed');
    expect(problem.detail).toMatch(words);
  });
});

describe('temporal values at the ends of their range', () => {
  it('answers date-times with an offset at years ±300 000 and beyond Date, as Neo4j writes them', async () => {
    const result = resultOf(
      await ask(
        "RETURN datetime({year: 275761, month: 1, day: 1, timezone: '+01:00'}) AS a, date({year: -300000, month: 1, day: 1}) AS b, " +
          "localdatetime({year: 300000, month: 12, day: 31, hour: 23, minute: 59, second: 59, nanosecond: 1}) AS c, datetime({year: -999999999, month: 1, day: 1, timezone: 'Z'}) AS d",
      ),
    );
    expect(result.rows).toEqual([['+275761-01-01T00:00:00+01:00', '-300000-01-01', '+300000-12-31T23:59:59.000000001', '-999999999-01-01T00:00:00Z']]);
  });

  it.each([275761, 300000, -300000])('a date-time in a named zone in year %i, which the driver cannot place, is a 422', async (year) => {
    const problem = problemOf(await ask(`RETURN datetime({year: ${year}, month: 1, day: 1, timezone: 'Europe/Paris'}) AS d`), 422);
    expect(problem.code).toBe('cypher-result-unreadable');
    expect(problem.detail).toMatch(/toString/);
    // The same value as text is fine, and the connection it came on still works.
    expect(resultOf(await ask(`RETURN toString(datetime({year: ${year}, month: 1, day: 1, timezone: 'Europe/Paris'})) AS d`)).rows[0]?.[0]).toMatch(/Europe\/Paris/);
  });

  it('a value nested a few thousand levels deep, which the driver cannot decode, is a 422', async () => {
    const problem = problemOf(await ask('RETURN reduce(a = [], x IN range(1, 3000) | [a]) AS deep'), 422);
    expect(problem.code).toBe('cypher-result-unreadable');
  });
});

describe('input nested deeper than Neo4j can parse is refused before it reaches Neo4j', () => {
  const deep: [string, string][] = [
    ['lists', `RETURN ${nested('[', '1', ']', 300)}`],
    ['parentheses', `RETURN ${nested('(', '1', ')', 300)}`],
    ['NOT', `RETURN ${'NOT '.repeat(300)}true`],
    ['+ on strings', `RETURN 'a'${" + 'a'".repeat(300)}`],
    ['property chains', `WITH {} AS x RETURN x${'.a'.repeat(300)}`],
    ['maps', `RETURN ${nested('{a: ', '1', '}', 300)}`],
    ['CASE', `RETURN ${nested('CASE WHEN true THEN ', '1', ' END', 300)}`],
    ['subqueries', `${nested('CALL { ', 'RETURN 1 AS x', ' }', 300)} RETURN x`],
    ['unclosed lists', `RETURN ${'['.repeat(300)}`],
    ['\\u005b escapes for [', `RETURN ${'\\u005b'.repeat(300)}1${'\\u005d'.repeat(300)}`],
    ['a backticked name ended by \\u0060', `RETURN 1 AS \`a\\u0060 + ${nested('[', '1', ']', 300)} AS \`b\``],
  ];

  it.each(deep)('%s, 300 deep: 400 naming the bound', async (_what, query) => {
    const problem = problemOf(await ask(query), 400);
    expect(problem.code).toBe('cypher-too-deep');
    expect(problem.params?.max).toBe(100);
    expect(problem.detail).toMatch(/at most 100/);
  });

  it('accepts ordinary nesting, long lists and long AND chains', async () => {
    expect(resultOf(await ask(`RETURN ${nested('[', '1', ']', 40)} AS x`)).rows).toHaveLength(1);
    expect(resultOf(await ask(`RETURN size([${Array.from({ length: 3000 }, (_v, i) => i).join(', ')}]) AS n`)).rows).toEqual([[3000]]);
    expect(resultOf(await ask(`MATCH (n:Entity) WHERE ${Array.from({ length: 60 }, (_v, i) => `n.id <> 'x${i}'`).join(' AND ')} RETURN count(n) AS n`)).rows).toHaveLength(1);
  });
});

describe('a query Neo4j never answers, while it answers everything else', () => {
  let lax: RunningServer;

  beforeAll(async () => {
    // The depth bound raised so that input which overflows Neo4j's parser reaches it, and a short time limit.
    lax = await startTestServer({ SILA_MAX_QUERY_NESTING: '100000', SILA_QUERY_TIMEOUT_MS: '1000' });
  });

  afterAll(async () => {
    await lax.stop();
  });

  it('is a 422 that says so, never a 503 "Neo4j cannot be reached"', async () => {
    const problem = problemOf(await ask(`RETURN ${nested('[', '1', ']', 2000)}`, lax.url), 422);
    expect(problem.code).toBe('cypher-no-answer');
    expect(problem.detail).toMatch(/Neo4j is running/);
    expect(resultOf(await ask('RETURN 1 AS one', lax.url)).rows).toEqual([[1]]);
  });
});

describe('the allow list and the plan gate agree', () => {
  const calls: Record<string, string> = {
    'db.labels': 'CALL db.labels()',
    'db.relationshipTypes': 'CALL db.relationshipTypes()',
    'db.propertyKeys': 'CALL db.propertyKeys()',
    'db.schema.visualization': 'CALL db.schema.visualization()',
    'db.schema.nodeTypeProperties': 'CALL db.schema.nodeTypeProperties()',
    'db.schema.relTypeProperties': 'CALL db.schema.relTypeProperties()',
    'db.index.fulltext.queryNodes': "CALL db.index.fulltext.queryNodes('entity_names_latin', 'bcij')",
    'db.index.fulltext.queryRelationships': "CALL db.index.fulltext.queryRelationships('no_such_index', 'x')",
    'db.index.vector.queryNodes': "CALL db.index.vector.queryNodes('no_such_index', 1, [1.0])",
    'db.index.vector.queryRelationships': "CALL db.index.vector.queryRelationships('no_such_index', 1, [1.0])",
  };

  it('has a call for every listed procedure, and dbms.components is off the list (its plan is not a read)', () => {
    expect(Object.keys(calls).sort()).toEqual([...allowedProcedures].sort());
    expect(allowedProcedures.has('dbms.components')).toBe(false);
  });

  it.each(Object.entries(calls))('%s passes the plan gate', async (_name, query) => {
    const reply = await ask(query);
    expectSafe(reply);
    // Indexes that do not exist fail in Neo4j with a 400; what matters is that the gate let the call through.
    if (reply.status !== 200) expect(problemSchema.parse(JSON.parse(reply.text)).code).not.toBe('console-read-only');
  });

  it('refuses dbms.components with the reason', async () => {
    const problem = problemOf(await ask('CALL dbms.components()'), 403);
    expect(problem.code).toBe('console-read-only');
  });
});
