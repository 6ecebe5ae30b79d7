import { describe, expect, it } from 'vitest';
import { processCpuMs } from './process-cpu.ts';

describe('processCpuMs', () => {
  it('grows by about the CPU this process burns', () => {
    const before = processCpuMs(process.pid);
    const cpuBefore = process.cpuUsage();
    const until = Date.now() + 200;
    let spin = 0;
    while (Date.now() < until) spin += 1;
    const used = process.cpuUsage(cpuBefore);
    const measured = processCpuMs(process.pid) - before;
    expect(spin).toBeGreaterThan(0);
    // /proc counts in 10 ms ticks; process.cpuUsage in microseconds.
    expect(Math.abs(measured - (used.user + used.system) / 1000)).toBeLessThanOrEqual(30);
  });
});
