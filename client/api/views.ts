import {
  cooccurrenceSchema,
  placesSchema,
  structureSchema,
  timelineSchema,
  type Cooccurrence,
  type CooccurrenceRequest,
  type Places,
  type Structure,
  type StructureMeasure,
  type Timeline,
} from '../../contract/views.ts';
import { getJson, postJson, query } from './http.ts';

/** The calls of the timeline, map and structure views, typed and checked with the shared contract. */
export const viewsApi = {
  timeline: (limit?: number, signal?: AbortSignal): Promise<Timeline> => getJson(`/api/timeline${query({ limit })}`, timelineSchema, signal),
  places: (limit?: number, signal?: AbortSignal): Promise<Places> => getJson(`/api/places${query({ limit })}`, placesSchema, signal),
  structure: (measure: StructureMeasure, signal?: AbortSignal): Promise<Structure> => getJson(`/api/structure${query({ measure })}`, structureSchema, signal),
  cooccurrence: (request: CooccurrenceRequest, signal?: AbortSignal): Promise<Cooccurrence> => postJson('/api/cooccurrence', request, cooccurrenceSchema, signal),
};
