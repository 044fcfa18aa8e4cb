import type {OwnLesson} from '../lesson.js';

export const processes = {
  id: 'processes',
  kind: 'own',
  title: 'Processes against threads',
  key: 'p',
  help: 'processes against threads: start-up, memory and the tip jar of each, measured',
  lines: [
    'The same coffees by a child process each, a new thread each, and a warm pool of threads.',
    'A process starts slowly and has its own memory: its tips stay in its own jar.',
    'Threads start faster and share one jar: every tip shows at once, and they can race.',
  ],
  running: 'processes against threads: forking a barista process per coffee, then threads…',
  measure: async () => (await import('./measure.js')).measureProcesses,
} as const satisfies OwnLesson;
