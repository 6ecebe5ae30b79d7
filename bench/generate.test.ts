import { describe, expect, it } from 'vitest';
import { graphSchema } from '../contract/graph.ts';
import { prepareGraph } from '../store/load-graph.ts';
import { generateCorpus, randomSource } from './generate.ts';
import { probesOf } from './probes.ts';

describe('generateCorpus', () => {
  it('gives the same graph for the same seed and a different one for another seed', () => {
    const a = generateCorpus({ nodes: 600, seed: 3 });
    const b = generateCorpus({ nodes: 600, seed: 3 });
    const c = generateCorpus({ nodes: 600, seed: 4 });
    expect(JSON.stringify(b.graph)).toBe(JSON.stringify(a.graph));
    expect(JSON.stringify(c.graph)).not.toBe(JSON.stringify(a.graph));
  });

  it('makes Graph JSON that the seed loader accepts, with the requested number of nodes', () => {
    const { graph } = generateCorpus({ nodes: 1000, seed: 1 });
    expect(graphSchema.safeParse(graph).success).toBe(true);
    expect(graph.nodes).toHaveLength(1000);
    expect(() => prepareGraph(graph)).not.toThrow();
  });

  it('has about five relationships per node and a few hubs', () => {
    const { graph } = generateCorpus({ nodes: 2000, seed: 1 });
    expect(graph.edges.length / graph.nodes.length).toBeGreaterThan(4);
    expect(graph.edges.length / graph.nodes.length).toBeLessThan(6);
    const probes = probesOf(graph);
    expect(probes.hubDegree).toBeGreaterThan(100);
  });

  it('writes mention offsets that point at the surface in the sentence text', () => {
    const { graph } = generateCorpus({ nodes: 300, seed: 9 });
    const text = new Map(graph.nodes.map((n) => [n.id, n.properties.text]));
    const mentions = graph.edges.filter((e) => e.type === 'MENTIONS');
    expect(mentions.length).toBeGreaterThan(0);
    for (const m of mentions) {
      const sentence = text.get(m.source);
      if (typeof sentence !== 'string') throw new Error(`${m.source} has no text`);
      expect(sentence.slice(Number(m.properties.start), Number(m.properties.end))).toBe(m.properties.surface);
    }
  });

  it('cites only sentences that exist as evidence', () => {
    const { graph } = generateCorpus({ nodes: 300, seed: 2 });
    const ids = new Set(graph.nodes.map((n) => n.id));
    for (const e of graph.edges.filter((x) => Array.isArray(x.properties.evidence))) {
      for (const s of e.properties.evidence as string[]) expect(ids.has(s)).toBe(true);
    }
  });
});

describe('randomSource', () => {
  it('is reproducible and stays in [0, 1)', () => {
    const a = randomSource(42);
    const b = randomSource(42);
    for (let i = 0; i < 1000; i++) {
      const x = a();
      expect(x).toBe(b());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});
