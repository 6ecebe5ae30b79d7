/**
 * The layout worker: force-directed layouts run here, so the page keeps drawing and answering clicks
 * while they compute. One job at a time; the page terminates the worker to cancel one.
 */
import { computeLayout } from './layout-engine.ts';
import type { LayoutBox, LayoutReply, LayoutRequest } from './layout-job.ts';

/**
 * Throwaway layouts while the page still waits for its data: the first run of fcose in a fresh worker
 * is several times slower than later ones (nothing is compiled yet), and the first real job is the one
 * the reader waits for. Small steps, one task each, so a real job waits for one step at most.
 */
let warmSteps = 8;

function warmUp(): void {
  if (warmSteps <= 0) return;
  const step = warmSteps--;
  const box = (i: number, fixed = false): LayoutBox => ({ id: `w${i}`, x: (i % 5) * 90, y: Math.floor(i / 5) * 60, w: 80, h: 40, fixed });
  const nodes = Array.from({ length: 16 }, (_, i) => box(i));
  if (step % 2 === 0) {
    const edges = nodes.slice(1).map((node, i) => ({ source: node.id, target: `w${(i * 7) % (i + 1)}` }));
    computeLayout({ kind: 'whole', nodes, edges, obstacles: [], randomize: true, aspect: 1.6 });
  } else {
    // An expansion: a hub and new neighbours, every third tied to another one as well.
    const fresh = nodes.slice(1, 12);
    const ties = fresh.flatMap((node, i) => [{ source: 'w0', target: node.id }, ...(i % 3 === 0 ? [{ source: node.id, target: `w${i + 2}` }] : [])]);
    computeLayout({ kind: 'around', nodes: [box(0, true), ...fresh], edges: ties, obstacles: nodes.slice(12).map((node) => ({ ...node, fixed: true })), randomize: false, aspect: null });
  }
  setTimeout(warmUp, 0);
}

addEventListener('message', (event: MessageEvent<LayoutRequest>) => {
  warmSteps = 0;
  const { seq, job } = event.data;
  let reply: LayoutReply;
  try {
    reply = { seq, outcome: computeLayout(job) };
  } catch (error) {
    reply = { seq, error: error instanceof Error ? error.message : String(error) };
  }
  postMessage(reply);
});

warmUp();
