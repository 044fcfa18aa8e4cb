import {threadId} from 'node:worker_threads';
import {brewKernel} from '../../engine/kernel.js';
import {LockTable} from './locks.js';
import {waitAtGate} from '../../engine/start-gate.js';
import type {KitchenResult, KitchenTask} from './kitchen-task.js';

/**
 * A barista of the deadlock lesson: takes its first lock, works with it (real
 * computation), takes its second lock, works with both, gives both back. Two
 * baristas taking the grinder and the steamer in opposite order stop for good.
 */
export default function useGrinderAndSteamer(task: KitchenTask): KitchenResult {
  const table = new LockTable(task.table, {locks: 2, baristas: 2});
  const stopWord = new Int32Array(task.stop);
  const stop = () => Atomics.load(stopWord, 0) !== 0;
  const [first, second] = task.order;
  let checksum = task.barista;
  Atomics.store(new Int32Array(task.threads), task.barista - 1, threadId);
  waitAtGate(task.gate);
  if (!table.acquire(first, task.barista, stop)) return {threadId, completed: false, checksum};
  try {
    checksum = brewKernel(task.workUnits, checksum);
    if (!table.acquire(second, task.barista, stop)) return {threadId, completed: false, checksum};
    try {
      checksum = brewKernel(task.workUnits, checksum);
    } finally {
      table.release(second, task.barista);
    }
  } finally {
    table.release(first, task.barista);
  }
  return {threadId, completed: true, checksum};
}
