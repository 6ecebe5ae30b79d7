import { describe, expect, it } from 'vitest';
import { DomainError } from '../../domain/errors.ts';
import { createStructureRunner } from './structure-runner.ts';

const WORKER = new URL('./structure-worker.ts', import.meta.url);
const fixture = (name: string): URL => new URL(`../../test/fixtures/workers/${name}.ts`, import.meta.url);
const graph = {
  nodes: ['a', 'b', 'c'].map((id) => ({ id })),
  edges: [{ source: 'a', target: 'b' }, { source: 'b', target: 'c' }],
};

async function problemOf(work: Promise<unknown>): Promise<DomainError> {
  const error: unknown = await work.then(() => null, (e: unknown) => e);
  if (!(error instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(error)}`);
  return error;
}

describe('the structure runner', () => {
  it('computes in a worker thread, reading the graph once per version', async () => {
    const runner = createStructureRunner(WORKER);
    let reads = 0;
    const readGraph = () => {
      reads++;
      return Promise.resolve(graph);
    };
    try {
      const degree = await runner.run({ key: 'v1', measure: 'degree' }, readGraph);
      expect(degree.scores).toEqual({ a: 1, b: 2, c: 1 });
      const betweenness = await runner.run({ key: 'v1', measure: 'betweenness' }, readGraph);
      expect(betweenness.scores.b).toBeGreaterThan(betweenness.scores.a ?? 0);
      expect(reads).toBe(1);
      await runner.run({ key: 'v2', measure: 'degree' }, readGraph);
      expect(reads).toBe(2);
    } finally {
      await runner.terminate();
    }
  });

  it('runs one job at a time, in the order asked', async () => {
    const runner = createStructureRunner(WORKER);
    const order: string[] = [];
    try {
      await Promise.all(
        (['degree', 'pagerank', 'betweenness'] as const).map((measure) =>
          runner.run({ key: 'v1', measure }, () => Promise.resolve(graph)).then(() => {
            order.push(measure);
          }),
        ),
      );
      expect(order).toEqual(['degree', 'pagerank', 'betweenness']);
    } finally {
      await runner.terminate();
    }
  });

  it('turns a worker that dies into a structure-failed problem, and starts a new one for the next job', async () => {
    const dying = createStructureRunner(fixture('exits'));
    const problem = await problemOf(dying.run({ key: 'v1', measure: 'degree' }, () => Promise.resolve(graph)));
    expect(problem).toMatchObject({ kind: 'unavailable', code: 'structure-failed' });
    expect(problem.message).toMatch(/exited with code 3/);
    const again = await problemOf(dying.run({ key: 'v1', measure: 'degree' }, () => Promise.resolve(graph)));
    expect(again.code).toBe('structure-failed');
  });

  it('fails the running job when the worker is terminated, instead of leaving it pending', async () => {
    const runner = createStructureRunner(fixture('never-answers'));
    const job = runner.run({ key: 'v1', measure: 'degree' }, () => Promise.resolve(graph));
    await expect.poll(() => runner.busy()).toBe(true);
    await runner.terminate();
    expect((await problemOf(job)).code).toBe('structure-failed');
    expect(runner.busy()).toBe(false);
  });

  it('reports a job the worker could not compute, and keeps serving', async () => {
    const runner = createStructureRunner(WORKER);
    try {
      const problem = await problemOf(runner.run({ key: 'bad', measure: 'degree' }, () => Promise.resolve({ nodes: [{ name: 'x' }], edges: [] })));
      expect(problem.code).toBe('structure-failed');
      expect((await runner.run({ key: 'v1', measure: 'degree' }, () => Promise.resolve(graph))).scores).toEqual({ a: 1, b: 2, c: 1 });
    } finally {
      await runner.terminate();
    }
  });
});
