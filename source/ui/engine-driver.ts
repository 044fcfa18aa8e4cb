import type {CoffeeShop} from '../engine/coffee-shop.js';
import type {Scenario} from '../engine/scenario.js';
import {scenarioFor} from '../cli/scenario.js';
import type {RunSettings} from '../cli/options.js';
import type {ShopDriver} from './driver.js';

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
    threadCount: () => shop.pool.threadCount(),
    close: () => shop.close(),
  };
}
