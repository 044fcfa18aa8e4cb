import type {RunLesson} from '../lesson.js';

export const gil = {
  id: 'gil',
  kind: 'run',
  title: "Pitfall: a global lock (Python's GIL)",
  key: 'g',
  help: 'gil: N threads under one global lock (they take turns: at once stays at 1)',
  lines: [
    'N real threads, but each must hold one global lock to compute, handed over every 5 ms.',
    'The lanes take turns: threads give concurrency, not parallelism, for CPU work.',
    'That is why CPython uses processes (or a free-threaded build) for parallel computation.',
  ],
  run: {mode: 'gil', workload: 'cpu', customers: 5},
  keyChanges: 'mode',
  figure: 'cpu-vs-one-thread',
} as const satisfies RunLesson;
