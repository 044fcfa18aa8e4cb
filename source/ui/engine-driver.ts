import type {CoffeeShop} from '../engine/coffee-shop.js';
import type {Scenario} from '../engine/scenario.js';
import {scenarioFor} from '../cli/scenario.js';
import type {RunSettings} from '../cli/options.js';
import type {ShopDriver} from './driver.js';
import {runEngineLesson} from './engine-lessons.js';

/** The dashboard's runs on the real engine: one CoffeeShop, opened once, its pool reused. */
export function engineDriver(shop: CoffeeShop): ShopDriver {
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
      const handle = shop.run({
        scenario: scenarioOf(settings),
        mode: settings.mode,
        speed: settings.speed,
        ...(settings.machines === undefined ? {} : {machines: settings.machines}),
        ...(settings.sliceMs === undefined ? {} : {sliceMs: settings.sliceMs}),
        signal,
        onEvent,
      });
      return {
        done: handle.done.then((outcome) => ({aborted: outcome.aborted})),
        now: () => handle.clock.elapsed(),
        brewsInProgress: () => handle.brewsInProgress(),
        pause: () => handle.pause(),
        resume: () => handle.resume(),
      };
    },
    lesson: runEngineLesson,
    threadCount: () => shop.pool.threadCount(),
    close: () => shop.close(),
  };
}

/**
 * The engine driver of a shop still opening: the dashboard can draw its first
 * frame at once while the shop calibrates and starts its threads; runs start
 * once `ready()` resolves.
 */
export function openingEngineDriver(opening: Promise<CoffeeShop>, workers: number): ShopDriver {
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
    lesson: runEngineLesson,
    threadCount: () => driver?.threadCount() ?? 0,
    close: async () => {
      await ready.catch(() => undefined);
      await driver?.close();
    },
  };
}
