/**
 * A fingerprint of everything a write could touch: every node and relationship with its properties,
 * the label, type and property-key tokens, indexes, constraints and the users of the system database.
 */
import { createHash } from 'node:crypto';
import { Database } from '../../store/database.ts';
import { testCypher } from '../cypher.ts';

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
  const nodes = await db.read(testCypher('fingerprint/nodes'));
  const relationships = await db.read(testCypher('fingerprint/relationships'));
  const labels = await db.read(testCypher('fingerprint/labels'));
  const types = await db.read(testCypher('fingerprint/types'));
  const keys = await db.read(testCypher('fingerprint/keys'));
  const indexes = await db.read(testCypher('fingerprint/indexes'));
  const constraints = await db.read(testCypher('fingerprint/constraints'));
  const users = await system.read(testCypher('fingerprint/users'));
  const databases = await system.read(testCypher('fingerprint/databases'));
  const checksum = createHash('sha256')
    .update(stable({ nodes, relationships, labels, types, keys, indexes, constraints, users, databases }))
    .digest('hex');
  return { nodes: nodes.length, relationships: relationships.length, checksum };
}

export function systemDatabase(target: { uri: string; user: string; password: string }): Database {
  return new Database({ uri: target.uri, user: target.user, password: target.password, database: 'system' });
}
