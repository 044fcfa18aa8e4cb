import type {Workload} from '../protocol/vocabulary.js';
import type {Mode} from '../protocol/vocabulary.js';
import type {LessonName} from '../lessons/names.js';
import {shopLoopInWords} from '../render/labels.js';

/** What a tour step runs, live: a mode of the shop, one lesson, or the thread sweep. */
export type TourAction =
  | {kind: 'run'; mode: Mode; workload: Workload; customers: number; machines?: number}
  | {kind: 'lesson'; lesson: Exclude<LessonName, 'machine'>}
  | {kind: 'sweep'};

/**
 * The number a step states, measured by the step itself: the sum of the work
 * against the makespan, a speed-up against the sequential run of the same
 * customers (run first, live, as the step's baseline), the CPU work against one
 * thread, the loop's stalls, the wait for a machine, or a lesson's own report.
 */
export type TourFigure =
  'sum-of-work' | 'speedup' | 'cpu-vs-one-thread' | 'stalls' | 'machine-wait' | 'lesson';

export type TourStep = {
  id: string;
  title: string;
  /** The dashboard key that shows the same thing outside the tour. */
  key: string;
  action: TourAction;
  figure: TourFigure;
  /** Two or three lines for the audience, each at most 90 characters. */
  lines: string[];
};

/**
 * The presenter's tour, in order: the four shapes of the shop, then the pitfalls.
 * Data only; the dashboard runs each step live and shows its lines.
 */
export const tourSteps: readonly TourStep[] = [
  {
    id: 'sequential',
    title: 'Sequential: one order at a time',
    key: '1',
    figure: 'sum-of-work',
    action: {kind: 'run', mode: 'sequential', workload: 'mixed', customers: 5},
    lines: [
      'One barista makes each order from start to finish, then takes the next.',
      'The total is the sum of every order: the long macchiato holds up the whole line.',
    ],
  },
  {
    id: 'concurrent-io',
    title: 'Concurrent, I/O-bound: waits overlap',
    key: '2',
    figure: 'speedup',
    action: {kind: 'run', mode: 'concurrent', workload: 'io', customers: 5},
    lines: [
      'Concurrency is structure: one barista, one thread, every order in progress at once.',
      'While one cup sits in the machine the barista serves the next: the waits overlap.',
      'When the work is mostly waiting, the total is the longest wait, not the sum.',
    ],
  },
  {
    id: 'concurrent-cpu',
    title: 'Concurrent, CPU-bound: no faster',
    key: '2',
    figure: 'speedup',
    action: {kind: 'run', mode: 'concurrent', workload: 'cpu', customers: 5},
    lines: [
      'Same structure, but now the work is brewing: real computation on one thread.',
      'The brews take turns in slices (A1 B1 A2 B2) and never run at once: no time saved.',
      'I/O-bound work gains from concurrency; CPU-bound work needs more cores.',
    ],
  },
  {
    id: 'parallel',
    title: 'Parallel: one barista per core',
    key: '3',
    figure: 'speedup',
    action: {kind: 'run', mode: 'parallel', workload: 'cpu', customers: 5},
    lines: [
      'Parallelism is execution: N baristas on N worker threads, brews on every core at once.',
      'Each barista still does one order start to finish, waiting included.',
    ],
  },
  {
    id: 'hybrid',
    title: 'Hybrid: async orders, parallel brews',
    key: '4',
    figure: 'speedup',
    action: {kind: 'run', mode: 'hybrid', workload: 'mixed', customers: 5},
    lines: [
      `Orders are coroutines on ${shopLoopInWords}; brews go to a pool of worker threads.`,
      'Waits overlap and brews use every core: the fastest shop, and the usual Node design.',
    ],
  },
  {
    id: 'blocking',
    title: 'Pitfall: computing on the event loop',
    key: 'b',
    figure: 'stalls',
    action: {kind: 'run', mode: 'blocking', workload: 'mixed', customers: 5},
    lines: [
      `Brews run on ${shopLoopInWords}: while one computes, the loop cannot turn.`,
      'Timers fire late, spinners freeze; the dashboard, on the main thread, counts the stall.',
      'Never compute on the loop.',
    ],
  },
  {
    id: 'gil',
    title: "Pitfall: a global lock (Python's GIL)",
    key: 'g',
    figure: 'cpu-vs-one-thread',
    action: {kind: 'run', mode: 'gil', workload: 'cpu', customers: 5},
    lines: [
      'N real threads, but each must hold one global lock to compute, handed over every 5 ms.',
      'The lanes take turns: threads give concurrency, not parallelism, for CPU work.',
      'That is why CPython uses processes (or a free-threaded build) for parallel computation.',
    ],
  },
  {
    id: 'machine',
    title: 'Pitfall: one espresso machine for everyone',
    key: 'm',
    figure: 'machine-wait',
    action: {kind: 'run', mode: 'hybrid', workload: 'mixed', customers: 5, machines: 1},
    lines: [
      'Parallel baristas, but one machine: they queue for it (a semaphore of one).',
      'A shared resource serialises the work around it: the queue sets the pace.',
    ],
  },
  {
    id: 'race',
    title: 'Pitfall: the tip-jar race',
    key: 't',
    figure: 'lesson',
    action: {kind: 'lesson', lesson: 'race'},
    lines: [
      'Baristas on real threads add tips to one counter: read it, add one, write it back.',
      'Two read the same amount and one tip vanishes. Atomics.add loses none.',
    ],
  },
  {
    id: 'deadlock',
    title: 'Pitfall: deadlock',
    key: 'd',
    figure: 'lesson',
    action: {kind: 'lesson', lesson: 'deadlock'},
    lines: [
      'One barista takes the grinder then the steamer, the other the steamer then the grinder.',
      'Each holds what the other needs and both stop for good: a cycle of waits.',
      'The fix is one lock order for everyone: grinder first, always.',
    ],
  },
  {
    id: 'sweep',
    title: 'Pitfall: more threads than cores',
    key: 's',
    figure: 'lesson',
    action: {kind: 'sweep'},
    lines: [
      'The same CPU work on 1, 2, … 4 × the cores threads: faster until the cores run out.',
      'Past the cores it stays flat or drops; the serial part caps it all (Amdahl).',
    ],
  },
];
