import { describe, expect, it } from 'vitest';
import { DatabaseUnresponsive, withDeadline } from './deadline.ts';
import { describeDatabaseError } from './errors.ts';

describe('withDeadline', () => {
  it('passes a result or an error through when the work settles first', async () => {
    await expect(withDeadline(Promise.resolve(42), 1000)).resolves.toBe(42);
    await expect(withDeadline(Promise.reject(new Error('boom')), 1000)).rejects.toThrow('boom');
  });

  it('rejects as an unavailable database when the work never settles, and abandons it', async () => {
    let abandoned = false;
    const never = new Promise<number>(() => undefined);
    const error: unknown = await withDeadline(never, 10, () => (abandoned = true)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseUnresponsive);
    expect(abandoned).toBe(true);
    expect(describeDatabaseError(error)?.kind).toBe('unavailable');
  });
});
