import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../domain/errors.ts';
import { ConcurrencyLimit } from './limiter.ts';

describe('the console concurrency limit', () => {
  it('refuses work beyond the cap with a 429 and a Retry-After, and frees the slot afterwards', async () => {
    const limit = new ConcurrencyLimit(1);
    let release: () => void = () => undefined;
    const first = limit.run(() => new Promise<string>((resolve) => (release = () => resolve('first'))));
    const second = limit.run(() => Promise.resolve('second'));
    await expect(second).rejects.toMatchObject({ kind: 'busy', code: 'console-busy', details: { retryAfterSeconds: 1 } });
    await expect(second).rejects.toBeInstanceOf(DomainError);
    release();
    await expect(first).resolves.toBe('first');
    await expect(limit.run(() => Promise.resolve('third'))).resolves.toBe('third');
  });

  it('frees the slot when the work fails', async () => {
    const limit = new ConcurrencyLimit(1);
    await expect(limit.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(limit.running).toBe(0);
  });
});

describe('a slot held past the answer', () => {
  it('stays taken until what the work holds has settled', async () => {
    const limit = new ConcurrencyLimit(1);
    let stopped: () => void = () => undefined;
    const neo4jStopped = new Promise<void>((resolve) => (stopped = resolve));
    await expect(
      limit.run((hold) => {
        hold(neo4jStopped);
        return Promise.resolve('answered');
      }),
    ).resolves.toBe('answered');
    expect(limit.running).toBe(1);
    await expect(limit.run(() => Promise.resolve('refused'))).rejects.toMatchObject({ code: 'console-busy' });
    stopped();
    await neo4jStopped;
    await Promise.resolve();
    expect(limit.running).toBe(0);
  });
});
