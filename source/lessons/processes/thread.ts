/**
 * A barista as a new worker thread, started for one coffee. It brews, counting
 * tips in the jar it shares with the other threads, reports its measured brew,
 * and stays alive (so the parent can read its memory with every thread alive)
 * until the parent sends any message.
 */
import {parentPort, threadId, workerData} from 'node:worker_threads';
import {brewWithTips, epochNow, sharedTipCounter} from './brew-with-tips.js';
import {TIPS_ATOMIC, TIPS_PLAIN, type ThreadMessage, type ThreadOrder} from './messages.js';

const readyMs = epochNow();
const {order, jar} = workerData as ThreadOrder;
const brewStartMs = epochNow();
const checksum = brewWithTips(
  order,
  sharedTipCounter(new Int32Array(jar), TIPS_ATOMIC, TIPS_PLAIN),
);
const endMs = epochNow();
const measured = {pid: process.pid, threadId, readyMs, brewStartMs, endMs, checksum};
parentPort?.postMessage({type: 'brewed', measured} satisfies ThreadMessage);
parentPort?.once('message', () => parentPort?.close());
