import { describe, expect, it } from 'vitest';
import { typeExpression } from './fact-types.ts';

describe('typeExpression', () => {
  it('quotes every type and joins them as alternatives', () => {
    expect(typeExpression(['PART_OF', 'TOOK_PLACE_IN'])).toBe('`PART_OF`|`TOOK_PLACE_IN`');
  });

  it('doubles a backtick inside a name, so a name cannot close its quotes', () => {
    expect(typeExpression(['A`]-() DETACH DELETE c //'])).toBe('`A``]-() DETACH DELETE c //`');
  });

  it('matches nothing for an empty list', () => {
    expect(typeExpression([])).toBe('`no fact type`');
  });
});
