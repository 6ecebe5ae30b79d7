/**
 * Where a process's time went, from a V8 CPU profile (`node --cpu-prof`): samples of the last `windowMs`
 * (the load, not the start-up) summed by what they were running, in a few categories that say whether the
 * time is the driver's, HTTP's, Sila's own, or the runtime's.
 */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

export type Category =
  | 'idle'
  | 'garbage collection'
  | 'neo4j-driver'
  | 'driver stack capture'
  | 'zod'
  | 'HTTP (Express, node:http)'
  | 'socket writes'
  | 'tsx name wrappers (__name)'
  | 'Sila code'
  | 'other (V8, microtasks, buffers)';

/**
 * tsx compiles with esbuild's keepNames: every function made at run time (each arrow passed to `map`, each
 * closure) is named by a call to `__name`, which defines a property. That is the runtime's cost of running
 * TypeScript through tsx, not Sila's work, so it is counted apart, with what it calls.
 */
const NAMING = '__name';

export function categoryOf(frame: { functionName: string; url: string }): Category {
  const { functionName: fn, url } = frame;
  if (fn === '(idle)') return 'idle';
  if (fn === '(garbage collector)') return 'garbage collection';
  // The driver captures a stack trace for every result (neo4j-driver-core result.js); tsx's source maps format it.
  if (fn === 'captureStacktrace' || url.includes('prepare_stack_trace') || fn === 'get stack' || fn === 'defaultPrepareStackTrace') return 'driver stack capture';
  if (url.includes('node_modules/neo4j-driver')) return 'neo4j-driver';
  if (url.includes('node_modules/zod/')) return 'zod';
  if (/node_modules\/(express|router|body-parser|helmet|finalhandler|send|qs|on-finished|content-type|type-is|raw-body|mime)/.test(url) || /^node:(_http|net|stream|internal\/(stream|http))/.test(url)) return 'HTTP (Express, node:http)';
  if (fn === 'writev' || fn === 'writeBuffer' || fn === 'writeUtf8String' || fn === 'writeLatin1String') return 'socket writes';
  if (url.startsWith('file://') && !url.includes('/node_modules/')) return 'Sila code';
  return 'other (V8, microtasks, buffers)';
}

/** Milliseconds per category over the profile's last `windowMs`. */
export function profileBreakdown(profile: CpuProfile, windowMs: number): Map<Category, number> {
  const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const parents = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parents.set(child, n.id);
  const naming = (id: number): boolean => frames.get(id)?.functionName === NAMING || frames.get(parents.get(id) ?? -1)?.functionName === NAMING;
  const total = profile.timeDeltas.reduce((a, b) => a + b, 0);
  const from = total - windowMs * 1000;
  const out = new Map<Category, number>();
  let at = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    // a sample stands for the time since the one before: it counts when that time is all in the window
    if (at - delta < from) return;
    const frame = frames.get(id);
    if (!frame) return;
    const category = naming(id) ? 'tsx name wrappers (__name)' : categoryOf(frame);
    out.set(category, (out.get(category) ?? 0) + delta / 1000);
  });
  return out;
}
