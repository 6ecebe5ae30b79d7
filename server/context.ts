import type { Env } from './config.ts';
import type { Database } from './db/database.ts';

/** What every route family and service is given: the one database and the settings. */
export interface AppContext {
  db: Database;
  config: Env;
}
