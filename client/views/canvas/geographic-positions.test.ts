import { describe, expect, it } from 'vitest';
import { geographicPositions } from './geographic-positions.ts';

describe('geographicPositions', () => {
  const nodes = [
    { id: 'tangier', lat: 35.76, lon: -5.83 },
    { id: 'casablanca', lat: 33.57, lon: -7.59 },
    { id: 'laayoune', lat: 27.15, lon: -13.2 },
    { id: 'operation' },
    { id: 'agency' },
    { id: 'alone' },
  ];
  const edges = [
    { source: 'operation', target: 'tangier' },
    { source: 'operation', target: 'laayoune' },
    { source: 'agency', target: 'operation' },
  ];
  const at = geographicPositions(nodes, edges);

  it('puts places where they are: north up, west left', () => {
    const tangier = at.get('tangier');
    const casablanca = at.get('casablanca');
    const laayoune = at.get('laayoune');
    expect(tangier && casablanca && laayoune).toBeTruthy();
    if (!tangier || !casablanca || !laayoune) return;
    expect(tangier.y).toBeLessThan(casablanca.y);
    expect(casablanca.y).toBeLessThan(laayoune.y);
    expect(laayoune.x).toBeLessThan(casablanca.x);
  });

  it('places others near the places they are tied to, and the unreachable below the map', () => {
    const operation = at.get('operation');
    const tangier = at.get('tangier');
    const laayoune = at.get('laayoune');
    const alone = at.get('alone');
    if (!operation || !tangier || !laayoune || !alone) throw new Error('every node has a position');
    expect(operation.y).toBeGreaterThan(Math.min(tangier.y, laayoune.y) - 100);
    expect(operation.y).toBeLessThan(Math.max(tangier.y, laayoune.y) + 100);
    expect(at.get('agency')).toBeDefined();
    expect(alone.y).toBeGreaterThan(Math.max(...[...at.values()].filter((p) => p !== alone).map((p) => p.y)));
    expect(at.size).toBe(nodes.length);
  });
});
