/** A bounded closed-loop load: `concurrency` workers call `call` back to back until the time is up. */
export interface Figures {
  requests: number;
  /** Every call made, warm-up included (what CPU counters see). */
  calls: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  /** Completed calls per second. */
  throughput: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export async function measure(call: () => Promise<void>, concurrency: number, durationMs: number, warmupMs = 400): Promise<Figures> {
  const latencies: number[] = [];
  let errors = 0;
  const warmupEnd = performance.now() + warmupMs;
  const end = warmupEnd + durationMs;
  // A slow endpoint under many clients may have no call start inside the window: keep going until a few
  // calls per client were recorded, within a hard limit.
  const minSamples = concurrency * 3;
  const hardEnd = end + 4 * durationMs;
  // Hard cap on calls, so a pathological endpoint cannot keep the loop busy past its time.
  const maxCalls = 200_000;
  let calls = 0;
  const worker = async (): Promise<void> => {
    while (calls < maxCalls) {
      const start = performance.now();
      if (start >= hardEnd || (start >= end && latencies.length >= minSamples)) return;
      calls += 1;
      try {
        await call();
        if (start >= warmupEnd) latencies.push(performance.now() - start);
      } catch {
        if (start >= warmupEnd) errors += 1;
      }
    }
  };
  const began = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = performance.now() - Math.max(began, warmupEnd);
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    calls,
    errors,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    throughput: latencies.length / (elapsed / 1000),
  };
}
