import { DomainError } from '../../../domain/errors.ts';

/**
 * Caps how many console queries run at once. It refuses rather than queues: a person waiting on a
 * console is better told to retry than left hanging behind someone else's heavy query.
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

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active >= this.max) {
      throw new DomainError(
        'busy',
        'console-busy',
        `${this.max} console ${this.max === 1 ? 'query is' : 'queries are'} already running; try again in a moment.`,
        { retryAfterSeconds: this.retryAfterSeconds, params: { max: this.max } },
      );
    }
    this.active++;
    try {
      return await work();
    } finally {
      this.active--;
    }
  }
}
