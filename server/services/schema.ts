import { z } from 'zod';
import { schemaInfoSchema, type SchemaInfo } from '../../contract/api.ts';
import type { AppContext } from '../context.ts';
import { cypher } from '../../store/cypher-files.ts';

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Labels and relationship types with counts, and the property keys, in a stable alphabetical order. */
export async function schemaInfo({ db }: AppContext): Promise<SchemaInfo> {
  const [row] = await db.read(cypher('schema/overview'));
  const info = schemaInfoSchema.parse(row ?? { labels: [], relationshipTypes: [], propertyKeys: [] });
  return {
    labels: info.labels.sort((a, b) => byName(a.label, b.label)),
    relationshipTypes: info.relationshipTypes.sort((a, b) => byName(a.type, b.type)),
    propertyKeys: z.array(z.string()).parse(info.propertyKeys).sort(byName),
  };
}
