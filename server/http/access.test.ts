import { describe, expect, it } from 'vitest';
import { assertSafeBinding, isLoopback } from './access.ts';

describe('binding safety', () => {
  it('recognises loopback addresses', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', '::1', '[::1]', 'localhost']) expect(isLoopback(host)).toBe(true);
    for (const host of ['0.0.0.0', '192.168.1.4', '::', 'example.org']) expect(isLoopback(host)).toBe(false);
  });

  it('refuses to listen beyond loopback without a token', () => {
    expect(() => assertSafeBinding('0.0.0.0', undefined)).toThrow(/SILA_API_TOKEN/);
    expect(() => assertSafeBinding('0.0.0.0', 'a-token-of-sixteen-plus')).not.toThrow();
    expect(() => assertSafeBinding('127.0.0.1', undefined)).not.toThrow();
  });
});
