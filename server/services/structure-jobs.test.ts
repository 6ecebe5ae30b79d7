import { describe, expect, it } from 'vitest';
import { runStructureJob, type StructureJob } from './structure-jobs.ts';

const graph = {
  nodes: ['a', 'b', 'c', 'leaf'].map((id) => ({ id })),
  edges: [{ source: 'a', target: 'b' }, { source: 'b', target: 'c' }, { source: 'c', target: 'a' }, { source: 'a', target: 'leaf' }],
};
const job = (overrides: Partial<StructureJob>): StructureJob => ({ job: 1, key: 'db1|7', measure: 'degree', ...overrides });

describe('a structure job', () => {
  it('asks for the graph when it holds none or another version’s', async () => {
    expect((await runStructureJob(null, job({}))).reply).toEqual({ job: 1, kind: 'needs-graph' });
    const held = (await runStructureJob(null, job({ graph }))).held;
    expect((await runStructureJob(held, job({ key: 'db1|8' }))).reply.kind).toBe('needs-graph');
  });

  it('builds the graph once and answers every measure of that version from it', async () => {
    const first = await runStructureJob(null, job({ graph }));
    expect(first.reply).toMatchObject({ kind: 'done', answer: { scores: { a: 3, b: 2, c: 2, leaf: 1 }, nodes: 4, edges: 4, method: { exact: true } } });
    const betweenness = await runStructureJob(first.held, job({ job: 2, measure: 'betweenness' }));
    expect(betweenness.held?.graph).toBe(first.held?.graph);
    if (betweenness.reply.kind !== 'done') throw new Error(betweenness.reply.kind);
    expect(betweenness.reply.answer.scores.a).toBeGreaterThan(betweenness.reply.answer.scores.leaf ?? 0);
    expect(betweenness.reply.answer.communities).toEqual(first.reply.kind === 'done' ? first.reply.answer.communities : null);
  });

  it('scores articles from the rows it is sent, zero for an entity no article names', async () => {
    const { reply } = await runStructureJob(null, job({ measure: 'articles', graph, articles: [{ id: 'a', articles: 5 }, { id: 'elsewhere', articles: 2 }] }));
    expect(reply).toMatchObject({ kind: 'done', answer: { scores: { a: 5, b: 0, c: 0, leaf: 0 } } });
  });

  it('refuses rows that are not the entity graph', async () => {
    await expect(runStructureJob(null, job({ graph: { nodes: [{ name: 'a' }], edges: [] } }))).rejects.toThrow(/id/);
  });
});
