/**
 * The loader against a real Neo4j (given by test/global-setup.ts). Every test that changes the database leaves
 * the article graph loaded at the end, because the API tests that run after this file expect it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../contract/graph.ts';
import { Database } from './database.ts';
import { testCypher } from '../test/cypher.ts';
import { asGraph, canonical, dumpGraph, str, type Dump } from '../test/graph-dump.ts';
import { neo4jTarget } from '../test/neo4j-target.ts';
import { buildArticleGraph } from '../corpus/seed/article-graph.ts';
import { InjectedFailure, countGraph, loadGraph } from './load-graph.ts';
import { applySchema } from './schema.ts';
import { seedIfEmpty } from '../corpus/seed-database.ts';

const target = neo4jTarget();
const db = new Database({ uri: target.uri, user: target.user, password: target.password, database: target.database });
const graph = buildArticleGraph();

const dump = (): Promise<Dump> => dumpGraph(db);

/** The article graph edited: one entity (with its edges and mentions) and one fact removed, a label, a property changed. */
function edited(): Graph {
  const removedEntity = 'weapons-cache';
  const removedEdge = 'bcij-coordinated_with-dgst';
  return {
    nodes: graph.nodes
      .filter((n) => n.id !== removedEntity)
      .map((n) => {
        if (n.id === 'bcij') {
          const properties = Object.fromEntries(Object.entries(n.properties).filter(([key]) => key !== 'acronym'));
          return { ...n, properties: { ...properties, name_en: 'Central Bureau of Judicial Investigations (BCIJ)' } };
        }
        if (n.id === 'sahel-warlords') return { ...n, labels: ['Entity', 'Person'] };
        return n;
      }),
    edges: graph.edges.filter((e) => e.id !== removedEdge && e.source !== removedEntity && e.target !== removedEntity),
  };
}

beforeAll(async () => {
  await applySchema(db);
  await loadGraph(db, graph);
});

afterAll(async () => {
  await loadGraph(db, graph);
  await db.close();
});

describe('loadGraph into a real Neo4j', () => {
  it('(a) stores exactly the printed graph: same nodes, labels, relationships and properties', async () => {
    const stored = asGraph(await dump());
    const expected = canonical(graph);
    expect(stored.nodes.map((n) => n.id)).toEqual(expected.nodes.map((n) => n.id));
    expect(stored.nodes).toEqual(expected.nodes);
    expect(stored.edges.length).toBe(expected.edges.length);
    expect(stored.edges).toEqual(expected.edges);
  });

  it('(a) stores whole numbers as integers, coordinates as floats and names lists as string lists', async () => {
    const types = Object.fromEntries(
      (await db.read(testCypher('property-types'), { id: 'sahel' })).map((r) => [str(r.key), str(r.type)]),
    );
    expect(types.lat).toBe('FLOAT NOT NULL');
    expect(types.lon).toBe('FLOAT NOT NULL');
    expect(types.aliases_ar).toBe('LIST<STRING NOT NULL> NOT NULL');
    expect(types.search_ar).toBe('STRING NOT NULL');
    const group = Object.fromEntries(
      (await db.read(testCypher('property-types'), { id: 'extremists-2025' })).map((r) => [str(r.key), str(r.type)]),
    );
    expect(group.count).toBe('INTEGER NOT NULL');
    expect(group.age_min).toBe('INTEGER NOT NULL');
  });

  it('(b) is idempotent: loading the same graph again changes nothing', async () => {
    const before = await dump();
    const summary = await loadGraph(db, graph);
    expect(summary.deletedNodes).toBe(0);
    expect(summary.deletedRelationships).toBe(0);
    expect(await dump()).toEqual(before);
  });

  it('(c) edit and reload: removed entities, relationships, properties and labels are gone; foreign nodes stay', async () => {
    await db.write(testCypher('test-create-probe'), { id: 'probe', entityId: 'bcij' });
    try {
      const summary = await loadGraph(db, edited());
      expect(summary.deletedNodes).toBe(1);
      const stored = asGraph(await dump());
      expect(stored).toEqual(canonical(edited()));
      expect(stored.nodes.find((n) => n.id === 'weapons-cache')).toBeUndefined();
      expect(stored.edges.find((e) => e.id === 'bcij-coordinated_with-dgst')).toBeUndefined();
      expect(stored.edges.filter((e) => e.target === 'weapons-cache')).toEqual([]);
      const bcij = stored.nodes.find((n) => n.id === 'bcij');
      expect(bcij?.properties.acronym).toBeUndefined();
      expect(stored.nodes.find((n) => n.id === 'sahel-warlords')?.labels).toEqual(['Entity', 'Person']);
    } finally {
      const [probe] = await db.write(testCypher('test-delete-probe'));
      expect(probe).toEqual({ nodes: 1, relationships: 1 });
    }
    await loadGraph(db, graph);
    expect(asGraph(await dump())).toEqual(canonical(graph));
  });

  it('(d) is atomic: a failure half-way leaves the previous graph exactly intact', async () => {
    const before = await dump();
    for (const failAfterBatches of [0, 3, 7]) {
      await expect(loadGraph(db, edited(), { batchSize: 20, failAfterBatches })).rejects.toBeInstanceOf(InjectedFailure);
      expect(await dump()).toEqual(before);
    }
    await expect(loadGraph(db, { nodes: [], edges: [] }, { failAfterBatches: 0 })).rejects.toBeInstanceOf(InjectedFailure);
    expect(await dump()).toEqual(before);
  });

  it('into an empty database, a failure half-way leaves it empty', async () => {
    await loadGraph(db, { nodes: [], edges: [] });
    await expect(loadGraph(db, graph, { batchSize: 20, failAfterBatches: 3 })).rejects.toBeInstanceOf(InjectedFailure);
    expect(await dump()).toEqual({ nodes: [], edges: [] });
    await loadGraph(db, graph);
    expect(asGraph(await dump())).toEqual(canonical(graph));
  });

  it('seedIfEmpty seeds an empty database once and leaves a seeded one alone', async () => {
    await loadGraph(db, { nodes: [], edges: [] });
    expect((await dump()).nodes).toEqual([]);
    const first = await seedIfEmpty(db);
    expect(first.seeded).toBe(true);
    expect(canonical(asGraph(await dump()))).toEqual(canonical(graph));
    const second = await seedIfEmpty(db);
    expect(second).toEqual({ seeded: false });
    const counts = await countGraph(db);
    expect(counts.labels.Article).toBe(1);
    expect(counts.types.MENTIONS).toBe(graph.edges.filter((e) => e.type === 'MENTIONS').length);
  });
});
