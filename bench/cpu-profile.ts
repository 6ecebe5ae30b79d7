/**
 * Where a process's time went, from a V8 CPU profile (`node --cpu-prof`): samples of the last `windowMs`
 * (the load, not the start-up) summed by what they were running, in a few categories that say whether the
 * time is the driver's, HTTP's, Sila's own, or the runtime's.
 */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string } }[];
  samples: number[];
  timeDeltas: number[];
}

export type Category = 'idle' | 'garbage collection' | 'neo4j-driver' | 'driver stack capture' | 'zod' | 'HTTP (Express, node:http)' | 'socket writes' | 'Sila code' | 'other (V8, microtasks, buffers)';

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
    const category = categoryOf(frame);
    out.set(category, (out.get(category) ?? 0) + delta / 1000);
  });
  return out;
}
