import {threadId} from 'node:worker_threads';
import {brewKernel} from '../../engine/kernel.js';
import {monotonicMs} from '../../engine/monotonic-clock.js';
import {threadCpuMs} from '../../engine/thread-cpu.js';
import {waitAtGate} from '../../engine/start-gate.js';
import type {BrewedCup, CupBatchResult, CupBatchTask} from './cup-task.js';

/**
 * The map of MapReduce: a barista brews its batch of the catering order, cup
 * after cup (real computation from the cup's ticket), each cup's interval
 * measured on this thread. An empty batch only checks in at the gate (the pool
 * warming up before anything is timed).
 */
export default function brewBatch(task: CupBatchTask): CupBatchResult {
  waitAtGate(task.gate);
  const cpuStart = threadCpuMs();
  const cups: BrewedCup[] = [];
  task.cups.forEach((cup, index) => {
    const start = monotonicMs();
    const taste = brewKernel(task.unitsPerCup, task.tickets[index]!);
    cups.push({cup, start, end: monotonicMs(), taste});
  });
  const cpuEnd = threadCpuMs();
  const cpuMs = cpuStart === null || cpuEnd === null ? null : cpuEnd - cpuStart;
  return {threadId, cups, cpuMs};
}
