import { describe, expect, it } from 'vitest';
import { tokenize } from './lexical.ts';
import { checkQueryText } from './text-guard.ts';

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
