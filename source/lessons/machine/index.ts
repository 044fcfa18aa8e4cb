import type {RunLesson} from '../lesson.js';

export const machine = {
  id: 'machine',
  kind: 'run',
  title: 'Pitfall: one espresso machine for everyone',
  key: 'm',
  help: 'shared espresso machines: 1, 2, unlimited (queue shown in the lanes, wait in figures)',
  lines: [
    'Parallel baristas, but one machine: they queue for it (a semaphore of one).',
    'A shared resource serialises the work around it: the queue sets the pace.',
  ],
  run: {mode: 'hybrid', workload: 'mixed', customers: 5, machines: 1},
  keyChanges: 'machines',
  figure: 'machine-wait',
  measure: async () => (await import('./report.js')).measureMachine,
} as const satisfies RunLesson;
