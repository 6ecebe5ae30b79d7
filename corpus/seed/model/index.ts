/**
 * The curated model: every data file validated with zod at load time, then checked as a whole
 * (unique ids, relationships pointing at known entities, unique relationship ids).
 */
import agencies from './agencies.ts';
import dates from './dates.ts';
import documents from './documents.ts';
import events from './events.ts';
import organizations from './organizations.ts';
import people from './people.ts';
import places from './places.ts';
import relationships from './relationships.ts';
import {
  ModelValidationError,
  entitySchema,
  relationshipSchema,
  validateModelFile,
  type EntityModel,
  type RelationshipModel,
} from './schema.ts';

export interface Model {
  entities: EntityModel[];
  relationships: RelationshipModel[];
}

/** The data files, by the path they are reported under. */
export const entityFiles: Readonly<Record<string, unknown>> = {
  'corpus/seed/model/agencies.ts': agencies,
  'corpus/seed/model/people.ts': people,
  'corpus/seed/model/organizations.ts': organizations,
  'corpus/seed/model/places.ts': places,
  'corpus/seed/model/events.ts': events,
  'corpus/seed/model/dates.ts': dates,
  'corpus/seed/model/documents.ts': documents,
};
export const relationshipFile = 'corpus/seed/model/relationships.ts';

/** The stable id of a relationship: `${source}-${type}-${target}`, lowercased. */
export function relationshipId(r: { source: string; type: string; target: string }): string {
  return `${r.source}-${r.type}-${r.target}`.toLowerCase();
}

/** Validates raw data files into a model; throws ModelValidationError naming the file, path and problem. */
export function buildModel(
  files: Readonly<Record<string, unknown>> = entityFiles,
  relationshipData: unknown = relationships,
  relationshipFileName: string = relationshipFile,
): Model {
  const entities: EntityModel[] = [];
  const seen = new Map<string, string>();
  for (const [file, data] of Object.entries(files)) {
    const parsed = validateModelFile(file, data, entitySchema);
    const problems: string[] = [];
    parsed.forEach((entity, index) => {
      const other = seen.get(entity.id);
      if (other !== undefined) problems.push(`[${index}].id (id "${entity.id}"): duplicate id, already defined in ${other}`);
      seen.set(entity.id, file);
    });
    if (problems.length > 0) throw new ModelValidationError(file, problems);
    entities.push(...parsed);
  }
  const rels = validateModelFile(relationshipFileName, relationshipData, relationshipSchema);
  const problems: string[] = [];
  const ids = new Set<string>();
  rels.forEach((r, index) => {
    if (!seen.has(r.source)) problems.push(`[${index}].source: unknown entity "${r.source}"`);
    if (!seen.has(r.target)) problems.push(`[${index}].target: unknown entity "${r.target}"`);
    const id = relationshipId(r);
    if (ids.has(id)) problems.push(`[${index}]: duplicate relationship ${id}`);
    ids.add(id);
  });
  if (problems.length > 0) throw new ModelValidationError(relationshipFileName, problems);
  return { entities, relationships: rels };
}

let cached: Model | undefined;

/** The validated curated model (validated once per process). */
export function loadModel(): Model {
  cached ??= buildModel();
  return cached;
}
