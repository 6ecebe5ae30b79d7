/**
 * Issue 16: no name can end its quoting. Names are generated to break out (backticks, backslashes, the text
 * `\u0060`, Cypher after them, controls, lone surrogates, Arabic) and written by formats/cypher-names.ts
 * into every kind of text Sila builds; the real Neo4j then reads each back (a column alias must come back
 * as exactly the name) or EXPLAINs it, and the plan may contain only the operators that text means.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { Database } from '../store/database.ts';
import { explainQuery, type ExplainedQuery } from '../store/console.ts';
import { neo4jTarget } from '../test/neo4j-target.ts';
import { cypherName } from './cypher-names.ts';
import { writeCypherScript } from './cypher-script.ts';
import { exportGraph } from './property-types.ts';
import { typeExpression } from '../server/services/fact-types.ts';
import { cypher } from '../store/cypher-files.ts';

const target = neo4jTarget();
const db = new Database({ uri: target.uri, user: target.user, password: target.password, database: target.database });

afterAll(async () => {
  await db.close();
});

const breakout = fc.constantFrom('`', '``', '\\', '\\\\', '\\u0060', '\\u005C', '\\u005c', '\\u0000', 'u0060', '\\u0027', ']', ')', '-', '->', ' ', '\n', '\t', 'DETACH DELETE m', '//', '/*', "'", '"', '$x', '{', '}', ':', 'MATCH', 'RETURN', 'ا', 'خلية', '😀', '\u2028', '\ud800');
const names = fc.oneof(
  fc.string({ unit: breakout, minLength: 1, maxLength: 8 }),
  fc.string({ unit: fc.oneof(breakout, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), minLength: 1, maxLength: 12 }),
  fc.constantFrom('x\\u0060]-() DETACH DELETE m //', 'a\\u0060 RETURN 1 //', 'MATCH', 'name_ar', 'خلية', '1st', 'a b'),
).filter((name) => !name.includes('\u0000'));

/** Whether the driver can carry `name` back (UTF-8 has no lone surrogates; the driver replaces them). */
const wellFormed = (name: string): boolean => !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(name);

const FORBIDDEN = /Delete|Remove|Create|Merge|Set|Foreach|LoadCSV|ProcedureCall|Transaction|Admin|Show|Terminate/;

async function plan(query: string): Promise<ExplainedQuery> {
  return explainQuery(db, query, {}, 10_000);
}

const sample = <T>(arbitrary: fc.Arbitrary<T>, n: number): T[] => fc.sample(arbitrary, { numRuns: n, seed: 1616 });

describe('a name written by cypherName is read back by Neo4j as exactly that name', () => {
  it('as a column alias', async () => {
    for (const name of sample(names, 250).filter(wellFormed)) {
      const [row] = await db.read(`RETURN 1 AS ${cypherName(name)}`);
      expect(Object.keys(row ?? {}), JSON.stringify(name)).toEqual([name]);
    }
  });

  it('as a map key, and as a property key in a lookup', async () => {
    for (const name of sample(names, 150).filter(wellFormed)) {
      const [row] = await db.read(`RETURN keys({${cypherName(name)}: 1}) AS keys, {${cypherName(name)}: 7}.${cypherName(name)} AS value`);
      expect(row, JSON.stringify(name)).toEqual({ keys: [name], value: 7 });
    }
  });

  it('as a label and a relationship type, whose plans only read', async () => {
    for (const name of sample(names, 80)) {
      const byLabel = await plan(`MATCH (n:${cypherName(name)}) RETURN n`);
      expect(byLabel.queryType, JSON.stringify(name)).toBe('r');
      expect(byLabel.operators.map((o) => o.name).filter((o) => FORBIDDEN.test(o)), JSON.stringify(name)).toEqual([]);
      const byType = await plan(`MATCH (a)-[r:${typeExpression([name, 'PART_OF'])}]->(b) RETURN r`);
      expect(byType.queryType, JSON.stringify(name)).toBe('r');
      expect(byType.operators.map((o) => o.name).filter((o) => FORBIDDEN.test(o)), JSON.stringify(name)).toEqual([]);
    }
  });

  it('in the neighbours query, for any fact type, the placeholder standing only where code is', async () => {
    // A name's escapes are decoded in comments too: a placeholder inside a comment could end the comment.
    for (const line of cypher('explore/neighbors').split('\n')) if (line.trimStart().startsWith('//')) expect(line).not.toContain('{{');
    for (const name of sample(names, 6)) {
      const explained = await plan(cypher('explore/neighbors').replaceAll('{{factTypes}}', typeExpression([name])));
      expect(explained.queryType).toBe('r');
      expect(explained.operators.map((o) => o.name).filter((o) => /Delete|Remove|Create|Merge|^Set|Foreach|LoadCSV/.test(o)), JSON.stringify(name)).toEqual([]);
    }
  });
});

describe('the Cypher export with hostile labels, types and keys', () => {
  it('no longer turns a label holding the text \\u0060 into a DETACH DELETE (the reproduction of issue 16)', async () => {
    const label = 'x\\u0060]-() DETACH DELETE m //';
    const script = writeCypherScript(exportGraph([{ id: 'a', labels: ['Entity', label], properties: { [label]: 1 } }, { id: 'b', labels: ['Entity'], properties: {} }], [{ id: 'e', type: label, source: 'a', target: 'b', properties: {} }]));
    for (const statement of script.split('\n').filter((line) => line !== '' && !line.startsWith('//'))) {
      const explained = await plan(statement.replace(/;$/, ''));
      expect(explained.operators.map((o) => o.name).filter((o) => /Delete/.test(o)), statement).toEqual([]);
    }
    const typed = await plan(`MATCH (c)-[r:${typeExpression([label])}]-(m) RETURN r`);
    expect(typed.queryType).toBe('r');
  });

  it('plans every statement as creating nodes and relationships and nothing else', async () => {
    const hostile = sample(names, 40);
    const graph = exportGraph(
      hostile.map((name, i) => ({ id: `n${i}`, labels: ['Entity', name], properties: { [name]: `v${i}`, name_en: name } })),
      hostile.slice(1).map((name, i) => ({ id: `e${i}`, type: name, source: `n${i}`, target: `n${i + 1}`, properties: { [name]: i } })),
    );
    const statements = writeCypherScript(graph)
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('//'))
      .map((line) => line.replace(/;$/, ''));
    expect(statements.length).toBeGreaterThan(2);
    const allowed = /^(Create|SetProperties|SetNodeProperties|SetRelationshipProperties|SetNodePropertiesFromMap|SetRelationshipPropertiesFromMap|Unwind|EmptyResult|ProduceResults|Apply|Argument|Filter|NodeByLabelScan|NodeUniqueIndexSeek(\(Locking\))?|NodeIndexSeek|AllNodesScan|CartesianProduct|Eager|Projection)$/;
    for (const statement of statements) {
      const explained = await plan(statement);
      const unexpected = explained.operators.map((o) => o.name).filter((o) => !allowed.test(o));
      expect(unexpected, statement.slice(0, 300)).toEqual([]);
    }
  });
});
