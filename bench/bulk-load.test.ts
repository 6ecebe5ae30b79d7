import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildArticleGraph } from '../corpus/seed/article-graph.ts';
import { GraphLoadError } from '../store/load-graph.ts';
import { bulkLoadGraph } from './bulk-load.ts';

const dirs: string[] = [];
const emptyDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'sila-bulk-test-'));
  dirs.push(dir);
  return dir;
};

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('bulkLoadGraph refuses before it writes anything', () => {
  it('a list item holding the array delimiter, naming the element and property', async () => {
    const graph = buildArticleGraph();
    const nodes = graph.nodes.map((n) => (n.id === 'bcij' ? { ...n, properties: { ...n.properties, aliases_latin: ['BCIJ', 'a;b'] } } : n));
    const dir = emptyDir();
    await expect(bulkLoadGraph(dir, { ...graph, nodes })).rejects.toThrow(GraphLoadError);
    await expect(bulkLoadGraph(dir, { ...graph, nodes })).rejects.toThrow(/node bcij\.aliases_latin: a list item contains ";"/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('an empty list, which the importer would store as no property', async () => {
    const graph = buildArticleGraph();
    const dir = emptyDir();
    await expect(bulkLoadGraph(dir, graph)).rejects.toThrow(/the bulk importer cannot store an empty list/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a graph the seed loader would refuse', async () => {
    const graph = buildArticleGraph();
    const dir = emptyDir();
    await expect(bulkLoadGraph(dir, { ...graph, edges: [...graph.edges, { id: 'x', type: 'KNOWS', source: 'bcij', target: 'nobody', properties: {} }] })).rejects.toThrow(
      /nobody is not a node of the graph/,
    );
    expect(readdirSync(dir)).toEqual([]);
  });
});
