import {describe, expect, it} from 'vitest';
import {
  checkEventBudget,
  maxEventsPerRun,
  plannedEvents,
} from '../../source/engine/event-budget.js';
import {generateScenario} from '../../source/engine/scenario.js';
import {UsageError} from '../../source/usage-error.js';

const scenario = (customers: number) => generateScenario({seed: 7, customers, workload: 'cpu'});

describe('the event budget of a run', () => {
  it('counts a segment per slice in concurrent mode and per turn under the lock', () => {
    const few = scenario(5);
    const whole = plannedEvents(few, 'hybrid');
    expect(plannedEvents(few, 'concurrent', 50)).toBeGreaterThan(whole);
    // Ten times finer slices: about ten times the brew segments.
    const coarse = plannedEvents(few, 'concurrent', 50) - whole;
    const fine = plannedEvents(few, 'concurrent', 5) - whole;
    expect(fine / coarse).toBeGreaterThan(8);
    expect(plannedEvents(few, 'gil')).toBeGreaterThan(whole);
  });

  it('refuses in one line a run too big to hold, and lets an ordinary one through', () => {
    expect(() => checkEventBudget(scenario(2000), 'hybrid')).not.toThrow();
    const big = scenario(10_000);
    expect(plannedEvents(big, 'concurrent', 0.1)).toBeGreaterThan(maxEventsPerRun);
    expect(() => checkEventBudget(big, 'concurrent', 0.1)).toThrow(UsageError);
    expect(() => checkEventBudget(big, 'concurrent', 0.1)).toThrow(/at most 2,000,000 in a run/);
  });
});
