/**
 * The loader against a real Neo4j (given by test/global-setup.ts). Every test that changes the database leaves
 * the article graph loaded at the end, because the API tests that run after this file expect it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../contract/graph.ts';
import type { Json } from '../contract/json.ts';
import { cypher } from '../server/db/cypher-files.ts';
import { Database } from '../server/db/database.ts';
import { neo4jTarget } from '../test/neo4j-target.ts';
import { buildArticleGraph } from './article-graph.ts';
import { InjectedFailure, applySchema, countGraph, loadGraph, seedIfEmpty } from './loader.ts';

const target = neo4jTarget();
const db = new Database({ uri: target.uri, user: target.user, password: target.password, database: target.database });
const graph = buildArticleGraph();

interface Dump {
  nodes: { id: string; elementId: string; labels: string[]; properties: Record<string, Json> }[];
  edges: { id: string; elementId: string; type: string; source: string; target: string; properties: Record<string, Json> }[];
}

const str = (value: Json | undefined): string => (typeof value === 'string' ? value : JSON.stringify(value));

async function dump(): Promise<Dump> {
  const nodes = (await db.read(cypher('seed/dump-nodes'))).map((r) => ({
    id: str(r.id),
    elementId: str(r.elementId),
    labels: (r.labels as string[]).slice().sort(),
    properties: r.properties as Record<string, Json>,
  }));
  const edges = (await db.read(cypher('seed/dump-relationships'))).map((r) => ({
    id: str(r.id),
    elementId: str(r.elementId),
    type: str(r.type),
    source: str(r.source),
    target: str(r.target),
    properties: r.properties as Record<string, Json>,
  }));
  return { nodes, edges };
}

/** The dump as Graph JSON (element ids dropped, the relationship id property folded into the edge id). */
function asGraph(d: Dump): Graph {
  return {
    nodes: d.nodes.map(({ id, labels, properties }) => ({ id, labels, properties })),
    edges: d.edges.map(({ id, type, source, target, properties }) => {
      const { id: _stored, ...rest } = properties;
      expect(_stored).toBe(id);
      return { id, type, source, target, properties: rest };
    }),
  };
}

/** A graph in canonical order, for comparison with a dump. */
function canonical(g: Graph): Graph {
  const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    nodes: g.nodes.map((n) => ({ id: n.id, labels: n.labels.slice().sort(), properties: { ...n.properties, id: n.id } })).sort(byId),
    edges: g.edges.map((e) => ({ ...e })).sort(byId),
  };
}

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
      (await db.read(cypher('seed/property-types'), { id: 'sahel' })).map((r) => [str(r.key), str(r.type)]),
    );
    expect(types.lat).toBe('FLOAT NOT NULL');
    expect(types.lon).toBe('FLOAT NOT NULL');
    expect(types.mention_count).toBe('INTEGER NOT NULL');
    expect(types.aliases_ar).toBe('LIST<STRING NOT NULL> NOT NULL');
    expect(types.search_ar).toBe('STRING NOT NULL');
  });

  it('(b) is idempotent: loading the same graph again changes nothing', async () => {
    const before = await dump();
    const summary = await loadGraph(db, graph);
    expect(summary.deletedNodes).toBe(0);
    expect(summary.deletedRelationships).toBe(0);
    expect(await dump()).toEqual(before);
  });

  it('(c) edit and reload: removed entities, relationships, properties and labels are gone; foreign nodes stay', async () => {
    await db.write(cypher('seed/test-create-probe'), { id: 'probe', entityId: 'bcij' });
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
      const [probe] = await db.write(cypher('seed/test-delete-probe'));
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
    expect(asGraph(await dump())).toEqual(canonical(graph));
    const second = await seedIfEmpty(db);
    expect(second).toEqual({ seeded: false });
    const counts = await countGraph(db);
    expect(counts.labels.Article).toBe(1);
    expect(counts.types.MENTIONS).toBe(graph.edges.filter((e) => e.type === 'MENTIONS').length);
  });
});
