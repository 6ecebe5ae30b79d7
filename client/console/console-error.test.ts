import { describe, expect, it } from 'vitest';
import type { Problem } from '../../contract/api.ts';
import { ConsoleError, isConsoleError, problemOf } from './console-error.ts';

const syntaxProblem: Problem = {
  type: 'https://sila.example/problems/cypher-syntax',
  title: 'Cypher syntax error',
  status: 400,
  detail: "Invalid input 'RETRUN'",
  neo4jCode: 'Neo.ClientError.Statement.SyntaxError',
  position: { offset: 10, line: 1, column: 11 },
};

describe('console errors', () => {
  it('carries the problem and uses its detail as the message', () => {
    const error = new ConsoleError(syntaxProblem);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ConsoleError');
    expect(error.message).toBe("Invalid input 'RETRUN'");
    expect(isConsoleError(error)).toBe(true);
    expect(problemOf(error)).toBe(syntaxProblem);
  });

  it('falls back to the title when the detail is empty', () => {
    expect(new ConsoleError({ ...syntaxProblem, detail: '' }).message).toBe('Cypher syntax error');
  });

  it('reads the problem of any error that carries a valid one', () => {
    const apiError = Object.assign(new Error('Bad Request'), { status: 400, problem: syntaxProblem });
    expect(isConsoleError(apiError)).toBe(false);
    expect(problemOf(apiError)).toEqual(syntaxProblem);
  });

  it('finds no problem in plain errors, null problems or malformed ones', () => {
    expect(problemOf(new Error('network down'))).toBeNull();
    expect(problemOf(Object.assign(new Error('x'), { problem: null }))).toBeNull();
    expect(problemOf(Object.assign(new Error('x'), { problem: { detail: 'no title or status' } }))).toBeNull();
    expect(problemOf('a string')).toBeNull();
    expect(problemOf(undefined)).toBeNull();
  });
});
