import { describe, expect, it } from 'vitest';
import { shiftMessage } from './explain-errors.ts';

describe('positions in errors of an EXPLAINed query', () => {
  it('moves the position back to the query as typed and redraws the excerpt', () => {
    const query = 'MATCH (n)\nRETURN n +';
    const neo4jMessage = "Invalid input '': expected an expression (line 2, column 11 (offset: 28))\n\"RETURN n +\"\n          ^";
    const { message, position } = shiftMessage(neo4jMessage, query, 'EXPLAIN '.length);
    expect(position).toEqual({ offset: 20, line: 2, column: 11 });
    expect(message).toBe("Invalid input '': expected an expression (line 2, column 11 (offset: 20))\n\"RETURN n +\"\n           ^");
  });

  it('corrects the column on the first line, where the prefix was', () => {
    const { position } = shiftMessage("Invalid input 'RETRUN' (line 1, column 9 (offset: 8))", 'RETRUN 1', 8);
    expect(position).toEqual({ offset: 0, line: 1, column: 1 });
  });

  it('keeps only the first line of a message without a position', () => {
    expect(shiftMessage('Unknown procedure\n"EXPLAIN CALL x()"', 'CALL x()', 8)).toEqual({ message: 'Unknown procedure' });
  });
});
