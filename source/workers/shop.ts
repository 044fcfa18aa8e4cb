import {RunFault} from '../run-fault.js';
import {parentPort, workerData} from 'node:worker_threads';
import {CoffeeShop} from '../engine/coffee-shop.js';
import {RunControl} from '../engine/control.js';
import {
  heartbeatIntervalMs,
  type FromShop,
  type ShopPoolInfo,
  type ShopThreadData,
  type ToShop,
} from '../protocol/shop-messages.js';
import type {RunHandle} from '../engine/shop.js';
import {runLessonLines} from '../lessons/run-lesson.js';
import type {ShopEvent} from '../protocol/events.js';

/**
 * The shop's own thread: the customers' coroutines, the brew dispatch to the
 * barista pool and the loop monitor run on this event loop, never on the one
 * that draws. Events go to the dashboard in batches.
 */
const data = workerData as ShopThreadData;
const port = parentPort!;
const send = (message: FromShop) => port.postMessage(message);

/** Events are sent this often (and at a run's end): one message a batch, not one an event. */
const batchMs = 25;

const heartbeat = new Int32Array(data.heartbeat);
const beat = () =>
  Atomics.store(
    heartbeat,
    0,
    Math.round(performance.timeOrigin + performance.now() - data.hostTimeOrigin),
  );
beat();
const heartbeatTimer = setInterval(beat, heartbeatIntervalMs);

/** Maps an epoch instant from the dashboard's thread onto this thread's performance.now(). */
const fromEpoch = (epochMs: number) => epochMs - performance.timeOrigin;

const poolInfo = (shop: CoffeeShop): ShopPoolInfo => ({
  workers: shop.workers,
  threadCount: shop.pool.threadCount(),
  shared: shop.pool.shared,
});

type ActiveRun = {id: number; handle: RunHandle | null; abort: AbortController};
let active: ActiveRun | null = null;
/** The lessons in progress, by request: what ends each one early. */
const lessons = new Map<number, AbortController>();

function startRun(shop: CoffeeShop, message: Extract<ToShop, {type: 'run'}>): void {
  const abort = new AbortController();
  const run: ActiveRun = {id: message.run, handle: null, abort};
  active = run;
  let batch: ShopEvent[] = [];
  let timer: NodeJS.Timeout | null = null;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (batch.length === 0) return;
    send({type: 'events', run: run.id, events: batch});
    batch = [];
  };
  const {request} = message;
  try {
    run.handle = shop.run({
      scenario: request.scenario,
      mode: request.mode,
      ...(request.speed === undefined ? {} : {speed: request.speed}),
      ...(request.sliceMs === undefined ? {} : {sliceMs: request.sliceMs}),
      ...(request.machines === undefined ? {} : {machines: request.machines}),
      control: new RunControl(message.control),
      signal: abort.signal,
      // Every event goes to the main thread in batches: the outcome need not keep them too.
      keepEvents: false,
      onEvent: (event) => {
        batch.push(event);
        if (event.kind === 'run-start' || event.kind === 'run-end') flush();
        else timer ??= setTimeout(flush, batchMs);
      },
    });
    new Float64Array(message.origin)[0] = performance.timeOrigin + run.handle.clock.origin;
  } catch (error) {
    flush();
    if (active === run) active = null;
    send({type: 'run-error', run: run.id, message: messageOf(error)});
    return;
  }
  run.handle.done.then(
    (outcome) => {
      flush();
      if (active === run) active = null;
      send({
        type: 'run-done',
        run: run.id,
        aborted: outcome.aborted,
        failed: outcome.failed,
        threadCount: shop.pool.threadCount(),
      });
    },
    (error: unknown) => {
      flush();
      if (active === run) active = null;
      send({type: 'run-error', run: run.id, message: messageOf(error)});
    },
  );
}

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

async function main(): Promise<void> {
  let shop: CoffeeShop;
  try {
    shop = await CoffeeShop.open(data.workers, data.calibrationBudgetMs);
  } catch (error) {
    send({
      type: 'error',
      request: null,
      message: messageOf(error),
      fault: error instanceof RunFault,
    });
    clearInterval(heartbeatTimer);
    return;
  }
  send({type: 'open', pool: poolInfo(shop), unitsPerMs: shop.calibration.unitsPerMs});
  port.on('message', (message: ToShop) => {
    switch (message.type) {
      case 'run':
        startRun(shop, message);
        return;
      case 'pause':
        if (active?.id === message.run) active.handle?.pause(fromEpoch(message.atEpoch));
        return;
      case 'resume':
        if (active?.id === message.run) active.handle?.resume(fromEpoch(message.atEpoch));
        return;
      case 'abort':
        if (active?.id === message.run) active.abort.abort(new Error('aborted'));
        return;
      case 'resize':
        shop.resize(message.workers).then(
          () => send({type: 'resized', request: message.request, pool: poolInfo(shop)}),
          (error: unknown) =>
            send({type: 'error', request: message.request, message: messageOf(error)}),
        );
        return;
      case 'lesson': {
        // Lessons run here so that their threads and loop are not the dashboard's.
        const {request, name, settings} = message;
        const abort = new AbortController();
        lessons.set(request, abort);
        runLessonLines(
          name,
          settings,
          (line) => send({type: 'lesson-line', request, line}),
          abort.signal,
        )
          .then(
            () => send({type: 'lesson-done', request}),
            (error: unknown) => send({type: 'error', request, message: messageOf(error)}),
          )
          .finally(() => lessons.delete(request));
        return;
      }
      case 'lesson-abort':
        lessons.get(message.request)?.abort(new Error('aborted'));
        return;
      case 'close':
        active?.abort.abort(new Error('closed'));
        for (const lesson of lessons.values()) lesson.abort(new Error('closed'));
        clearInterval(heartbeatTimer);
        shop.close().then(
          () => {
            send({type: 'closed', request: message.request});
            port.close();
          },
          (error: unknown) =>
            send({type: 'error', request: message.request, message: messageOf(error)}),
        );
        return;
    }
  });
}

void main();
