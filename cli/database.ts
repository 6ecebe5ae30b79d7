/**
 * The Neo4j a command line works against: the one NEO4J_URI names, or a local Neo4j started for the
 * duration of the command (as `npm start` does, with the same data directory).
 */
import { localNeo4jSettings, readEnv } from '../config/env.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../neo4j/local-neo4j.ts';
import { Database } from '../store/database.ts';

export interface OpenDatabase {
  db: Database;
  uri: string;
  database: string;
  close(): Promise<void>;
}

export async function openDatabase(log: (message: string) => void): Promise<OpenDatabase> {
  const env = readEnv(process.env);
  let local: LocalNeo4j | undefined;
  let uri = env.NEO4J_URI;
  if (uri === undefined) {
    log('NEO4J_URI is not set: starting a local Neo4j...');
    local = await startLocalNeo4j(localNeo4jSettings(process.env));
    uri = local.uri;
  }
  const db = new Database({ uri, user: env.NEO4J_USER, password: env.NEO4J_PASSWORD, database: env.NEO4J_DATABASE });
  return {
    db,
    uri,
    database: env.NEO4J_DATABASE,
    async close() {
      await db.close();
      await local?.stop();
    },
  };
}
