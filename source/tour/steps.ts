import type {Workload} from '../protocol/vocabulary.js';
import type {Mode} from '../protocol/vocabulary.js';
import {lessons, type Lesson, type OwnLessonId} from '../lessons/index.js';
import {shopLoopInWords} from '../render/labels.js';

/** What a tour step runs, live: a mode of the shop, or a lesson with its own mechanism. */
export type TourAction =
  | {kind: 'run'; mode: Mode; workload: Workload; customers: number; machines?: number}
  | {kind: 'lesson'; lesson: OwnLessonId};

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
  lines: readonly string[];
};

/** The four shapes of the shop: the tour's first steps, before the lessons. */
const shapeSteps: readonly TourStep[] = [
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
];

/** A lesson as a step of the tour: its words, its run or its own mechanism. */
function lessonStep(lesson: Lesson): TourStep {
  const {id, title, key, lines} = lesson;
  if (lesson.kind === 'run') {
    return {id, title, key, lines, figure: lesson.figure, action: {kind: 'run', ...lesson.run}};
  }
  // The registry's lessons; a test hands in others to see them reach the tour.
  return {
    id,
    title,
    key,
    lines,
    figure: 'lesson',
    action: {kind: 'lesson', lesson: id as OwnLessonId},
  };
}

/** The tour of the shapes, then of `list`'s lessons in their order. */
export const tourStepsFor = (list: readonly Lesson[]): readonly TourStep[] => [
  ...shapeSteps,
  ...list.map(lessonStep),
];

/**
 * The presenter's tour, in order: the four shapes of the shop, then the lessons
 * (lessons/index.ts). Data only; the dashboard runs each step live and shows its lines.
 */
export const tourSteps: readonly TourStep[] = tourStepsFor(lessons);
