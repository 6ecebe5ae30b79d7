/**
 * A client-side bound on how long a read may wait for Neo4j. The driver's timeouts cover connecting and
 * acquiring a connection, and Neo4j's transaction timeout covers a query that runs; neither covers a
 * Neo4j that is alive on the network but does not answer (frozen JVM, stopped process, stuck disk) on
 * a connection the pool already holds. Without this, such a request waited minutes instead of getting a 503.
 */

/** Thrown when Neo4j did not answer in time; classified like an unreachable database. */
export class DatabaseUnresponsive extends Error {
  override name = 'DatabaseUnresponsive';
  readonly code = 'Sila.DatabaseUnresponsive';

  constructor(readonly afterMs: number) {
    super(`Neo4j did not answer within ${Math.round(afterMs / 1000)} s.`);
  }
}

/** How long past a query's own timeout the server still waits for Neo4j to report it. */
export const DEADLINE_GRACE_MS = 2000;

/** Settles with `work`, or rejects with DatabaseUnresponsive after `ms`; `abandon` runs then (not awaited). */
export async function withDeadline<T>(work: Promise<T>, ms: number, abandon: () => void = () => undefined): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      abandon();
      reject(new DatabaseUnresponsive(ms));
    }, ms);
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}
