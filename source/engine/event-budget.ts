import {gilSwitchIntervalMs} from './gil.js';
import {recipeFor} from './menu.js';
import {planFor} from './modes.js';
import {type Mode} from '../protocol/vocabulary.js';
import type {Scenario} from '../protocol/vocabulary.js';
import {UsageError} from '../usage-error.js';

/**
 * The most measured events one run may record. Every event is kept (the lanes,
 * --save, replay); a million replays and exports in seconds, far more exhausts
 * the heap long before the run ends.
 */
export const maxEventsPerRun = 2_000_000;

/**
 * About how many events a run of `scenario` in `mode` records: for each customer its
 * arrival, a start and a segment per step, its service; a brew cut into slices
 * (concurrent mode) or into turns of the global lock (gil mode) is a segment per
 * slice or turn. The time scale cancels out: slices and turns scale with the brews.
 */
export function plannedEvents(scenario: Scenario, mode: Mode, sliceMs = 50): number {
  const plan = planFor(mode, 1);
  const piece = plan.sliced ? sliceMs : plan.underGil ? gilSwitchIntervalMs : null;
  let events = 2;
  for (const customer of scenario.customers) {
    events += 2;
    for (const step of recipeFor(scenario.menu, customer.drink) ?? []) {
      const pieces = step.kind === 'brew' && piece !== null ? Math.ceil(step.ms / piece) : 1;
      events += 1 + Math.max(1, pieces);
    }
  }
  return events;
}

/** Refuses, in one line, a run that would record more than `maxEventsPerRun` events. */
export function checkEventBudget(scenario: Scenario, mode: Mode, sliceMs?: number): void {
  const events = plannedEvents(scenario, mode, sliceMs);
  if (events <= maxEventsPerRun) return;
  const customers = scenario.customers.length;
  throw new UsageError(
    `${customers} customers in ${mode} mode${sliceMs === undefined ? '' : ` with --slice ${sliceMs}`} would record about ${events.toLocaleString('en')} events; at most ${maxEventsPerRun.toLocaleString('en')} in a run (fewer customers, a longer --slice, or another mode)`,
  );
}
