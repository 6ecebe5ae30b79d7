import { describe, expect, it } from 'vitest';
import { readEnv } from './env.ts';

describe('configuration', () => {
  it('has working defaults', () => {
    const env = readEnv({});
    expect(env.HOST).toBe('127.0.0.1');
    expect(env.PORT).toBe(3000);
    expect(env.SILA_ROW_CAP).toBe(1000);
    expect(env.NEO4J_URI).toBeUndefined();
  });

  it('names the setting that is wrong', () => {
    expect(() => readEnv({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => readEnv({ SILA_ROW_CAP: '-3' })).toThrow(/SILA_ROW_CAP/);
    expect(() => readEnv({ NEO4J_URI: 'not a uri' })).toThrow(/NEO4J_URI/);
  });
});
