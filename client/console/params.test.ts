import { describe, expect, it } from 'vitest';
import { parseParams } from './params.ts';

describe('query parameters', () => {
  it('treats an empty field as no parameters', () => {
    expect(parseParams('')).toEqual({ ok: true, params: {} });
    expect(parseParams('  \n')).toEqual({ ok: true, params: {} });
  });

  it('accepts a JSON object, Arabic values included', () => {
    expect(parseParams('{"id": "bcij", "name": "المكتب المركزي", "n": 3, "ids": ["a", "b"], "m": {"x": null}}')).toEqual({
      ok: true,
      params: { id: 'bcij', name: 'المكتب المركزي', n: 3, ids: ['a', 'b'], m: { x: null } },
    });
  });

  it('refuses JSON that is not an object', () => {
    for (const text of ['[1, 2]', '"bcij"', '42', 'null', 'true']) expect(parseParams(text)).toEqual({ ok: false, reason: 'not-object' });
  });

  it('reports invalid JSON with the parser message', () => {
    const parsed = parseParams('{id: bcij}');
    expect(parsed.ok).toBe(false);
    expect(parsed).toMatchObject({ reason: 'syntax' });
    if (!parsed.ok && parsed.reason === 'syntax') expect(parsed.message.length).toBeGreaterThan(0);
  });
});
