import { describe, expect, it } from 'vitest';
import { readEnv } from './env.ts';

describe('configuration', () => {
  it('has working defaults', () => {
    const env = readEnv({});
    expect(env.HOST).toBe('127.0.0.1');
    expect(env.PORT).toBe(3000);
    expect(env.SILA_ROW_CAP).toBe(1000);
    expect(env.NEO4J_URI).toBeUndefined();
    expect(env.SILA_MAX_RESULT_BYTES).toBe(4 * 1024 * 1024);
    expect(env.SILA_MAX_QUERY_NESTING).toBe(100);
    expect(env.SILA_ALLOWED_HOSTS).toEqual([]);
  });

  it('reads the allowed hosts as a list of names or addresses, with ports when given', () => {
    expect(readEnv({ SILA_ALLOWED_HOSTS: 'Sila.example.org, 10.0.0.5:3000,[::1]:8080' }).SILA_ALLOWED_HOSTS).toEqual(['sila.example.org', '10.0.0.5:3000', '[::1]:8080']);
    expect(() => readEnv({ SILA_ALLOWED_HOSTS: 'http://sila.example.org' })).toThrow(/SILA_ALLOWED_HOSTS/);
    expect(() => readEnv({ SILA_MAX_RESULT_BYTES: '0' })).toThrow(/SILA_MAX_RESULT_BYTES/);
  });

  it('names the setting that is wrong', () => {
    expect(() => readEnv({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => readEnv({ SILA_ROW_CAP: '-3' })).toThrow(/SILA_ROW_CAP/);
    expect(() => readEnv({ NEO4J_URI: 'not a uri' })).toThrow(/NEO4J_URI/);
  });
});
