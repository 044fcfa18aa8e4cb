import {shopLoopInWords} from '../../render/labels.js';
import type {RunLesson} from '../lesson.js';

export const blocking = {
  id: 'blocking',
  kind: 'run',
  title: 'Pitfall: computing on the event loop',
  key: 'b',
  help: `blocking: brews on ${shopLoopInWords} (the anti-pattern: it stalls; the dashboard shows the stall)`,
  lines: [
    `Brews run on ${shopLoopInWords}: while one computes, the loop cannot turn.`,
    'Timers fire late, spinners freeze; the dashboard, on the main thread, counts the stall.',
    'Never compute on the loop.',
  ],
  run: {mode: 'blocking', workload: 'mixed', customers: 5},
  keyChanges: 'mode',
  figure: 'stalls',
} as const satisfies RunLesson;
