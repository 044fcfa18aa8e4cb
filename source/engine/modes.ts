import type {Mode} from '../protocol/vocabulary.js';
import type {Bench} from './pool.js';

/** The modes the compare view and `brewlanes compare` set side by side, in that order. */
export const comparedModes: Mode[] = ['sequential', 'concurrent', 'parallel', 'hybrid'];

/** How a mode runs the shop. */
export type ModePlan = {
  /** Orders in progress at once; null for every customer at once. */
  orderSlots: number | null;
  /** Where brews run: the single barista thread, all N barista threads, or the main thread. */
  brewOn: Bench | 'main';
  /** Brews cut into slices that take turns on the thread (cooperative time-slicing). */
  sliced: boolean;
  /** Brews must hold one global lock to compute, handed over every switch interval (gil.ts). */
  underGil: boolean;
};

export function planFor(mode: Mode, workers: number): ModePlan {
  switch (mode) {
    case 'sequential':
      return {orderSlots: 1, brewOn: 'one', sliced: false, underGil: false};
    case 'concurrent':
      return {orderSlots: null, brewOn: 'one', sliced: true, underGil: false};
    case 'parallel':
      return {orderSlots: workers, brewOn: 'all', sliced: false, underGil: false};
    case 'hybrid':
      return {orderSlots: null, brewOn: 'all', sliced: false, underGil: false};
    case 'blocking':
      return {orderSlots: null, brewOn: 'main', sliced: false, underGil: false};
    case 'gil':
      return {orderSlots: null, brewOn: 'all', sliced: false, underGil: true};
  }
}

/** Barista threads a mode uses. */
export const baristasFor = (mode: Mode, workers: number): number =>
  planFor(mode, workers).brewOn === 'all'
    ? workers
    : planFor(mode, workers).brewOn === 'one'
      ? 1
      : 0;

/** Two short sentences for the audience: what they see, and why. */
export const modeExplanations: Record<Mode, string> = {
  sequential:
    'One barista makes each order from start to finish. Everyone behind a long drink waits for it.',
  concurrent:
    'One barista juggles every order: while one waits for the machine another is served. Brews take turns on one thread, never at once.',
  parallel:
    'N baristas each take one order and finish it. Brews really run at the same time, one per core.',
  hybrid:
    'Orders are taken asynchronously while N baristas brew in parallel. Waits overlap and brews use every core.',
  blocking:
    "Brews run on the shop's event loop itself: the loop stops, timers fire late, every order waits. The dashboard, on the main thread, keeps answering and shows the stall. Never compute on the event loop.",
  gil: "N barista threads, one global lock: a thread computes only while it holds the lock, handed over every 5 ms like Python's GIL. The threads take turns, so CPU work gets no faster.",
};
