import type {RunSettings} from '../../source/cli/options.js';
import type {RunInfo, ShopEvent} from '../../source/protocol/events.js';
import {timelineFromEvents, type Timeline} from '../../source/timeline/reduce.js';

export const settings = (changes: Partial<RunSettings> = {}): RunSettings => ({
  mode: 'hybrid',
  workers: 2,
  customers: 3,
  workload: 'cpu',
  seed: 7,
  speed: 4,
  scenario: null,
  plain: false,
  json: false,
  theme: 'dark',
  ...changes,
});

export const info = (changes: Partial<RunInfo> = {}): RunInfo => ({
  mode: 'hybrid',
  workload: 'mixed',
  workers: 2,
  baristas: 2,
  seed: 7,
  speed: 1,
  scenarioName: 'hand-made',
  customers: [
    {id: 1, name: 'Ana', drink: 'latte', arrivalMs: 0},
    {id: 2, name: 'Ben', drink: 'espresso', arrivalMs: 0},
  ],
  recipes: {},
  unitsPerMs: 1000,
  sliceMs: 50,
  ...changes,
});

/**
 * A hand-made run in progress at t=1000: Ana ordered (0–100), brewed on thread 5
 * (100–600) and is at the machine since 600; Ben ordered (0–100) and brews on
 * thread 6 since 150 (not finished, so no segment yet).
 */
export function eventsInProgress(changes: Partial<RunInfo> = {}): ShopEvent[] {
  return [
    {kind: 'run-start', t: 0, info: info(changes)},
    {kind: 'arrive', t: 0, customer: 1},
    {kind: 'arrive', t: 0, customer: 2},
    {kind: 'step-start', t: 0, customer: 1, step: 0, stepKind: 'order'},
    {kind: 'step-start', t: 0, customer: 2, step: 0, stepKind: 'order'},
    seg(1, 0, 'order', 0, 0, 100),
    seg(2, 0, 'order', 0, 0, 100),
    {kind: 'step-start', t: 100, customer: 1, step: 1, stepKind: 'brew'},
    {kind: 'step-start', t: 100, customer: 2, step: 1, stepKind: 'brew'},
    seg(1, 1, 'brew', 5, 100, 600),
    {kind: 'step-start', t: 600, customer: 1, step: 2, stepKind: 'machine'},
    {kind: 'loop', start: 0, end: 500, busy: 0.2, lagMaxMs: 3, lagMeanMs: 1, queued: 0},
    {kind: 'loop', start: 500, end: 1000, busy: 0.1, lagMaxMs: 60, lagMeanMs: 1, queued: 0},
  ];
}

/** The same run finished: both served by t=2000. */
export function eventsFinished(changes: Partial<RunInfo> = {}): ShopEvent[] {
  return [
    ...eventsInProgress(changes),
    seg(2, 1, 'brew', 6, 150, 900),
    seg(1, 2, 'machine', 0, 600, 1500),
    {kind: 'step-start', t: 1500, customer: 1, step: 3, stepKind: 'serve'},
    seg(1, 3, 'serve', 0, 1500, 1600),
    {kind: 'served', t: 1600, customer: 1},
    {kind: 'step-start', t: 900, customer: 2, step: 2, stepKind: 'serve'},
    seg(2, 2, 'serve', 0, 900, 2000),
    {kind: 'served', t: 2000, customer: 2},
    {kind: 'run-end', t: 2000, aborted: false},
  ];
}

function seg(
  customer: number,
  step: number,
  stepKind: 'order' | 'brew' | 'machine' | 'serve',
  thread: number,
  start: number,
  end: number,
): ShopEvent {
  return {kind: 'segment', customer, step, stepKind, thread, start, end};
}

export const timelineOf = (events: ShopEvent[]): Timeline => timelineFromEvents(events);

/** Strips ANSI colour codes from a frame. */
export const plain = (frame: string | undefined): string =>
  // eslint-disable-next-line no-control-regex
  (frame ?? '').replace(/\u001B\[[0-9;]*m/g, '');

/** Waits until `check` passes (polling), or fails with its last error after `ms`. */
export async function eventually(check: () => void, ms = 10_000, every = 25): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((resolve) => setTimeout(resolve, every));
    }
  }
}
