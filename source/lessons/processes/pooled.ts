import {threadId} from 'node:worker_threads';
import {waitAtGate} from '../../engine/start-gate.js';
import {brewWithTips, epochNow, sharedTipCounter} from './brew-with-tips.js';
import {TIPS_ATOMIC, TIPS_PLAIN, type BrewMeasured, type PooledTask} from './messages.js';

/**
 * A barista on a pooled (piscina) thread, started before the coffees came. A warm
 * task only checks in at the gate (so that every thread of the pool is up); a
 * coffee is brewed at once, its tips counted in the jar all the threads share.
 * Its start-up is the hand-off: from the parent's run() to this function.
 */
export default function pooledBrew(task: PooledTask): BrewMeasured | null {
  const readyMs = epochNow();
  if ('warm' in task) {
    waitAtGate(task.warm);
    return null;
  }
  const brewStartMs = epochNow();
  const counter = sharedTipCounter(new Int32Array(task.jar), TIPS_ATOMIC, TIPS_PLAIN);
  const checksum = brewWithTips(task.order, counter);
  return {pid: process.pid, threadId, readyMs, brewStartMs, endMs: epochNow(), checksum};
}
