import { scaleSqrt } from 'd3-scale';

/** Node sizes when sized by a measure: a leaf is smaller than the usual 26 px, a hub up to 72 px. */
export const SIZE_RANGE: readonly [number, number] = [16, 72];

/**
 * A square-root scale over the whole graph's scores (not only those drawn), so a node keeps its size as
 * the canvas changes and areas grow with the score.
 */
export function sizeScale(scores: Readonly<Record<string, number>>): (score: number | undefined) => number {
  let max = 0;
  let min = Infinity;
  for (const value of Object.values(scores)) {
    if (value > max) max = value;
    if (value < min) min = value;
  }
  if (!Number.isFinite(min) || max <= min) return () => (SIZE_RANGE[0] + SIZE_RANGE[1]) / 2;
  const scale = scaleSqrt().domain([min, max]).range(SIZE_RANGE).clamp(true);
  return (score) => scale(score ?? min);
}
