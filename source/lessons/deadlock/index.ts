import type {OwnLesson} from '../lesson.js';

export const deadlock = {
  id: 'deadlock',
  kind: 'own',
  title: 'Pitfall: deadlock',
  key: 'd',
  help: 'the deadlock: the cycle the watchdog finds, then the fixed lock order completing',
  lines: [
    'One barista takes the grinder then the steamer, the other the steamer then the grinder.',
    'Each holds what the other needs and both stop for good: a cycle of waits.',
    'The fix is one lock order for everyone: grinder first, always.',
  ],
  running: 'the deadlock: two baristas, two locks, opposite order; the watchdog looks…',
  measure: async () => (await import('./measure.js')).measureDeadlock,
} as const satisfies OwnLesson;
