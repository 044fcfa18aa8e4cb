import {describe, expect, it} from 'vitest';
import {generateScenario} from '../../source/engine/scenario.js';
import {mixedMenu, menuFor} from '../../source/engine/menu.js';

describe('generateScenario', () => {
  it('gives the same customers for the same seed', () => {
    const a = generateScenario({seed: 42, customers: 30, workload: 'mixed'});
    const b = generateScenario({seed: 42, customers: 30, workload: 'mixed'});
    expect(a.customers).toEqual(b.customers);
  });

  it('gives other customers for another seed', () => {
    const a = generateScenario({seed: 1, customers: 8, workload: 'mixed'});
    const b = generateScenario({seed: 2, customers: 8, workload: 'mixed'});
    expect(a.customers.map((c) => `${c.name}:${c.drink}`)).not.toEqual(
      b.customers.map((c) => `${c.name}:${c.drink}`),
    );
  });

  it('numbers customers from 1 in arrival order, with drinks from the menu', () => {
    const {customers, menu} = generateScenario({seed: 3, customers: 60, workload: 'io'});
    expect(customers.map((c) => c.id)).toEqual(Array.from({length: 60}, (_, i) => i + 1));
    for (let i = 1; i < customers.length; i++) {
      expect(customers[i]!.arrivalMs).toBeGreaterThanOrEqual(customers[i - 1]!.arrivalMs);
    }
    for (const customer of customers) expect(menu[customer.drink]).toBeDefined();
    expect(new Set(customers.map((c) => c.name)).size).toBe(60);
  });
});

describe('menuFor', () => {
  it('has the five drinks, the macchiato the longest', () => {
    expect(Object.keys(mixedMenu)).toEqual(
      expect.arrayContaining([
        'espresso',
        'americano',
        'latte',
        'cappuccino',
        'caramel macchiato, extra foam',
      ]),
    );
  });

  it('makes io mostly waiting and cpu mostly brewing', () => {
    const share = (workload: 'io' | 'cpu', kind: 'brew') => {
      const steps = Object.values(menuFor(workload)).flat();
      const total = steps.reduce((s, step) => s + step.ms, 0);
      return steps.filter((step) => step.kind === kind).reduce((s, step) => s + step.ms, 0) / total;
    };
    expect(share('io', 'brew')).toBeLessThan(0.1);
    expect(share('cpu', 'brew')).toBeGreaterThan(0.7);
  });
});
