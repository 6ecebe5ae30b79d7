/**
 * The geographic layout's positions: places at their coordinates (Mercator, as on the map), every other
 * node at the mean of its already placed neighbours, spread on a small ring so that those sharing a spot
 * do not sit on each other, wave after wave outwards; what no place reaches goes in rows under the map.
 * Pure: nodes and edges in, positions out. The canvas then separates labels that still touch.
 */
import { geoMercator } from 'd3-geo';

export interface GeoNode {
  id: string;
  lat?: number;
  lon?: number;
}

export interface Point {
  x: number;
  y: number;
}

/** How wide the map is drawn on the canvas, in model units, for a handful of nodes and for many. */
function extentFor(count: number): number {
  return Math.max(700, Math.sqrt(count) * 160);
}

export function geographicPositions(nodes: readonly GeoNode[], edges: readonly { source: string; target: string }[]): Map<string, Point> {
  const positions = new Map<string, Point>();
  const located = nodes.filter((n) => typeof n.lat === 'number' && typeof n.lon === 'number');
  const size = extentFor(nodes.length);
  if (located.length > 0) {
    const projection = geoMercator();
    const points = located.map((n) => [n.lon ?? 0, n.lat ?? 0] as [number, number]);
    projection.fitExtent([[0, 0], [size, size]], { type: 'MultiPoint', coordinates: points });
    for (const node of located) {
      const [x, y] = projection([node.lon ?? 0, node.lat ?? 0]) ?? [0, 0];
      positions.set(node.id, { x, y });
    }
  }

  const neighbours = new Map<string, string[]>();
  for (const { source, target } of edges) {
    if (source === target) continue;
    neighbours.set(source, [...(neighbours.get(source) ?? []), target]);
    neighbours.set(target, [...(neighbours.get(target) ?? []), source]);
  }
  const crowd = new Map<string, number>();
  let wave = nodes.filter((n) => !positions.has(n.id));
  for (let round = 1; round <= 6 && wave.length > 0; round++) {
    const next: GeoNode[] = [];
    const placedNow = new Map<string, Point>();
    for (const node of wave) {
      const anchors = (neighbours.get(node.id) ?? []).map((id) => positions.get(id)).filter((p): p is Point => p !== undefined);
      if (anchors.length === 0) {
        next.push(node);
        continue;
      }
      const cx = anchors.reduce((sum, p) => sum + p.x, 0) / anchors.length;
      const cy = anchors.reduce((sum, p) => sum + p.y, 0) / anchors.length;
      const key = `${Math.round(cx)}|${Math.round(cy)}`;
      const index = crowd.get(key) ?? 0;
      crowd.set(key, index + 1);
      const angle = index * 2.399963; // the golden angle: successive nodes spread evenly round the spot
      const radius = 45 * round + 14 * Math.sqrt(index);
      placedNow.set(node.id, { x: cx + Math.cos(angle) * radius, y: cy + Math.sin(angle) * radius });
    }
    for (const [id, point] of placedNow) positions.set(id, point);
    if (placedNow.size === 0) break;
    wave = next;
  }
  const rest = nodes.filter((n) => !positions.has(n.id));
  const columns = Math.max(1, Math.ceil(Math.sqrt(rest.length * 2)));
  rest.forEach((node, i) => {
    positions.set(node.id, { x: (i % columns) * 120, y: size + 120 + Math.floor(i / columns) * 70 });
  });
  return positions;
}
