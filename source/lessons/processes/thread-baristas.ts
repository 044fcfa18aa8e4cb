import {Worker} from 'node:worker_threads';
import {fixedPool} from '../../engine/fixed-pool.js';
import {createStartGate, openGateWhenReady} from '../../engine/start-gate.js';
import {builtFile} from '../../engine/worker-file.js';
import {epochNow} from './brew-with-tips.js';
import {baristaFailed, readJarWhile, type JarRead, type Lane} from './lane.js';
import {
  createThreadJar,
  TIPS_ATOMIC,
  TIPS_PLAIN,
  type BrewMeasured,
  type CoffeeOrder,
  type PooledTask,
  type ThreadMessage,
} from './messages.js';

const threadFile = new URL(builtFile('lessons/processes/thread.js'));
const pooledFile = builtFile('lessons/processes/pooled.js');

export type ThreadsWay = {
  lanes: Lane[];
  /** This process's RSS before it started the threads, and with them all started and alive. */
  rssBeforeBytes: number;
  rssWithThreadsBytes: number;
  jar: {
    /** The shared jar as the parent read it while the threads brewed (the Atomics.add slot). */
    parentReads: JarRead[];
    /** Counted with Atomics.add: every tip. */
    atomic: number;
    /** Counted with a plain read, brew, write back, on the same threads at the same time. */
    plain: number;
  };
};

const rss = () => process.memoryUsage().rss;

function jarOf(buffer: SharedArrayBuffer) {
  const jar = new Int32Array(buffer);
  return {
    atomic: () => Atomics.load(jar, TIPS_ATOMIC),
    plain: () => Atomics.load(jar, TIPS_PLAIN),
  };
}

/** A new worker thread per coffee, all at once, sharing one jar; ended when done or aborted. */
export async function brewInNewThreads(
  orders: readonly CoffeeOrder[],
  signal: AbortSignal,
): Promise<ThreadsWay> {
  signal.throwIfAborted();
  const buffer = createThreadJar();
  const jar = jarOf(buffer);
  const rssBeforeBytes = rss();
  const workers: Worker[] = [];
  const endAll = () => Promise.all(workers.map((worker) => worker.terminate()));
  const onAbort = () => void endAll();
  signal.addEventListener('abort', onAbort);
  try {
    const brewing = Promise.all(
      orders.map((order) => {
        const spawnMs = epochNow();
        const worker = new Worker(threadFile, {workerData: {order, jar: buffer}});
        workers.push(worker);
        return new Promise<Lane>((resolve, reject) => {
          worker.once('message', (message: ThreadMessage) =>
            resolve({spawnMs, ...message.measured}),
          );
          worker.once('error', (error) =>
            reject(baristaFailed('a barista thread', `failed: ${error.message}`)),
          );
          worker.once('exit', (code) =>
            reject(baristaFailed('a barista thread', `ended (exit code ${code}) before it brewed`)),
          );
        });
      }),
    );
    const {result: lanes, reads} = await readJarWhile(jar.atomic, brewing);
    const rssWithThreadsBytes = rss();
    for (const worker of workers) worker.postMessage('done');
    return {
      lanes,
      rssBeforeBytes,
      rssWithThreadsBytes,
      jar: {parentReads: reads, atomic: jar.atomic(), plain: jar.plain()},
    };
  } finally {
    signal.removeEventListener('abort', onAbort);
    await endAll();
  }
}

/**
 * A pooled piscina thread per coffee: the pool's threads are started and warm
 * (each checked in at a gate) before the coffees come, so a coffee's start-up is
 * the hand-off alone. The RSS growth is the pool's, from before it to warm.
 */
export async function brewInPool(
  orders: readonly CoffeeOrder[],
  signal: AbortSignal,
): Promise<ThreadsWay> {
  signal.throwIfAborted();
  const threads = orders.length;
  const rssBeforeBytes = rss();
  const pool = fixedPool(pooledFile, threads);
  try {
    const gate = createStartGate();
    const warm = Array.from({length: threads}, () =>
      pool.run({warm: gate} satisfies PooledTask, {signal}),
    );
    await openGateWhenReady(gate, threads);
    await Promise.all(warm);
    const rssWithThreadsBytes = rss();
    const buffer = createThreadJar();
    const jar = jarOf(buffer);
    const brewing = Promise.all(
      orders.map(async (order): Promise<Lane> => {
        const spawnMs = epochNow();
        const task: PooledTask = {order, jar: buffer};
        const measured = (await pool.run(task, {signal})) as BrewMeasured;
        return {spawnMs, ...measured};
      }),
    );
    const {result: lanes, reads} = await readJarWhile(jar.atomic, brewing);
    return {
      lanes,
      rssBeforeBytes,
      rssWithThreadsBytes,
      jar: {parentReads: reads, atomic: jar.atomic(), plain: jar.plain()},
    };
  } finally {
    await pool.destroy();
  }
}
