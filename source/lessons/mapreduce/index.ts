import type {OwnLesson} from '../lesson.js';

export const mapreduce = {
  id: 'mapreduce',
  kind: 'own',
  title: 'MapReduce: split, brew in parallel, combine',
  key: 'M',
  help: 'MapReduce: split and reduce on the loop, the cups brewed on N threads (Amdahl)',
  lines: [
    'A catering order is split into batches on one thread, the batches brewed on N threads,',
    'the cups combined on one thread again. Only the middle runs in parallel:',
    'the split and the reduce are the serial part that caps the speed-up (Amdahl).',
  ],
  running: 'MapReduce: the catering order on one barista, then on N…',
  measure: async () => (await import('./measure.js')).measureMapReduce,
} as const satisfies OwnLesson;
