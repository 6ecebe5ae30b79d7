import { inject } from 'vitest';

/** The Neo4j the integration tests talk to, handed over by test/global-setup.ts. */
export interface Neo4jTarget {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** True when the tests started it themselves (and may stop or restart it). */
  local: boolean;
  dataDir?: string;
  pid?: number;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jTarget;
  }
}

export function neo4jTarget(): Neo4jTarget {
  return inject('neo4j');
}

/** The target as the environment variables Sila reads. */
export function neo4jEnv(target: Neo4jTarget = neo4jTarget()): NodeJS.ProcessEnv {
  return {
    NEO4J_URI: target.uri,
    NEO4J_USER: target.user,
    NEO4J_PASSWORD: target.password,
    NEO4J_DATABASE: target.database,
  };
}
