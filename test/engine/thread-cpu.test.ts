import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {
  threadCpuClock,
  threadCpuMs,
  threadCpuSource,
  type ThreadCpuProbe,
} from '../../source/engine/thread-cpu.js';

/** Spins this thread until the process has used `ms` more CPU (5 s of wall time at most). */
function burnCpu(ms: number): void {
  const before = process.cpuUsage();
  const deadline = performance.now() + 5000;
  let x = 0;
  while (performance.now() < deadline) {
    for (let i = 0; i < 10_000; i++) x = (x * 31 + i) % 1_000_003;
    const used = process.cpuUsage(before);
    if ((used.user + used.system) / 1000 >= ms) break;
  }
  expect(x).toBeGreaterThanOrEqual(0);
}

const nodeThreadCpuUsage = (process as {threadCpuUsage?: () => {user: number; system: number}})
  .threadCpuUsage;

const refuse = (): never => {
  throw new Error('must not be read');
};

describe('threadCpuClock: Node’s threadCpuUsage where present, /proc on Node 20', () => {
  it('uses threadCpuUsage when this Node has it, on any platform, and never reads /proc', () => {
    let calls = 0;
    const clock = threadCpuClock({
      threadCpuUsage: () => ({user: 1500 + 1000 * calls++, system: 250}),
      platform: 'darwin',
      readSchedstat: refuse,
    });
    expect(clock.source).toBe('threadCpuUsage');
    expect(clock.now()).toBe(1.75); // µs, user + kernel, in ms
    expect(clock.now()).toBe(2.75);
  });

  it('falls back on /proc/thread-self/schedstat on Linux without it (Node 20)', () => {
    const clock = threadCpuClock({
      threadCpuUsage: undefined,
      platform: 'linux',
      readSchedstat: () => '123456789 4242 17\n',
    });
    expect(clock.source).toBe('schedstat');
    expect(clock.now()).toBe(123.456789); // ns on a CPU, in ms
  });

  it('says "not measured" (null) where /proc cannot be read, and stops trying', () => {
    let reads = 0;
    const clock = threadCpuClock({
      threadCpuUsage: undefined,
      platform: 'linux',
      readSchedstat: () => {
        reads++;
        throw new Error('ENOENT: /proc is not mounted');
      },
    });
    expect(clock.now()).toBeNull();
    expect(clock.now()).toBeNull();
    expect(reads).toBe(1);
  });

  it('has no clock on another platform without threadCpuUsage (Node 20 on macOS)', () => {
    const probe: ThreadCpuProbe = {
      threadCpuUsage: undefined,
      platform: 'darwin',
      readSchedstat: refuse,
    };
    const clock = threadCpuClock(probe);
    expect(clock.source).toBe('none');
    expect(clock.now()).toBeNull();
  });

  it('picks threadCpuUsage on this Node if it has one, else /proc on Linux', () => {
    const expected =
      nodeThreadCpuUsage !== undefined
        ? 'threadCpuUsage'
        : process.platform === 'linux'
          ? 'schedstat'
          : 'none';
    expect(threadCpuSource).toBe(expected);
  });

  it.runIf(threadCpuSource !== 'none')(
    'reads this thread’s CPU time: a busy loop raises it by about what the process used',
    () => {
      const processBefore = process.cpuUsage();
      const before = threadCpuMs()!;
      burnCpu(60);
      // Yield the core once, so that the kernel brings this thread's run time up to date.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
      const thread = threadCpuMs()! - before;
      const used = process.cpuUsage(processBefore);
      const processMs = (used.user + used.system) / 1000;
      // The process's CPU includes its other threads (GC, libuv): this thread's is at most that.
      expect(thread).toBeGreaterThan(processMs / 2);
      expect(thread).toBeLessThanOrEqual(processMs + 10);
    },
  );

  it.runIf(nodeThreadCpuUsage !== undefined && process.platform === 'linux')(
    'on Node >= 23.9 on Linux, threadCpuUsage and /proc agree on the same busy interval',
    () => {
      const fromNode = threadCpuClock({
        threadCpuUsage: nodeThreadCpuUsage?.bind(process),
        platform: 'linux',
        readSchedstat: refuse,
      });
      const fromProc = threadCpuClock({
        threadCpuUsage: undefined,
        platform: 'linux',
        readSchedstat: () => readFileSync('/proc/thread-self/schedstat', 'latin1'),
      });
      const nodeBefore = fromNode.now()!;
      const procBefore = fromProc.now()!;
      burnCpu(60);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
      const byNode = fromNode.now()! - nodeBefore;
      const byProc = fromProc.now()! - procBefore;
      expect(byProc).toBeGreaterThan(30);
      expect(Math.abs(byNode - byProc)).toBeLessThan(5 + byProc * 0.1);
    },
  );
});
