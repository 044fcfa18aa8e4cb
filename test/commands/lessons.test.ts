import {describe, expect, it} from 'vitest';
import {lessonSettings as settings} from '../helpers/lesson-settings.js';
import {lessonRun} from '../../source/commands/lesson.js';
import {captureStream} from '../helpers/capture.js';

async function runJson(run: (out: NodeJS.WritableStream) => Promise<number>) {
  const out = captureStream();
  const code = await run(out.stream);
  return {code, json: JSON.parse(out.text()) as Record<string, unknown>};
}

describe('lesson race', () => {
  it('loses tips with a plain read-modify-write and none with Atomics.add', async () => {
    const {code, json} = await runJson((out) => lessonRun('race', settings(), out));
    expect(code).toBe(0);
    const {expected, unsafe, atomic, unsafe_attempts} = json as {
      expected: number;
      unsafe: number;
      atomic: number;
      unsafe_attempts: number;
    };
    expect(expected).toBe(2 * 200_000);
    expect(unsafe).toBeLessThan(expected);
    expect(atomic).toBe(expected);
    expect(unsafe_attempts).toBeLessThanOrEqual(5);
  });
});

describe('lesson deadlock', () => {
  it('finds the cycle within its timeout, ends the threads, and the fixed order completes', async () => {
    const began = performance.now();
    const {code, json} = await runJson((out) => lessonRun('deadlock', settings(), out));
    expect(code).toBe(0);
    expect(json.detected).toBe(true);
    expect(json.detected_after_ms as number).toBeLessThan(json.timeout_ms as number);
    expect(json.cycle).toEqual([
      expect.objectContaining({barista: 1, holds: 'grinder', waits_for: 'steamer'}),
      expect.objectContaining({barista: 2, holds: 'steamer', waits_for: 'grinder'}),
    ]);
    expect(json.ended_threads).toHaveLength(2);
    expect(json.fixed_completed).toBe(true);
    // It never hangs: even a round that went wrong ends at its timeout.
    expect(performance.now() - began).toBeLessThan(20_000);
  });
});

describe('lesson machine', () => {
  it('with one machine uses at most one at a time and reports the measured wait', async () => {
    const {code, json} = await runJson((out) => lessonRun('machine', settings({machines: 1}), out));
    expect(code).toBe(0);
    expect(json.machines).toBe(1);
    expect(json.machines_in_use_max).toBe(1);
    const steps = json.machine_steps as Array<{start_ms: number; end_ms: number}>;
    expect(steps).toHaveLength(4);
    const sorted = [...steps].sort((a, b) => a.start_ms - b.start_ms);
    for (let i = 1; i < sorted.length; i++)
      expect(sorted[i]!.start_ms).toBeGreaterThanOrEqual(sorted[i - 1]!.end_ms);
    const wait = json.machine_wait as {queued: number; total_ms: number};
    expect(wait.queued).toBe(4);
    expect(wait.total_ms).toBeGreaterThan(0);
  });

  it('prints the lanes with the queue in plain form', async () => {
    const out = captureStream();
    await lessonRun('machine', settings({machines: 1, json: false}), out.stream);
    expect(out.text()).toContain('queue');
    expect(out.text()).toMatch(/waiting for a machine\s+\d+\.\d{3} s in all/);
  });
});
