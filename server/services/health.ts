import type { Health } from '../../contract/api.ts';
import type { AppContext } from '../context.ts';
import { cypher } from '../../store/cypher-files.ts';

export async function health({ db }: AppContext): Promise<Health> {
  try {
    const info = await db.serverInfo();
    const [counts] = await db.read(cypher('health/counts'));
    return {
      status: 'ok',
      neo4j: { reachable: true, version: info.version, edition: info.edition, database: db.name },
      counts: { nodes: Number(counts?.nodes ?? 0), relationships: Number(counts?.relationships ?? 0) },
    };
  } catch (error) {
    return {
      status: 'degraded',
      neo4j: { reachable: false, database: db.name, error: error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error) },
    };
  }
}
