import type { Env } from '../config/env.ts';
import type { Database } from '../store/database.ts';

/** What every route family and service is given: the one database and the settings. */
export interface AppContext {
  db: Database;
  config: Env;
}
