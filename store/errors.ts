import { Neo4jError } from 'neo4j-driver';
import { DatabaseUnresponsive } from './deadline.ts';

/** A database failure described without driver types, for the HTTP layer to turn into a problem. */
export interface DatabaseFailure {
  /** `execution`: Neo4j accepted the query and failed while running it (a negative substring length...). */
  kind: 'unavailable' | 'syntax' | 'timeout' | 'client' | 'memory' | 'execution';
  message: string;
  code: string;
  position?: { offset: number; line: number; column: number };
}

const POSITION = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/;

function positionOf(message: string): DatabaseFailure['position'] {
  const match = POSITION.exec(message);
  if (!match) return undefined;
  return { line: Number(match[1]), column: Number(match[2]), offset: Number(match[3]) };
}

/** Recognises errors thrown by neo4j-driver; anything else is not a database failure. */
export function describeDatabaseError(error: unknown): DatabaseFailure | undefined {
  if (error instanceof DatabaseUnresponsive) return { kind: 'unavailable', message: error.message, code: error.code };
  if (!(error instanceof Neo4jError)) return undefined;
  const code = error.code ?? '';
  const message = error.message;
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || code.startsWith('Neo.TransientError.General.DatabaseUnavailable')) {
    return { kind: 'unavailable', message, code };
  }
  // The pool raises this without a code when every connection is held by a Neo4j that stopped answering.
  if (message.startsWith('Connection acquisition timed out')) return { kind: 'unavailable', message, code: 'ConnectionAcquisitionTimeout' };
  if (code.startsWith('Neo.ClientError.Security.')) return { kind: 'unavailable', message, code };
  // Neo4j 5.26 reports some unterminated input (a query that is only "/*") as an unknown database error.
  if (code === 'Neo.DatabaseError.General.UnknownError' && message.startsWith('Lexical error')) return { kind: 'syntax', message, code };
  if (code === 'Neo.ClientError.Statement.SyntaxError') {
    const position = positionOf(message);
    return position ? { kind: 'syntax', message, code, position } : { kind: 'syntax', message, code };
  }
  if (code.includes('TransactionTimedOut') || code.includes('Transaction.TransactionTimedOut') || code.includes('TransactionMarkedAsFailed') && message.includes('timeout')) {
    return { kind: 'timeout', message, code };
  }
  if (code.includes('MemoryPoolOutOfMemoryError') || code.includes('TransactionOutOfMemoryError')) {
    return { kind: 'memory', message, code };
  }
  if (code.startsWith('Neo.ClientError.')) return { kind: 'client', message, code };
  // A query's own run-time failure, whatever Neo4j's classification says: it is the query's fault, not the
  // database's, and only the console (which runs other people's queries) turns it into a 4xx.
  if (code === 'Neo.DatabaseError.Statement.ExecutionFailed') return { kind: 'execution', message, code };
  if (code.startsWith('Neo.TransientError.')) return { kind: 'unavailable', message, code };
  return undefined;
}
