import {setMaxListeners} from 'node:events';
import {brewKernel} from './kernel.js';
import {RunClock, performanceNow, type Now} from './clock.js';
import {ABORTED, PAUSED, RUNNING, RunControl} from './control.js';
import {startLoopMonitor} from './loop-monitor.js';
import {createGil, gilSwitchIntervalMs} from './gil.js';
import {baristasFor, planFor} from './modes.js';
import {type Mode} from '../protocol/vocabulary.js';
import type {BaristaPool} from './pool.js';
import type {Scenario} from '../protocol/vocabulary.js';
import type {Customer} from '../protocol/vocabulary.js';
import type {StepKind} from '../protocol/vocabulary.js';
import {Semaphore} from './semaphore.js';
import {threadCpuMs} from './thread-cpu.js';
import {RunTimers} from './sleep.js';
import {MAIN_THREAD, type RunInfo, type ShopEvent} from '../protocol/events.js';

export type RunOptions = {
  scenario: Scenario;
  mode: Mode;
  /** Barista threads of the pool (--workers). */
  workers: number;
  pool: BaristaPool;
  unitsPerMs: number;
  /** Time scale: 2 runs twice as fast (durations and brew sizes halved). */
  speed?: number;
  /** Length of a brew slice in concurrent mode, ms at time scale 1. */
  sliceMs?: number;
  /** Espresso machines the `machine` steps share (a semaphore); unlimited when absent. */
  machines?: number;
  signal?: AbortSignal;
  onEvent?: (event: ShopEvent) => void;
  now?: Now;
  /** The run's control word when another thread shares it (pause and abort from there); a new one otherwise. */
  control?: RunControl;
  /**
   * Keep every event for the outcome (default true). A caller that takes them
   * through `onEvent` passes false: 100,000 customers' events are then not kept twice.
   */
  keepEvents?: boolean;
};

export type RunHandle = {
  /** Settles when every customer is served, failed, or the run was aborted. */
  done: Promise<RunOutcome>;
  clock: RunClock;
  /** Brews computing right now on barista threads, from the start each thread measured. */
  brewsInProgress(): Array<{thread: number; customer: number; step: number; start: number}>;
  /** Pauses the run, now or from `at` (this thread's performance.now(), for a key pressed elsewhere). */
  pause(at?: number): void;
  resume(at?: number): void;
};

export type RunOutcome = {
  /** Every event in order; empty when the run was started with `keepEvents: false`. */
  events: ShopEvent[];
  aborted: boolean;
  failed: number;
};

/** The release of an order slot when every order may run: one for every customer. */
const releaseNothing = (): void => undefined;

const isAbort = (error: unknown): boolean => error instanceof Error && error.name === 'AbortError';

/** Each customer's planned steps at this speed: one array per drink, shared by its customers. */
function scaledRecipesByCustomer(scenario: Scenario, speed: number): RunInfo['recipes'] {
  const byDrink = new Map<string, RunInfo['recipes'][number]>();
  const recipes: RunInfo['recipes'] = {};
  for (const customer of scenario.customers) {
    let recipe = byDrink.get(customer.drink);
    if (!recipe) {
      recipe = (scenario.menu[customer.drink] ?? []).map((s) => ({kind: s.kind, ms: s.ms / speed}));
      byDrink.set(customer.drink, recipe);
    }
    recipes[customer.id] = recipe;
  }
  return recipes;
}

/** Runs the coffee shop once: one coroutine per customer on this event loop, brews on the pool. */
export function runShop(options: RunOptions): RunHandle {
  const {scenario, mode, workers, pool, unitsPerMs} = options;
  const speed = options.speed ?? 1;
  const sliceMs = options.sliceMs ?? 50;
  const clock = new RunClock(options.now ?? performanceNow);
  const control = options.control ?? new RunControl();
  const stop = new AbortController();
  const signal = stop.signal;
  const onOuterAbort = () => stop.abort(options.signal?.reason);
  if (options.signal?.aborted) stop.abort(options.signal.reason);
  options.signal?.addEventListener('abort', onOuterAbort, {once: true});
  // A barista notices the control word within half a millisecond; piscina's own
  // abort (which terminates the thread) is only a backstop for a stuck one.
  const backstop = new AbortController();
  // Every waiting customer and every brew listens to these: one per coroutine, not a leak.
  setMaxListeners(0, signal, backstop.signal);
  signal.addEventListener(
    'abort',
    () => {
      control.set(ABORTED);
      setTimeout(() => backstop.abort(), 500).unref();
    },
    {once: true},
  );

  const plan = planFor(mode, workers);
  const events: ShopEvent[] = [];
  const onEvent = options.onEvent;
  const emit =
    options.keepEvents === false
      ? (event: ShopEvent) => onEvent?.(event)
      : (event: ShopEvent) => {
          events.push(event);
          onEvent?.(event);
        };
  const timers = new RunTimers(clock, signal);
  const recipeOf = (customer: Customer) => scenario.menu[customer.drink] ?? [];
  const info: RunInfo = {
    mode,
    workload: scenario.workload,
    workers,
    baristas: baristasFor(mode, workers),
    seed: scenario.seed,
    speed,
    scenarioName: scenario.name,
    customers: scenario.customers,
    recipes: scaledRecipesByCustomer(scenario, speed),
    unitsPerMs,
    sliceMs: sliceMs / speed,
    ...(options.machines === undefined ? {} : {machines: options.machines}),
    ...(scenario.skin === undefined ? {} : {skin: scenario.skin}),
  };
  emit({kind: 'run-start', t: 0, info});
  const monitor = startLoopMonitor(clock, emit, () => pool.queued());
  // Orders in progress at once; no semaphore (and no promise per customer) when every order may run.
  const orderSlots = plan.orderSlots === null ? null : new Semaphore(plan.orderSlots);
  const machineSlots =
    options.machines === undefined ? null : new Semaphore(Math.max(1, options.machines));
  const gilSwitchMs = gilSwitchIntervalMs / speed;
  const gil = plan.underGil ? {lock: createGil(), switchMs: gilSwitchMs} : undefined;
  // Units between two looks at the control word: about half a millisecond, less under the GIL.
  const chunkUnits = Math.max(
    1000,
    Math.round(unitsPerMs * (plan.underGil ? Math.min(0.5, gilSwitchMs / 4) : 0.5)),
  );

  const brew = async (customer: Customer, step: number, ms: number) => {
    const units = Math.max(1, Math.round((ms / speed) * unitsPerMs));
    const seed = customer.id * 7919 + step;
    if (plan.brewOn === 'main') {
      // The anti-pattern on purpose: computing on the event loop blocks it.
      await clock.whenRunning(signal);
      const cpuBefore = threadCpuMs();
      const start = clock.elapsed();
      const checksum = brewKernel(units, seed);
      const end = clock.elapsed();
      const cpuAfter = threadCpuMs();
      emit({
        kind: 'segment',
        customer: customer.id,
        step,
        stepKind: 'brew',
        thread: MAIN_THREAD,
        start,
        end,
        ...(cpuBefore === null || cpuAfter === null ? {} : {cpuMs: cpuAfter - cpuBefore}),
      });
      return checksum;
    }
    const sliceUnits = plan.sliced
      ? Math.max(1, Math.round((sliceMs / speed) * unitsPerMs))
      : units;
    let checksum = seed;
    let slice = 0;
    for (let done = 0; done < units; done += sliceUnits) {
      signal.throwIfAborted();
      await clock.whenRunning(signal);
      slice++;
      const result = await options.pool.run(
        {
          units: Math.min(sliceUnits, units - done),
          chunkUnits,
          seed: checksum,
          control: control.buffer,
          customer: customer.id,
          step,
          ...(gil ? {gil} : {}),
        },
        plan.brewOn,
        backstop.signal,
      );
      for (const [index, [from, to]] of result.intervals.entries()) {
        const cpuMs = result.cpuMs?.[index];
        emit({
          kind: 'segment',
          customer: customer.id,
          step,
          stepKind: 'brew',
          thread: result.threadId,
          start: clock.fromEpoch(from),
          end: clock.fromEpoch(to),
          ...(plan.sliced ? {slice} : {}),
          ...(cpuMs === undefined ? {} : {cpuMs}),
        });
      }
      signal.throwIfAborted();
      checksum = result.checksum;
    }
    return checksum;
  };

  /**
   * An I/O step measured on the main thread against its planned length: the step
   * awaits `timers.sleep(ms / speed)` from `start` in its own coroutine, then this.
   */
  const waited = (customer: Customer, step: number, kind: StepKind, ms: number, start: number) =>
    emit({
      kind: 'segment',
      customer: customer.id,
      step,
      stepKind: kind,
      thread: MAIN_THREAD,
      start,
      end: clock.elapsed(),
      plannedMs: ms / speed,
    });

  /** A `machine` step when the machines are shared: queue for one (measured), then use it. */
  const queueForMachine = async (
    slots: Semaphore,
    customer: Customer,
    step: number,
    ms: number,
  ) => {
    const queuedAt = clock.elapsed();
    const release = await slots.acquire(signal);
    try {
      emit({
        kind: 'queue',
        customer: customer.id,
        step,
        resource: 'machine',
        start: queuedAt,
        end: clock.elapsed(),
      });
      const start = clock.elapsed();
      await timers.sleep(ms / speed);
      waited(customer, step, 'machine', ms, start);
    } finally {
      release();
    }
  };

  /**
   * A customer's coroutine: the one suspended frame a waiting customer costs. It
   * settles through `settle` (served, failed, or null when it was stopped: an
   * abort) rather than through a promise chained to each customer.
   */
  const serveCustomer = async (customer: Customer, settle: (served: boolean | null) => void) => {
    let served: boolean | null = true;
    let arrived = false;
    let release = releaseNothing;
    try {
      await timers.sleep(customer.arrivalMs / speed);
      emit({kind: 'arrive', t: clock.elapsed(), customer: customer.id});
      arrived = true;
      if (orderSlots) release = await orderSlots.acquire(signal);
      const recipe = recipeOf(customer);
      for (let step = 0; step < recipe.length; step++) {
        const {kind, ms} = recipe[step]!;
        emit({kind: 'step-start', t: clock.elapsed(), customer: customer.id, step, stepKind: kind});
        if (kind === 'brew') {
          await brew(customer, step, ms);
        } else if (kind === 'machine' && machineSlots) {
          await queueForMachine(machineSlots, customer, step, ms);
        } else {
          const start = clock.elapsed();
          await timers.sleep(ms / speed);
          waited(customer, step, kind, ms, start);
        }
      }
      emit({kind: 'served', t: clock.elapsed(), customer: customer.id});
    } catch (error) {
      if (!arrived || isAbort(error) || signal.aborted) served = null;
      else {
        emit({kind: 'failed', t: clock.elapsed(), customer: customer.id, reason: String(error)});
        served = false;
      }
    } finally {
      release();
    }
    settle(served);
  };

  // Settles when every customer has: a count, not Promise.allSettled's result per customer.
  const done = new Promise<RunOutcome>((resolve) => {
    let remaining = scenario.customers.length;
    let notServed = 0;
    let stopped = 0;
    const finish = () => {
      monitor.stop();
      options.signal?.removeEventListener('abort', onOuterAbort);
      const aborted = signal.aborted;
      emit({kind: 'run-end', t: clock.elapsed(), aborted});
      resolve({events, aborted, failed: notServed + (aborted ? 0 : stopped)});
    };
    const settle = (served: boolean | null) => {
      if (served === null) stopped++;
      else if (!served) notServed++;
      if (--remaining === 0) finish();
    };
    if (remaining === 0) queueMicrotask(finish);
    for (const customer of scenario.customers) void serveCustomer(customer, settle);
  });

  return {
    done,
    clock,
    brewsInProgress: () =>
      options.pool.inProgress().map((brew) => ({
        thread: brew.threadId,
        customer: brew.customer,
        step: brew.step,
        start: clock.fromEpoch(brew.startEpoch),
      })),
    pause(at) {
      clock.pause(at);
      control.set(PAUSED);
    },
    resume(at) {
      clock.resume(at);
      control.set(RUNNING);
    },
  };
}
