import type {OwnLesson} from '../lesson.js';

export const sweep = {
  id: 'sweep',
  kind: 'own',
  title: 'Pitfall: more threads than cores',
  key: 's',
  help: 'the sweep: measured speed-up at 1, 2, … threads against ideal and Amdahl',
  lines: [
    'The same CPU work on 1, 2, … 4 × the cores threads: faster until the cores run out.',
    'Past the cores it stays flat or drops; the serial part caps it all (Amdahl).',
  ],
  running: 'the sweep: the same cpu work at 1, 2, … threads…',
  measure: async () => (await import('./measure.js')).measureSweep,
} as const satisfies OwnLesson;
