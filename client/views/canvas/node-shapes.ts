/**
 * The node shapes as SVG, computed the way Cytoscape computes the ones it draws on the canvas (its unit
 * polygons on a box from -1 to 1, fitted to the square; rounded corners of the same radii), so the
 * legend's icons and the SVG export show the very shapes of the canvas. Shape is what a colour-blind
 * reader tells kinds apart by.
 */
import type cytoscape from 'cytoscape';

type Points = readonly number[];

/** Cytoscape's regular n-gon: vertices on the unit circle, the first at the top (y grows downwards). */
function ngon(sides: number, rotation = 0): number[] {
  const increment = (2 * Math.PI) / sides;
  const start = (sides % 2 === 0 ? Math.PI / 2 + increment / 2 : Math.PI / 2) + rotation;
  const points: number[] = [];
  for (let i = 0; i < sides; i++) points.push(Math.cos(start + i * increment), Math.sin(-(start + i * increment)));
  return points;
}

/** Stretches a polygon to fill the box from -1 to 1 on both axes, as Cytoscape does. */
function fitToSquare(input: Points): number[] {
  const points = [...input];
  const xs = points.filter((_, i) => i % 2 === 0);
  const ys = points.filter((_, i) => i % 2 === 1);
  const sx = 2 / (Math.max(...xs) - Math.min(...xs));
  const sy = 2 / (Math.max(...ys) - Math.min(...ys));
  for (let i = 0; i < points.length; i += 2) {
    points[i] = (points[i] ?? 0) * sx;
    points[i + 1] = (points[i + 1] ?? 0) * sy;
  }
  const minY = Math.min(...points.filter((_, i) => i % 2 === 1));
  if (minY < -1) for (let i = 1; i < points.length; i += 2) points[i] = (points[i] ?? 0) + (-1 - minY);
  return points;
}

function star(): number[] {
  const outer = ngon(5);
  const inner = ngon(5, Math.PI / 5).map((v) => v * 0.5 * (3 - Math.sqrt(5)) * 1.57);
  const points: number[] = [];
  for (let i = 0; i < 5; i++) points.push(outer[2 * i] ?? 0, outer[2 * i + 1] ?? 0, inner[2 * i] ?? 0, inner[2 * i + 1] ?? 0);
  return fitToSquare(points);
}

const POLYGONS: Partial<Record<cytoscape.Css.NodeShape, { points: Points; rounded: boolean }>> = {
  rectangle: { points: fitToSquare(ngon(4)), rounded: false },
  triangle: { points: fitToSquare(ngon(3)), rounded: false },
  'round-triangle': { points: fitToSquare(ngon(3)), rounded: true },
  diamond: { points: [0, 1, 1, 0, 0, -1, -1, 0], rounded: false },
  hexagon: { points: fitToSquare(ngon(6)), rounded: false },
  octagon: { points: fitToSquare(ngon(8)), rounded: false },
  star: { points: star(), rounded: false },
  vee: { points: [-1, -1, 0, -0.333, 1, -1, 0, 1], rounded: false },
  tag: { points: [-1, -1, 0.25, -1, 1, 0, 0.25, 1, -1, 1], rounded: false },
  'round-tag': { points: [-1, -1, 0.25, -1, 1, 0, 0.25, 1, -1, 1], rounded: true },
};

const n = (value: number): string => (Math.round(value * 100) / 100).toString();

/**
 * A polygon with each corner rounded as Cytoscape rounds it: an arc of `radius` tangent to both edges,
 * which starts radius ÷ tan(half the corner's angle) before the corner (capped at half the edge).
 */
function roundedPath(corners: { x: number; y: number }[], radius: number): string {
  const parts: string[] = [];
  corners.forEach((corner, i) => {
    const previous = corners[(i + corners.length - 1) % corners.length] ?? corner;
    const next = corners[(i + 1) % corners.length] ?? corner;
    const toPrevious = { x: previous.x - corner.x, y: previous.y - corner.y };
    const toNext = { x: next.x - corner.x, y: next.y - corner.y };
    const lengthPrevious = Math.hypot(toPrevious.x, toPrevious.y) || 1;
    const lengthNext = Math.hypot(toNext.x, toNext.y) || 1;
    const angle = Math.acos(Math.max(-1, Math.min(1, (toPrevious.x * toNext.x + toPrevious.y * toNext.y) / (lengthPrevious * lengthNext))));
    const along = Math.min(radius / Math.tan(angle / 2), lengthPrevious / 2, lengthNext / 2);
    // The arc's radius shrinks with a capped tangent distance, so it still meets both edges.
    const r = along * Math.tan(angle / 2);
    const a = { x: corner.x + (toPrevious.x / lengthPrevious) * along, y: corner.y + (toPrevious.y / lengthPrevious) * along };
    const b = { x: corner.x + (toNext.x / lengthNext) * along, y: corner.y + (toNext.y / lengthNext) * along };
    // Clockwise on screen (y down) when the turn from the incoming edge to the outgoing one is positive.
    const sweep = toPrevious.x * toNext.y - toPrevious.y * toNext.x < 0 ? 1 : 0;
    parts.push(`${i === 0 ? 'M' : 'L'}${n(a.x)},${n(a.y)} A${n(r)},${n(r)} 0 0 ${sweep} ${n(b.x)},${n(b.y)}`);
  });
  return `${parts.join(' ')} Z`;
}

/** The SVG path of `shape` for a node of `w` × `h` centred on (`cx`, `cy`). */
export function shapePath(shape: string, cx: number, cy: number, w: number, h: number): string {
  if (shape === 'round-rectangle' || shape === 'roundrectangle') {
    const r = Math.min(w / 4, h / 4, 8);
    const x1 = cx - w / 2;
    const y1 = cy - h / 2;
    const x2 = cx + w / 2;
    const y2 = cy + h / 2;
    return `M${n(x1 + r)},${n(y1)} H${n(x2 - r)} A${n(r)},${n(r)} 0 0 1 ${n(x2)},${n(y1 + r)} V${n(y2 - r)} A${n(r)},${n(r)} 0 0 1 ${n(x2 - r)},${n(y2)} H${n(x1 + r)} A${n(r)},${n(r)} 0 0 1 ${n(x1)},${n(y2 - r)} V${n(y1 + r)} A${n(r)},${n(r)} 0 0 1 ${n(x1 + r)},${n(y1)} Z`;
  }
  const polygon = POLYGONS[shape as cytoscape.Css.NodeShape];
  if (!polygon) {
    // The ellipse, and the fallback for any shape without a polygon here.
    const rx = w / 2;
    const ry = h / 2;
    return `M${n(cx - rx)},${n(cy)} A${n(rx)},${n(ry)} 0 1 0 ${n(cx + rx)},${n(cy)} A${n(rx)},${n(ry)} 0 1 0 ${n(cx - rx)},${n(cy)} Z`;
  }
  const corners: { x: number; y: number }[] = [];
  for (let i = 0; i < polygon.points.length; i += 2) corners.push({ x: cx + ((polygon.points[i] ?? 0) * w) / 2, y: cy + ((polygon.points[i + 1] ?? 0) * h) / 2 });
  if (polygon.rounded) return roundedPath(corners, Math.min(w / 10, h / 10, 8));
  return `M${corners.map((c) => `${n(c.x)},${n(c.y)}`).join(' L')} Z`;
}
