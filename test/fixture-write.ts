import type { Database, Params } from '../store/database.ts';
import { refreshFactDegrees } from '../store/fact-degrees.ts';
import { testCypher } from './cypher.ts';

/**
 * Writes a test fixture straight in Cypher (test/cypher/NAME), then counts again the degree summaries of the
 * entities it gave or took facts, as Sila's writer does after each of its writes (store/fact-degrees.ts).
 */
export async function writeFixture(db: Database, name: string, params: Params, touched: readonly string[]): Promise<void> {
  await db.write(testCypher(name), params);
  await db.writeTransaction((run) => refreshFactDegrees(run, [...touched].sort()));
}
