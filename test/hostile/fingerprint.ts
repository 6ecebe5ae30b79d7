/**
 * A fingerprint of everything a write could touch: every node and relationship with its properties,
 * the label, type and property-key tokens, indexes, constraints and the users of the system database.
 */
import { createHash } from 'node:crypto';
import { Database } from '../../server/db/database.ts';

export interface Fingerprint {
  nodes: number;
  relationships: number;
  checksum: string;
}

function stable(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

export async function fingerprint(db: Database, system: Database): Promise<Fingerprint> {
  const nodes = await db.read('MATCH (n) RETURN elementId(n) AS e, labels(n) AS labels, properties(n) AS p ORDER BY e');
  const relationships = await db.read(
    'MATCH (a)-[r]->(b) RETURN elementId(r) AS e, type(r) AS type, elementId(a) AS a, elementId(b) AS b, properties(r) AS p ORDER BY e',
  );
  const labels = await db.read('CALL db.labels() YIELD label RETURN label ORDER BY label');
  const types = await db.read('CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType ORDER BY relationshipType');
  const keys = await db.read('CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey ORDER BY propertyKey');
  const indexes = await db.read('SHOW INDEXES YIELD name, type, state, labelsOrTypes, properties RETURN * ORDER BY name');
  const constraints = await db.read('SHOW CONSTRAINTS YIELD name, type RETURN * ORDER BY name');
  const users = await system.read('SHOW USERS YIELD user, roles, passwordChangeRequired, suspended RETURN * ORDER BY user');
  const databases = await system.read('SHOW DATABASES YIELD name, currentStatus RETURN * ORDER BY name');
  const checksum = createHash('sha256')
    .update(stable({ nodes, relationships, labels, types, keys, indexes, constraints, users, databases }))
    .digest('hex');
  return { nodes: nodes.length, relationships: relationships.length, checksum };
}

export function systemDatabase(target: { uri: string; user: string; password: string }): Database {
  return new Database({ uri: target.uri, user: target.user, password: target.password, database: 'system' });
}
