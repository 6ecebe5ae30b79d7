/**
 * The offline basemap: Morocco's 12 regions from the `morocco-map` package (OpenStreetMap data, ODbL) and
 * the world's countries from `world-atlas` (Natural Earth, public domain), both bundled as files of the
 * client build and fetched from Sila's own server. Morocco is drawn as its administration defines it:
 * its regions replace both world-atlas's "Morocco" and its "W. Sahara" features, so the Laayoune–Sakia El
 * Hamra and Dakhla–Oued Ed-Dahab regions are Moroccan regions like the others (docs/decisions/0019-map-data.md).
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import regionsUrl from 'morocco-map/data/regions.json?url';
import countriesUrl from 'world-atlas/countries-50m.json?url';

export interface RegionProperties {
  nameAr: string;
  nameEn: string;
}

export interface Basemap {
  regions: Feature<Geometry, RegionProperties>[];
  countries: Feature<Geometry, { name: string }>[];
}

/** world-atlas ids (ISO 3166 numeric) of the features Morocco's own regions stand for. */
const REPLACED_BY_REGIONS = new Set(['504', '732']);

function isTopology(value: unknown, object: string): value is Topology<Record<string, GeometryCollection>> {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { type?: unknown; objects?: Record<string, unknown> };
  return candidate.type === 'Topology' && typeof candidate.objects === 'object' && object in candidate.objects;
}

/** The package marks the southern regions "(EH)" or "(EH-partial)"; the administration's names have no such mark. */
export function regionName(name: unknown): string {
  return typeof name === 'string' ? name.replace(/\s*\(EH(?:-partial)?\)\s*$/u, '').trim() : '';
}

async function topology(url: string, object: string): Promise<Topology<Record<string, GeometryCollection>>> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The map data ${url} could not be loaded (${response.status}).`);
  const data: unknown = await response.json();
  if (!isTopology(data, object)) throw new Error(`The map data ${url} is not TopoJSON with "${object}".`);
  return data;
}

function features(topo: Topology<Record<string, GeometryCollection>>, object: string): Feature[] {
  const collection = topo.objects[object];
  if (!collection) return [];
  const result = feature(topo, collection) as FeatureCollection | Feature;
  return 'features' in result ? result.features : [result];
}

let loading: Promise<Basemap> | null = null;

export function loadBasemap(): Promise<Basemap> {
  loading ??= Promise.all([topology(regionsUrl, 'regions'), topology(countriesUrl, 'countries')])
    .then(([regionsTopo, countriesTopo]) => ({
      regions: features(regionsTopo, 'regions').map((f) => ({
        ...f,
        properties: { nameAr: regionName(f.properties?.['name:ar']), nameEn: regionName(f.properties?.['name:en']) },
      })),
      countries: features(countriesTopo, 'countries')
        .filter((f) => !REPLACED_BY_REGIONS.has(String(f.id)))
        .map((f) => ({ ...f, properties: { name: typeof f.properties?.name === 'string' ? f.properties.name : '' } })),
    }))
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}
