import type {Scenario} from '../protocol/vocabulary.js';
import type {ShopThread} from '../engine/shop-thread.js';
import {checkEventBudget} from '../engine/event-budget.js';
import {scenarioFor} from '../engine/scenario-for.js';
import type {RunSettings} from '../protocol/run-settings.js';
import type {ShopDriver} from './driver.js';

/**
 * The dashboard's runs on the real engine: one shop on a thread of its own
 * (ShopThread), opened once, its pool reused. The lessons in the panel (race,
 * deadlock, sweep) run on the shop's thread too (lessons/run-lesson.ts, sent there),
 * so the frames drawn here disturb neither.
 */
export function engineDriver(shop: ShopThread): ShopDriver {
  const scenarios = new Map<string, Scenario>();
  const scenarioOf = (settings: RunSettings): Scenario => {
    const key = JSON.stringify([
      settings.scenario,
      settings.seed,
      settings.customers,
      settings.workload,
    ]);
    let scenario = scenarios.get(key);
    if (!scenario) {
      scenario = scenarioFor(settings);
      scenarios.set(key, scenario);
    }
    return scenario;
  };
  return {
    workers: () => shop.workers,
    resize: (workers) => shop.resize(workers),
    start(settings, onEvent, signal) {
      // A key that makes the run too big for the events it would record (a finer
      // slice, more customers) is refused in one line on the dashboard's status.
      const scenario = scenarioOf(settings);
      checkEventBudget(scenario, settings.mode, settings.sliceMs);
      const run = shop.run(
        {
          scenario,
          mode: settings.mode,
          speed: settings.speed,
          ...(settings.machines === undefined ? {} : {machines: settings.machines}),
          ...(settings.sliceMs === undefined ? {} : {sliceMs: settings.sliceMs}),
        },
        {signal, onEvent},
      );
      return {
        done: run.done.then((outcome) => ({aborted: outcome.aborted})),
        now: () => run.now(),
        brewsInProgress: () => run.brewsInProgress(),
        stalledMs: () => run.stalledMs(),
        pause: () => run.pause(),
        resume: () => run.resume(),
      };
    },
    lesson: (name, settings, onLine, signal) =>
      shop.lesson(
        name,
        {workers: settings.workers, speed: settings.speed, seed: settings.seed},
        onLine,
        signal,
      ),
    threadCount: () => shop.threadCount(),
    close: () => shop.close(),
  };
}

/**
 * The engine driver of a shop still opening: the dashboard can draw its first
 * frame at once while the shop calibrates and starts its threads; runs start
 * once `ready()` resolves.
 */
export function openingEngineDriver(opening: Promise<ShopThread>, workers: number): ShopDriver {
  let driver: ShopDriver | null = null;
  const ready = opening.then((shop) => {
    driver = engineDriver(shop);
  });
  const open = (): ShopDriver => {
    if (!driver) throw new Error('the shop is not open yet');
    return driver;
  };
  return {
    ready: () => ready,
    workers: () => driver?.workers() ?? workers,
    resize: async (n) => {
      await ready;
      return open().resize(n);
    },
    start: (settings, onEvent, signal) => open().start(settings, onEvent, signal),
    lesson: async (name, settings, onLine, signal) => {
      await ready;
      return open().lesson!(name, settings, onLine, signal);
    },
    threadCount: () => driver?.threadCount() ?? 0,
    close: async () => {
      await ready.catch(() => undefined);
      await driver?.close();
    },
  };
}
