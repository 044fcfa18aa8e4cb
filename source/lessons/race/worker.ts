import {threadId} from 'node:worker_threads';
import {brewKernel} from '../../engine/kernel.js';
import {waitAtGate} from '../../engine/start-gate.js';
import type {TipJarResult, TipJarTask} from './tip-jar-task.js';

const epochNow = (): number => performance.timeOrigin + performance.now();

/**
 * A barista adds tips to the shared jar. Unsafe: read the jar, count the tip
 * (real work), write the sum back: two baristas who read the same value both
 * write value + 1 and one tip is lost. Each read and each write is itself
 * atomic; the read-modify-write is not. Safe: Atomics.add, one indivisible step.
 */
export default function addTips(task: TipJarTask): TipJarResult {
  const jar = new Int32Array(task.jar);
  let checksum = task.seed;
  waitAtGate(task.gate);
  const start = epochNow();
  if (task.atomic) {
    for (let i = 0; i < task.tips; i++) {
      checksum = brewKernel(task.workUnits, checksum);
      Atomics.add(jar, 0, 1);
    }
  } else {
    for (let i = 0; i < task.tips; i++) {
      const inJar = Atomics.load(jar, 0);
      checksum = brewKernel(task.workUnits, checksum);
      Atomics.store(jar, 0, inJar + 1);
    }
  }
  return {threadId, start, end: epochNow(), checksum};
}
