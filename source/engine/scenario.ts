import type {Customer, Scenario, Workload} from '../protocol/vocabulary.js';
import {menuFor} from './menu.js';
import {seededRandom} from './random.js';

const names = [
  'Ana', 'Ben', 'Cleo', 'Dev', 'Eli', 'Fay', 'Gus', 'Hana', 'Ivo', 'Jun', 'Kai', 'Lea', 'Max',
  'Noor', 'Oli', 'Pia', 'Quin', 'Rui', 'Sam', 'Tess', 'Uma', 'Vic', 'Wen', 'Xia', 'Yara', 'Zoe',
]; // prettier-ignore

/** Drinks and how often they are ordered; the macchiato is the long one. */
const drinkWeights: Array<[string, number]> = [
  ['espresso', 3],
  ['americano', 2],
  ['latte', 3],
  ['cappuccino', 2],
  ['caramel macchiato, extra foam', 2],
];

export const arrivalSpacingMs = (customers: number): number =>
  customers <= 20 ? 100 : Math.max(1, Math.round(2000 / customers));

export function generateScenario(options: {
  seed: number;
  customers: number;
  workload: Workload;
}): Scenario {
  const random = seededRandom(options.seed);
  const order = [...names];
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const totalWeight = drinkWeights.reduce((sum, [, weight]) => sum + weight, 0);
  const pickDrink = (): string => {
    let r = random() * totalWeight;
    for (const [drink, weight] of drinkWeights) {
      r -= weight;
      if (r < 0) return drink;
    }
    return drinkWeights[0]![0];
  };
  const spacing = arrivalSpacingMs(options.customers);
  const customers: Customer[] = [];
  for (let i = 0; i < options.customers; i++) {
    const round = Math.floor(i / order.length);
    const name = order[i % order.length]! + (round > 0 ? ` ${round + 1}` : '');
    customers.push({id: i + 1, name, drink: pickDrink(), arrivalMs: i * spacing});
  }
  return {
    name: `seed ${options.seed}`,
    seed: options.seed,
    workload: options.workload,
    menu: menuFor(options.workload),
    customers,
  };
}
