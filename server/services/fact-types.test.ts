import { describe, expect, it } from 'vitest';
import { typeExpression } from './fact-types.ts';

describe('typeExpression', () => {
  it('writes every type by the one name rule and joins them as alternatives', () => {
    expect(typeExpression(['PART_OF', 'TOOK_PLACE_IN'])).toBe('PART_OF|TOOK_PLACE_IN');
    expect(typeExpression(['odd type'])).toBe('`odd type`');
  });

  it('writes the text \\u0060 so that Neo4j cannot read it as a closing backtick', () => {
    expect(typeExpression(['A\\u0060]-() DETACH DELETE c //'])).toBe('`A\\u005Cu0060]-() DETACH DELETE c //`');
  });

  it('doubles a backtick inside a name, so a name cannot close its quotes', () => {
    expect(typeExpression(['A`]-() DETACH DELETE c //'])).toBe('`A``]-() DETACH DELETE c //`');
  });

  it('matches nothing for an empty list', () => {
    expect(typeExpression([])).toBe('`no fact type`');
  });
});
