import { DomainError } from '../../../domain/errors.ts';

/** Lets work keep its slot past its own end, until Neo4j has really stopped what it started. */
export type HoldSlot = (until: Promise<unknown>) => void;

/**
 * Caps how many console queries run at once. It refuses rather than queues: a person waiting on a
 * console is better told to retry than left hanging behind someone else's heavy query. A slot counts
 * Neo4j's work, not the HTTP request: work can hold it past its answer (a query Neo4j cannot interrupt
 * keeps running after its 408), and the slot is free only when everything held has settled.
 */
export class ConcurrencyLimit {
  private active = 0;

  constructor(
    readonly max: number,
    private readonly retryAfterSeconds = 1,
  ) {}

  get running(): number {
    return this.active;
  }

  async run<T>(work: (hold: HoldSlot) => Promise<T>): Promise<T> {
    if (this.active >= this.max) {
      throw new DomainError(
        'busy',
        'console-busy',
        `${this.max} console ${this.max === 1 ? 'query is' : 'queries are'} already running; try again in a moment.`,
        { retryAfterSeconds: this.retryAfterSeconds, params: { max: this.max } },
      );
    }
    this.active++;
    const held: Promise<unknown>[] = [];
    try {
      return await work((until) => held.push(until));
    } finally {
      void Promise.allSettled(held).then(() => this.active--);
    }
  }
}
