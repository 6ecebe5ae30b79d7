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
