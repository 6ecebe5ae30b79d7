import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { describeDatabaseError } from './errors.ts';

describe('describeDatabaseError', () => {
  it('treats a connection pool that timed out as an unavailable database (the pool gives no code)', () => {
    const error = new Neo4jError('Connection acquisition timed out in 5000 ms. Pool status: Active conn count = 1, Idle conn count = 0.', 'N/A', '50N42', 'error: general processing exception');
    expect(describeDatabaseError(error)?.kind).toBe('unavailable');
  });

  it('treats a refused connection as an unavailable database', () => {
    const error = new Neo4jError('Could not perform discovery. No routing servers available.', 'ServiceUnavailable', '08000', 'error: connection exception');
    expect(describeDatabaseError(error)?.kind).toBe('unavailable');
  });

  it('treats Neo4j\'s "Lexical error" reported as an unknown database error as a syntax error', () => {
    const error = new Neo4jError('Lexical error at line 1, column 11.  Encountered: <EOF> after : ""', 'Neo.DatabaseError.General.UnknownError', '50N00', 'error: general processing exception');
    expect(describeDatabaseError(error)?.kind).toBe('syntax');
  });
});
