import { describe, expect, it } from 'vitest';
import { tokenize } from './lexical.ts';
import { checkQueryText, tooDeep } from './text-guard.ts';
import { cypherFolder } from '../../../store/cypher-files.ts';

const refused = (query: string): string | undefined => checkQueryText(query, 'neo4j')?.reason;

describe('the Cypher tokenizer', () => {
  it('skips comments and keeps strings and backticked names whole', () => {
    const tokens = tokenize("MATCH (n) // USE system;\nWHERE n.name = 'a; USE b' /* ; */ RETURN n.`odd ``name`");
    expect(tokens.map((t) => t.text)).toEqual(['MATCH', '(', 'n', ')', 'WHERE', 'n', '.', 'name', '=', "'a; USE b'", 'RETURN', 'n', '.', 'odd `name']);
  });
});

describe('the text guard', () => {
  it('lets ordinary reads through, with a trailing semicolon or Cypher options', () => {
    expect(refused('MATCH (n:Entity) RETURN n LIMIT 5')).toBeUndefined();
    expect(refused('MATCH (n) RETURN n;')).toBeUndefined();
    expect(refused('CYPHER 5 runtime=slotted MATCH (n) RETURN n')).toBeUndefined();
    expect(refused("MATCH (n) WHERE n.name = 'LOAD CSV; USE system' RETURN n")).toBeUndefined();
    expect(refused('USE neo4j MATCH (n) RETURN n')).toBeUndefined();
    expect(refused('MATCH (n) WHERE n.id IN transactions RETURN n')).toBeUndefined();
    expect(refused('WITH {use: 1} AS m RETURN m.use')).toBeUndefined();
  });

  it('refuses a second statement, with its position', () => {
    const refusal = checkQueryText('MATCH (n) RETURN n; MATCH (m) DETACH DELETE m', 'neo4j');
    expect(refusal?.reason).toMatch(/one statement/);
    expect(refusal?.offset).toBe(18);
  });

  it('refuses PROFILE, USE of another database, LOAD CSV and IN TRANSACTIONS', () => {
    expect(refused('PROFILE MATCH (n) RETURN n')).toMatch(/PROFILE/);
    expect(refused('USE system SHOW USERS')).toMatch(/USE system/);
    expect(refused('MATCH (n) CALL { USE other MATCH (m) RETURN m } RETURN n')).toMatch(/USE other/);
    expect(refused('USE graph.byName("x") MATCH (n) RETURN n')).toMatch(/USE graph.byName/);
    expect(refused("load csv from 'file:///etc/passwd' AS r RETURN r")).toMatch(/LOAD CSV/);
    expect(refused('MATCH (n) CALL (n) { SET n.x = 1 } IN TRANSACTIONS OF 10 ROWS')).toMatch(/IN TRANSACTIONS/);
    expect(refused('MATCH (n) CALL (n) { SET n.x = 1 } IN 4 CONCURRENT TRANSACTIONS')).toMatch(/IN TRANSACTIONS/);
  });

  it('refuses administration and schema commands', () => {
    expect(refused('STOP DATABASE neo4j')).toMatch(/administration/);
    expect(refused("CREATE USER bob SET PASSWORD 'x'")).toMatch(/CREATE USER/);
    expect(refused('create index foo for (n:X) on (n.y)')).toMatch(/CREATE INDEX/);
    expect(refused('DROP CONSTRAINT entity_id')).toMatch(/DROP CONSTRAINT/);
    expect(refused("GRANT ROLE admin TO bob")).toMatch(/GRANT/);
    expect(refused("EXPLAIN TERMINATE TRANSACTIONS 'x'")).toMatch(/TERMINATE/);
  });

  it('leaves unterminated input to Neo4j, which reports the syntax error', () => {
    expect(refused("MATCH (n) WHERE n.name = 'oops RETURN n")).toBeUndefined();
  });
});

describe('the text guard reads escapes as Neo4j does', () => {
  it('refuses what an escape spells', () => {
    expect(refused("\\u004cOAD CSV FROM 'file:///etc/passwd' AS r RETURN r")).toMatch(/LOAD CSV/);
    expect(refused('USE \\u0073ystem SHOW USERS')).toMatch(/USE system/);
    expect(refused('MATCH (n) RETURN n\\u003b MATCH (m) DETACH DELETE m')).toMatch(/one statement/);
  });

  it('is not fooled by a backticked name that an escaped backtick ends', () => {
    expect(refused("RETURN 1 AS `x\\u0060 LOAD CSV FROM 'file:///x' AS r RETURN `y`")).toMatch(/LOAD CSV/);
  });
});

describe('how deeply a query nests', () => {
  const depth = (query: string): number => tooDeep(query, 0)?.depth ?? 0;

  it('counts brackets, CASE and chained operators, each chain starting afresh after a separator', () => {
    expect(depth('RETURN 1')).toBe(0);
    expect(depth('RETURN [[[1]]]')).toBe(3);
    expect(depth('RETURN NOT NOT NOT true')).toBe(3);
    expect(depth('RETURN NOT (NOT (NOT true))')).toBe(5);
    expect(depth("RETURN 'a' + 'a' + 'a'")).toBe(2);
    expect(depth('RETURN x.a.b.c')).toBe(3);
    expect(depth('RETURN CASE WHEN true THEN CASE WHEN true THEN 1 END END')).toBe(2);
    expect(depth('RETURN [1 + 2, 3 + 4, 5 + 6]')).toBe(2);
    expect(depth('MATCH (a) WHERE a.x = 1 AND a.y = 2 AND a.z = 3 RETURN a')).toBe(2);
    expect(depth('MATCH (a)-[:R]->(b)<-[:S]-(c) RETURN a')).toBe(5);
  });

  it('counts unclosed brackets, escaped brackets, and reports where', () => {
    expect(depth('RETURN [[[[')).toBe(4);
    expect(depth('RETURN \\u005b\\u005b1]]')).toBe(2);
    expect(tooDeep('RETURN [[[1]]]', 2)).toEqual({ depth: 3, offset: 9 });
    expect(tooDeep('RETURN [[[1]]]', 3)).toBeUndefined();
  });

  it('measures what comes before an unterminated string', () => {
    expect(depth("RETURN [[[ 'unterminated")).toBe(3);
  });

  it('lets every example query through the default bound', () => {
    for (const { name, text } of cypherFolder('examples')) expect(tooDeep(text, 100), name).toBeUndefined();
  });
});
