import {generateScenario} from '../dist/engine/scenario.js';

/** `count` customers who all arrive at 0, each with one drink of the given steps. */
export function uniformScenario(name, count, steps, workload = 'io') {
  const customers = Array.from({length: count}, (_, i) => ({
    id: i + 1,
    name: String(i + 1),
    drink: 'the order',
    arrivalMs: 0,
  }));
  return {name, seed: null, workload, menu: {'the order': steps}, customers};
}

/** Concurrent I/O orders: everyone arrives at 0, one `machine` wait of `ms` each. */
export const waitingOrders = (count, ms = 1000) =>
  uniformScenario(`${count} waits of ${ms} ms`, count, [{kind: 'machine', ms}], 'io');

/** CPU orders: everyone arrives at 0, one brew of `ms` (of one core) each. */
export const brewOrders = (count, ms) =>
  uniformScenario(`${count} brews of ${ms} ms`, count, [{kind: 'brew', ms}], 'cpu');

/** The `cpu` workload as the CLI generates it (seeded). */
export const cpuWorkload = (customers, seed = 7) =>
  generateScenario({seed, customers, workload: 'cpu'});
