import { describe, expect, it } from 'vitest';
import { betweennessScores, buildStructureGraph, communities, degreeScores, pagerankScores } from './structure-measures.ts';

// Two triangles joined through a bridge: a1-a2-a3, b1-b2-b3, a1 - hub - b1, and a leaf hanging on the hub.
const ids = ['a1', 'a2', 'a3', 'b1', 'b2', 'b3', 'hub', 'leaf'];
const pairs: [string, string][] = [
  ['a1', 'a2'], ['a2', 'a3'], ['a3', 'a1'],
  ['b1', 'b2'], ['b2', 'b3'], ['b3', 'b1'],
  ['a1', 'hub'], ['hub', 'b1'], ['leaf', 'hub'],
  ['a1', 'a2'], // a second fact between the same two entities
  ['a1', 'a1'], // a fact of an entity about itself joins nothing
  ['a1', 'nowhere'], // an end that is not an entity is ignored
];
const graph = buildStructureGraph(ids, pairs);

describe('structure measures', () => {
  it('counts every fact in degree, parallel ones included, and none that joins nothing', () => {
    const degree = degreeScores(graph);
    expect(degree.a1).toBe(4);
    expect(degree.hub).toBe(3);
    expect(degree.leaf).toBe(1);
    expect(graph.size).toBe(9);
  });

  it('gives the bridge the highest betweenness and a leaf none', async () => {
    const { scores, exact } = await betweennessScores(graph);
    expect(exact).toBe(true);
    const ranked = Object.entries(scores).sort((a, b) => b[1] - a[1]).map(([id]) => id);
    expect(ranked[0]).toBe('hub');
    expect(scores.leaf).toBe(0);
    expect(scores.a1).toBeGreaterThan(scores.a2 ?? 0);
  });

  it('samples betweenness on large graphs and, sampling every source, agrees with the exact figure', async () => {
    const exact = await betweennessScores(graph);
    const sampled = await betweennessScores(graph, { exactLimit: 2, sources: ids.length });
    expect(sampled.exact).toBe(false);
    expect(sampled.sources).toBe(ids.length);
    for (const id of ids) expect(sampled.scores[id]).toBeCloseTo(exact.scores[id] ?? NaN, 10);
    const partial = await betweennessScores(graph, { exactLimit: 2, sources: 4, seed: 7 });
    expect(partial.sources).toBe(4);
    expect(Object.keys(partial.scores).sort()).toEqual([...ids].sort());
  });

  it('ranks the hub first by PageRank, the scores summing to one', () => {
    const scores = pagerankScores(graph);
    const total = Object.values(scores).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(1, 6);
    expect((scores.hub ?? 0) > (scores.leaf ?? 0)).toBe(true);
  });

  it('finds the two triangles as communities, numbered from the largest, the same on every run', () => {
    const first = communities(graph);
    expect(first.of.a2).toBe(first.of.a3);
    expect(first.of.b2).toBe(first.of.b3);
    expect(first.of.a2).not.toBe(first.of.b2);
    expect(first.sizes.reduce((a, b) => a + b, 0)).toBe(ids.length);
    expect([...first.sizes].sort((a, b) => b - a)).toEqual(first.sizes);
    expect(communities(graph)).toEqual(first);
  });

  it('answers an empty graph with nothing', async () => {
    const empty = buildStructureGraph([], []);
    expect(degreeScores(empty)).toEqual({});
    expect(pagerankScores(empty)).toEqual({});
    expect((await betweennessScores(empty)).scores).toEqual({});
    expect(communities(empty)).toEqual({ of: {}, sizes: [] });
  });
});
