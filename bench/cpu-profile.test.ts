import { describe, expect, it } from 'vitest';
import { categoryOf, profileBreakdown, type CpuProfile } from './cpu-profile.ts';

describe('profileBreakdown', () => {
  const frame = (functionName: string, url: string) => ({ functionName, url });
  const profile: CpuProfile = {
    nodes: [
      { id: 1, callFrame: frame('(idle)', '') },
      { id: 2, callFrame: frame('unpack', 'file:///app/node_modules/neo4j-driver-bolt-connection/lib/packstream/packstream-v1.js') },
      { id: 3, callFrame: frame('nodeDetail', 'file:///app/server/services/nodes.ts') },
      { id: 4, callFrame: frame('handle', 'file:///app/node_modules/router/index.js') },
    ],
    // start-up (node 3 for 5 ms), then the window: driver 2 ms, Sila 1 ms, HTTP 1 ms, idle 3 ms
    samples: [3, 2, 2, 3, 4, 1],
    timeDeltas: [5000, 1000, 1000, 1000, 1000, 3000],
  };

  it('sums the last window by category, leaving the start-up out', () => {
    const figures = profileBreakdown(profile, 7);
    expect(Object.fromEntries(figures)).toEqual({ 'neo4j-driver': 2, 'Sila code': 1, 'HTTP (Express, node:http)': 1, idle: 3 });
  });

  it('tells the driver, zod, HTTP and Sila apart by where the code is', () => {
    expect(categoryOf(frame('parse', 'file:///app/node_modules/zod/v4/core/schemas.js'))).toBe('zod');
    expect(categoryOf(frame('captureStacktrace', 'file:///app/node_modules/neo4j-driver-core/lib/result.js'))).toBe('driver stack capture');
    expect(categoryOf(frame('writeHead', 'node:_http_server'))).toBe('HTTP (Express, node:http)');
    expect(categoryOf(frame('toJson', 'file:///app/store/to-json.ts'))).toBe('Sila code');
    expect(categoryOf(frame('writev', ''))).toBe('socket writes');
  });

  it('counts tsx\'s function naming (__name) and what it calls apart from the code that made the function', () => {
    const named: CpuProfile = {
      nodes: [
        { id: 1, callFrame: frame('rankCandidates', 'file:///app/server/services/search/rank.ts'), children: [2] },
        { id: 2, callFrame: frame('__name', 'file:///app/server/services/search/rank.ts'), children: [3] },
        { id: 3, callFrame: frame('defineProperty', ''), children: [] },
      ],
      samples: [1, 2, 3, 1],
      timeDeltas: [1000, 1000, 1000, 1000],
    };
    expect(Object.fromEntries(profileBreakdown(named, 4))).toEqual({ 'Sila code': 2, 'tsx name wrappers (__name)': 2 });
  });
});
